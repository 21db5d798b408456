package io.autoposter.desktop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The desktop's dependency rules (docs: architecture guide, "Confine libraries to their rooms").
 */
@AnalyzeClasses(
    packages = "io.autoposter.desktop",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule viewModelsNeverTouchScene =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("ViewModel")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javafx.scene..")
          .because("ViewModels hold state and commands; only views build nodes");

  @ArchTest
  static final ArchRule persistenceOnlyInStorage =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.autoposter.desktop.storage..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.hibernate..", "jakarta.persistence..", "java.sql..", "org.h2..")
          .because("the database is the storage package's business");

  @ArchTest
  static final ArchRule httpOnlyInSync =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.autoposter.desktop.sync..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("retrofit2..", "okhttp3..", "okio..")
          .because("the network is the sync package's business");

  @ArchTest
  static final ArchRule neverTheServer =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.autoposter.server..")
          .because("desktop and server share only common-model");

  @ArchTest
  static final ArchRule coreHasNoJavaFx =
      noClasses()
          .that()
          .resideInAnyPackage(
              "io.autoposter.desktop.storage..",
              "io.autoposter.desktop.sync..",
              "io.autoposter.desktop.posts..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javafx..")
          .because("storage, sync and posts run headless in the system tests");
}
