package uk.police.soc.caseload.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The arrows between layers point one way: ui and cli → presentation, service → solver, report, dataset,
 * persistence → domain, with benchmark beside cli. A change that points one back fails the build here, not in a
 * review; each rule says why it holds.
 */
class LayerDependencyTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.police.soc.caseload");
    }

    @Test
    void layersAreOnlyUsedFromAbove() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("Launcher").definedBy("uk.police.soc.caseload")
                .layer("Cli").definedBy("uk.police.soc.caseload.cli..")
                .layer("Ui").definedBy("uk.police.soc.caseload.ui..")
                .layer("Benchmark").definedBy("uk.police.soc.caseload.benchmark..")
                .layer("Presentation").definedBy("uk.police.soc.caseload.presentation..")
                .layer("Service").definedBy("uk.police.soc.caseload.service..")
                .layer("Solver").definedBy("uk.police.soc.caseload.solver..")
                .layer("Report").definedBy("uk.police.soc.caseload.report..")
                .layer("Dataset").definedBy("uk.police.soc.caseload.dataset..")
                .layer("Persistence").definedBy("uk.police.soc.caseload.persistence..")
                .layer("Domain").definedBy("uk.police.soc.caseload.domain..")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
                // Into the UI: the `gui` command opens the window; the workspace benchmark times its view models.
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Cli", "Benchmark")
                // The yardsticks are run by the `benchmark` command only, never by the app or a lower layer.
                .whereLayer("Benchmark").mayOnlyBeAccessedByLayers("Cli")
                // Sentences, names and numbers are written once, for both user layers: nothing below words things.
                .whereLayer("Presentation").mayOnlyBeAccessedByLayers("Cli", "Ui")
                // Every write and every disclosure goes through the service: the user layers (and the benchmark
                // that stores its synthetic caseload) are its only callers.
                .whereLayer("Service").mayOnlyBeAccessedByLayers("Cli", "Ui", "Benchmark")
                .whereLayer("Solver").mayOnlyBeAccessedByLayers("Service", "Cli", "Ui", "Report", "Benchmark",
                        "Presentation")
                .whereLayer("Report").mayOnlyBeAccessedByLayers("Service", "Cli", "Ui", "Presentation")
                .whereLayer("Dataset").mayOnlyBeAccessedByLayers("Service", "Cli", "Ui", "Persistence", "Solver")
                // Only the service opens the store, so that every write is one transaction it controls.
                .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Service")
                .because("arrows point one way, from the user down to the domain (docs/decisions/0000-architecture.md)")
                .check(classes);
    }

    @Test
    void onlyTheGuiCommandUsesTheUi() {
        noClasses().that().resideInAPackage("uk.police.soc.caseload.cli..")
                .and().doNotHaveSimpleName("GuiCommand")
                .should().dependOnClassesThat().resideInAPackage("uk.police.soc.caseload.ui..")
                .because("every other command must run on a machine without a display, and print the same words "
                        + "the app shows through the presentation package, not through the app's classes")
                .check(classes);
    }

    @Test
    void viewsDoNotUseTheServiceLayer() {
        noClasses().that().resideInAPackage("uk.police.soc.caseload.ui..")
                .and().haveSimpleNameEndingWith("View").or().haveSimpleNameEndingWith("Dialog")
                .should().dependOnClassesThat().resideInAPackage("uk.police.soc.caseload.service..")
                .because("a view only binds to its view model; reads and writes live in view models, which tests "
                        + "drive without a window")
                .check(classes);
    }

    @Test
    void noScreenRewritesAFinishedSentence() {
        noClasses().that().resideInAPackage("uk.police.soc.caseload.ui..")
                .should().callMethod(java.util.regex.Matcher.class, "replaceAll", java.util.function.Function.class)
                .orShould().callMethod(java.util.regex.Matcher.class, "replaceAll", String.class)
                .because("a sentence's dates and names are worded where it is made (presentation, with the "
                        + "caller's DateWords), not patched on screen afterwards")
                .check(classes);
    }

    @Test
    void domainKnowsNothingOfFrameworks() {
        noClasses().that().resideInAPackage("uk.police.soc.caseload.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "org.optaplanner..", "java.sql..", "org.h2..", "org.flywaydb..",
                        "com.fasterxml.jackson..", "picocli..")
                .because("the rules and the objective are plain Java, tested without a solver, a store or a window")
                .check(classes);
    }

    @Test
    void onlyTheUiTouchesJavaFx() {
        noClasses().that().resideOutsideOfPackages("uk.police.soc.caseload.ui..", "uk.police.soc.caseload.cli..",
                        "uk.police.soc.caseload.benchmark..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the solver, the reports and the command line's other commands must run headless")
                .check(classes);
    }

    /** The PDF and chart libraries sit behind one class, so that a change of library touches one package. */
    @Test
    void onlyTheInspectionReportTouchesThePdfAndChartLibraries() {
        noClasses().that().resideOutsideOfPackage("uk.police.soc.caseload.report.inspection..")
                .should().dependOnClassesThat().resideInAnyPackage("com.lowagie..", "org.jfree..")
                .check(classes);
    }

    @Test
    void everyCsvExportNeutralisesItsCells() {
        // A cell starting with = + - @ runs as a formula when a spreadsheet opens the file: only CsvExport, which
        // neutralises every cell, may print CSV.
        noClasses().that().resideOutsideOfPackage("uk.police.soc.caseload.report.csv..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.apache.commons.csv.CSVPrinter")
                .check(classes);
    }

    @Test
    void onlyThePersistenceLayerBuildsDatabaseUrls() {
        // A JDBC URL carries settings after ";": H2Path builds the one URL, from a checked path.
        noClasses().that().resideOutsideOfPackage("uk.police.soc.caseload.persistence..")
                .should().callMethod(java.sql.DriverManager.class, "getConnection", String.class, String.class,
                        String.class)
                .check(classes);
    }
}
