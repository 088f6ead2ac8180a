package uk.police.soc.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.solver.AllocationSolver;
import uk.police.soc.caseload.solver.Progress;
import uk.police.soc.caseload.solver.Proposal;
import uk.police.soc.caseload.ui.planning.Planner;
import uk.police.soc.caseload.ui.scenarios.ScenariosViewModel;
import uk.police.soc.caseload.ui.scenarios.ScenariosViewModel.FigureRow;
import uk.police.soc.caseload.ui.scenarios.ScenariosViewModel.Kind;

/** The Scenarios screen on the worked example; the figures are those worked out by hand in WhatIfTest. */
class ScenariosViewModelTest {

    private final WorkedExampleWorkspace example = new WorkedExampleWorkspace();
    private final ScenariosViewModel model = new ScenariosViewModel(example.workspace, BackgroundRunner.SYNCHRONOUS,
            Runnable::run, budget -> solverFor(budget));

    @Test
    void aHypotheticalLroBringsTheShortfallDownAndThePlannerTheOverload() {
        example.workspace.screenProperty().set(Screen.SCENARIOS);
        model.kindProperty().set(Kind.HYPOTHETICAL_LRO);
        model.newIdProperty().set("E9001");
        model.newNameProperty().set("DS Nia Price");
        model.categoryProperty().set(example.workspace.snapshot().caseload().categories().get(0));
        model.skillProperty().set(3);

        assertThat(model.addChange()).isTrue();

        assertThat(model.changeTexts()).containsExactly("New officer DS Nia Price (E9001)",
                "DS Nia Price (E9001) passes LRO-CORE on 31/03/2022");
        assertThat(figure("LRO shortfall (full-time LROs)")).isEqualTo(new FigureRow(
                "LRO shortfall (full-time LROs)", "2", "1", ""));
        assertThat(figure("Overload (points above capacity)").after()).isEqualTo("219");
        assertThat(model.loads()).hasSize(11);
        assertThat(model.loads().get(10).before()).isEqualTo("(new)");

        model.plan();

        // She may lead DRUGS only (not ACQUISITIVE, as in WhatIfTest): E2041 alone takes the three ACQUISITIVE
        // threats, so the least overload is higher than 98; the planner never leaves it above the greedy's.
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(figure("Hard violations").planned()).isEqualTo("0");
        assertThat(Double.parseDouble(figure("Overload (points above capacity)").planned())).isLessThan(219);
        assertThat(model.loads().get(10).planned()).isNotEmpty();
        assertThat(model.progressProperty().get()).startsWith("Planned in");
    }

    @Test
    void aChangeTheCaseloadCannotTakeIsExplainedInWordsAndAnIncompleteFormSaysWhatIsMissing() {
        model.kindProperty().set(Kind.ABSENCE);
        assertThat(model.addChange()).isFalse();
        assertThat(model.problemsProperty().get()).isEqualTo("Choose the officer.");

        model.kindProperty().set(Kind.NEW_THREAT);
        model.newIdProperty().set("OCG-2019-001");
        model.categoryProperty().set(example.workspace.snapshot().caseload().categories().get(0));
        model.addChange();

        assertThat(model.problemsProperty().get()).isEqualTo("Change 1 (New threat OCG-2019-001 New threat"
                + " OCG-2019-001 (DRUGS, priority 2)): duplicate threat \"OCG-2019-001\" (already on the caseload)");
        model.removeChange(0);
        assertThat(model.problemsProperty().get()).isEmpty();
        assertThat(example.service.load(LocalDate.of(2022, 4, 1)).threats()).as("nothing stored").hasSize(31);
    }

    @Test
    void scenariosAreSavedByNameOpenedAgainAndTwoCompared() {
        example.workspace.screenProperty().set(Screen.SCENARIOS);
        model.kindProperty().set(Kind.OFFICER_LEAVES);
        model.officerProperty().set(example.workspace.snapshot().caseload().officer("E2230").orElseThrow());
        model.addChange();
        model.scenarioNameProperty().set("Walsh leaves");
        model.save();
        model.setChanges(java.util.List.of());
        model.kindProperty().set(Kind.NO_OVERLOAD);
        model.addChange();
        model.scenarioNameProperty().set("No overload");
        model.save();

        assertThat(model.saved()).extracting(s -> s.name()).containsExactly("No overload", "Walsh leaves");
        model.open(model.saved().get(1));
        assertThat(model.changeTexts()).containsExactly("DC Kate Walsh (E2230) leaves the unit");

        model.compare(model.saved().get(1), model.saved().get(0));
        // Walsh leaving: her eight threats unallocated and her 58 points over capacity gone (WhatIfTest).
        FigureRow unallocated = model.comparison().stream().filter(f -> f.figure().equals("Unallocated threats"))
                .findFirst().orElseThrow();
        assertThat(unallocated).isEqualTo(new FigureRow("Unallocated threats", "0", "8", "0"));
        assertThat(model.comparisonTitleProperty().get()).contains("Walsh leaves", "No overload");
    }

    private FigureRow figure(String name) {
        return model.figures().stream().filter(f -> f.figure().equals(name)).findFirst().orElseThrow();
    }

    private static Planner solverFor(Duration budget) {
        return new Planner() {
            private final AllocationSolver solver = new AllocationSolver(Duration.ofSeconds(3));

            @Override
            public Proposal plan(Caseload caseload, uk.police.soc.caseload.solver.RunScope scope,
                    Consumer<Progress> onProgress) {
                return solver.solve(caseload);
            }

            @Override
            public void stop() {
                solver.stop();
            }
        };
    }
}
