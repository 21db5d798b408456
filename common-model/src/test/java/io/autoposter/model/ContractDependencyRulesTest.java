package io.autoposter.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * common-model is the contract both apps share: it may use the JDK, Jackson and twitter-text (for
 * X's weighted length, docs/decisions/0008), nothing else.
 */
class ContractDependencyRulesTest {

  private static final JavaClasses MODEL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.autoposter.model");

  @Test
  void modelUsesOnlyTheJdkJacksonAndTwitterText() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "com.fasterxml.jackson..",
            "com.twitter.twittertext..",
            "io.autoposter.model..")
        .check(MODEL);
  }

  @Test
  void domainDoesNotDependOnWireFormats() {
    noClasses()
        .that()
        .resideInAPackage("io.autoposter.model.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.autoposter.model.sync..", "io.autoposter.model.api..")
        .check(MODEL);
  }
}
