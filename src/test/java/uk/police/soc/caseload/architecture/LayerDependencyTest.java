package uk.police.soc.caseload.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The arrows between layers point one way: ui and cli → service → solver, report, dataset, persistence →
 * domain. A change that points one back fails the build here, not in a review.
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
                .layer("Service").definedBy("uk.police.soc.caseload.service..")
                .layer("Benchmark").definedBy("uk.police.soc.caseload.benchmark..")
                .layer("Solver").definedBy("uk.police.soc.caseload.solver..")
                .layer("Report").definedBy("uk.police.soc.caseload.report..")
                .layer("Dataset").definedBy("uk.police.soc.caseload.dataset..")
                .layer("Persistence").definedBy("uk.police.soc.caseload.persistence..")
                .layer("Domain").definedBy("uk.police.soc.caseload.domain..")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
                // The one arrow into the UI: the `gui` command opens the window.
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Cli")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("Cli", "Ui")
                // The yardsticks (synthetic caseloads, the bound, the planner's benchmark) are run by the `benchmark`
                // command and by the workspace benchmark, which drives the app's own view models; never by the app.
                .whereLayer("Benchmark").mayOnlyBeAccessedByLayers("Cli", "Ui")
                .whereLayer("Solver").mayOnlyBeAccessedByLayers("Service", "Cli", "Ui", "Report", "Benchmark")
                .whereLayer("Report").mayOnlyBeAccessedByLayers("Service", "Cli", "Ui")
                .whereLayer("Dataset").mayOnlyBeAccessedByLayers("Service", "Cli", "Ui", "Persistence", "Solver")
                .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Service")
                .check(classes);
    }

    @Test
    void domainKnowsNothingOfFrameworks() {
        noClasses().that().resideInAPackage("uk.police.soc.caseload.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "org.optaplanner..", "java.sql..", "org.h2..", "org.flywaydb..",
                        "com.fasterxml.jackson..", "picocli..")
                .check(classes);
    }

    @Test
    void onlyTheUiTouchesJavaFx() {
        noClasses().that().resideOutsideOfPackages("uk.police.soc.caseload.ui..", "uk.police.soc.caseload.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }
}
