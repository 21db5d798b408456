package io.autoposter.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server's layering rules. JDBC rule: {@code java.sql} is allowed only in the {@code store}
 * package and in classes named {@code *Repository} (which may live in feature packages).
 */
class ArchitectureTest {
  private static JavaClasses server;

  @BeforeAll
  static void importClasses() {
    server =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.autoposter.server");
  }

  @Test
  void onlyStoreAndRepositoriesUseJdbc() {
    classes()
        .that()
        .resideOutsideOfPackage("io.autoposter.server.store..")
        .and()
        .haveSimpleNameNotEndingWith("Repository")
        .should()
        .onlyDependOnClassesThat()
        .resideOutsideOfPackages("java.sql..", "javax.sql..", "com.zaxxer..", "org.flywaydb..")
        .check(server);
  }

  @Test
  void httpClassesDoNotUseJdbc() {
    noClasses()
        .that()
        .resideInAPackage("io.autoposter.server.api..")
        .or()
        .haveSimpleNameEndingWith("Endpoint")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "javax.sql..")
        .check(server);
  }

  @Test
  void onlyAppWiresEverything() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.autoposter.server.app..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.autoposter.server.app..")
        .check(server);
  }

  @Test
  void syncDoesNotKnowThePublisher() {
    // A push only nudges the publisher through a Runnable handed in by app.
    noClasses()
        .that()
        .resideInAPackage("io.autoposter.server.sync..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.autoposter.server.publish..")
        .check(server);
  }

  @Test
  void storeDoesNotDependOnFeatures() {
    noClasses()
        .that()
        .resideInAPackage("io.autoposter.server.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.autoposter.server.api..",
            "io.autoposter.server.auth..",
            "io.autoposter.server.brands..",
            "io.autoposter.server.sync..",
            "io.autoposter.server.publish..",
            "io.autoposter.server.sandbox..",
            "io.helidon.webserver..")
        .check(server);
  }

  @Test
  void onlyVaultUsesTink() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.autoposter.server.vault..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.google.crypto.tink..")
        .check(server);
  }

  @Test
  void noDesktopOrOrmLibraries() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javafx..", "org.hibernate..", "jakarta.persistence..", "retrofit2..", "okhttp3..")
        .check(server);
  }
}
