package io.autoposter.simulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulator stands alone and its networks do not lean on each other (ADR 0012). */
class ArchitectureTest {
  private static JavaClasses simulator;

  @BeforeAll
  static void importClasses() {
    simulator =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.autoposter.simulator");
  }

  @Test
  void knowsNoOtherAutoposterCode() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.autoposter.server..", "io.autoposter.desktop..", "io.autoposter.model..")
        .check(simulator);
  }

  @Test
  void usesNoDesktopOrDatabaseLibraries() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..", "java.sql..", "org.hibernate..", "retrofit2..", "okhttp3..")
        .check(simulator);
  }

  @Test
  void networksAreIndependent() {
    slices()
        .matching("io.autoposter.simulator.(graph|linkedin|x)..")
        .should()
        .notDependOnEachOther()
        .check(simulator);
  }

  @Test
  void sharedPackagesDoNotKnowTheNetworksOrTheEntryPoint() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.autoposter.simulator.state..",
            "io.autoposter.simulator.faults..",
            "io.autoposter.simulator.web..",
            "io.autoposter.simulator.consent..",
            "io.autoposter.simulator.control..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.autoposter.simulator.graph..",
            "io.autoposter.simulator.linkedin..",
            "io.autoposter.simulator.x..")
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("io.autoposter.simulator")
        .check(simulator);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("io.autoposter.simulator.(*)..").should().beFreeOfCycles().check(simulator);
  }
}
