package org.aiventure.workbook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds DESIGN.md's arrows and conventions, so a shortcut across layers fails the build. */
class ArchitectureTest {

    private static final String ROOT = "org.aiventure.workbook";
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void layersPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("app").definedBy(ROOT)
                .layer("ui").definedBy(ROOT + ".ui..")
                .layer("cli").definedBy(ROOT + ".cli..")
                .layer("session").definedBy(ROOT + ".session..")
                .layer("exchange").definedBy(ROOT + ".exchange..")
                .layer("report").definedBy(ROOT + ".report..")
                .layer("advice").definedBy(ROOT + ".advice..")
                .layer("scenario").definedBy(ROOT + ".scenario..")
                .layer("scoring").definedBy(ROOT + ".scoring..")
                .layer("store").definedBy(ROOT + ".store..")
                .layer("knowledge").definedBy(ROOT + ".knowledge..")
                .layer("domain").definedBy(ROOT + ".domain..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("session").mayOnlyBeAccessedByLayers("app", "ui", "cli")
                .whereLayer("exchange").mayOnlyBeAccessedByLayers("session")
                .whereLayer("store").mayOnlyBeAccessedByLayers("session")
                .whereLayer("report").mayOnlyBeAccessedByLayers("session")
                .whereLayer("advice").mayOnlyBeAccessedByLayers("ui", "cli", "report")
                .whereLayer("scenario").mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("scoring").mayOnlyBeAccessedByLayers("session", "report", "advice", "scenario", "ui", "cli")
                .whereLayer("knowledge").mayOnlyBeAccessedByLayers("session", "scoring", "report", "advice", "scenario",
                        "ui", "cli", "app")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("app", "ui", "cli", "session", "exchange", "report",
                        "scoring", "advice", "scenario", "store", "knowledge")
                .check(classes);
    }

    @Test
    void domainUsesNoFrameworks() {
        noClasses().that().resideInAPackage(ROOT + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..",
                        "com.fasterxml.jackson..", "org.slf4j..", "org.apache.pdfbox..", "picocli..")
                .because("the domain is plain records and enums (DESIGN.md)")
                .check(classes);
    }

    @Test
    void onlyTheUiTouchesJavaFx() {
        noClasses().that().resideInAnyPackage(ROOT + ".domain..", ROOT + ".knowledge..", ROOT + ".scoring..",
                        ROOT + ".advice..", ROOT + ".scenario..", ROOT + ".store..", ROOT + ".exchange..",
                        ROOT + ".report..", ROOT + ".session..",
                        ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("nothing below the UI may need a screen (DESIGN.md)")
                .check(classes);
    }

    @Test
    void logsGoThroughSlf4j() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.apache.log4j..")
                .because("logs use SLF4J; only the command line prints (DESIGN.md)")
                .check(classes);
    }

    @Test
    void resourcesAreReadAsStreams() {
        noClasses().should().callMethod(java.net.URL.class, "toURI")
                .orShould().callMethod(java.net.URL.class, "getFile")
                .orShould().callMethod(java.net.URL.class, "getPath")
                .because("a resource inside the installed app's jar has no file path; read it with "
                        + "getResourceAsStream (DESIGN.md)")
                .check(classes);
    }
}
