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
import uk.police.soc.caseload.ui.scenarios.ScenariosViewModel.ComparisonRow;
import uk.police.soc.caseload.ui.scenarios.ScenariosViewModel.FigureRow;
import uk.police.soc.caseload.ui.scenarios.ScenariosViewModel.LoadComparisonRow;
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

        // A refresh bringing the same caseload (another desk saved a scenario) keeps the plan; a changed one
        // (here: another planning date) drops it, as it was planned on other figures.
        example.workspace.refresh();
        assertThat(model.loads().get(10).planned()).isNotEmpty();
        assertThat(model.progressProperty().get()).startsWith("Planned in");
        example.workspace.planningDateProperty().set(WorkedExampleWorkspace.AS_OF.plusDays(1));
        example.workspace.refresh();
        assertThat(figure("Hard violations").planned()).isEmpty();
        assertThat(model.progressProperty().get()).isEmpty();
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
                + " OCG-2019-001 (DRUGS, priority 2)): changes[0].threat.id: duplicate threat \"OCG-2019-001\""
                + " (already on the caseload)");
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
        model.kindProperty().set(Kind.HYPOTHETICAL_LRO);
        model.newIdProperty().set("E9001");
        model.newNameProperty().set("DS Nia Price");
        model.categoryProperty().set(example.workspace.snapshot().caseload().categories().get(0));
        model.addChange();
        model.scenarioNameProperty().set("One more LRO");
        model.save();

        assertThat(model.saved()).extracting(s -> s.name()).containsExactly("One more LRO", "Walsh leaves");
        model.open(model.saved().get(1));
        assertThat(model.changeTexts()).containsExactly("DC Kate Walsh (E2230) leaves the unit");

        model.compare(model.saved().get(1), model.saved().get(0));

        assertThat(model.comparisonTitleProperty().get()).contains("Walsh leaves", "One more LRO");
        assertThat(model.firstNameProperty().get()).isEqualTo("Walsh leaves");
        assertThat(model.secondNameProperty().get()).isEqualTo("One more LRO");
        // Walsh leaving: her eight threats unallocated (WhatIfTest); the new LRO: the shortfall from 2 to 1.
        assertThat(comparison("Unallocated threats")).isEqualTo(new ComparisonRow("Unallocated threats", "0", "8", "0"));
        assertThat(comparison("LRO shortfall (full-time LROs)"))
                .isEqualTo(new ComparisonRow("LRO shortfall (full-time LROs)", "2", "2", "1"));
        assertThat(comparison("Overload (points above capacity)"))
                .isEqualTo(new ComparisonRow("Overload (points above capacity)", "219", "161", "219"));
        // Each officer's load % side by side, names beside ids: the ten as they stand, then the one added.
        assertThat(model.loadComparison()).hasSize(11);
        assertThat(model.loadComparison().get(2))
                .isEqualTo(new LoadComparisonRow("E2230", "DC Kate Walsh", "158.0%", "0.0%", "158.0%"));
        assertThat(model.loadComparison().get(3))
                .isEqualTo(new LoadComparisonRow("E2302", "DS Tom Reid", "197.1%", "197.1%", "197.1%"));
        assertThat(model.loadComparison().get(10)).isEqualTo(new LoadComparisonRow("E9001", "DS Nia Price",
                ScenariosViewModel.NOT_THERE, ScenariosViewModel.NOT_THERE, "0.0%"));
    }

    @Test
    void anyPolicySettingCanBeChangedStartingFromTheValueInForce() {
        example.workspace.screenProperty().set(Screen.SCENARIOS);
        model.kindProperty().set(Kind.POLICY);
        model.policySettingProperty().set("pointsByPriority");
        assertThat(model.policyValueProperty().get()).isEqualTo("1: 30, 2: 20, 3: 12, 4: 6");
        model.policySettingProperty().set("traineePriorities");
        assertThat(model.policyValueProperty().get()).isEqualTo("3, 4");
        model.policySettingProperty().set("minPipLevelByCategory");
        assertThat(model.policyValueProperty().get()).isEqualTo("MSHT: 2");

        // Amber above 150%: of 144, 149, 158 and 197.1%, two are over capacity; red is still 110, below it.
        model.policySettingProperty().set("amberLoadPercent");
        assertThat(model.policyValueProperty().get()).isEqualTo("100");
        model.policyValueProperty().set("150");
        assertThat(model.addChange()).isFalse();
        assertThat(model.changeTexts()).containsExactly("Policy: amber (over capacity) above 150% load");
        assertThat(model.problemsProperty().get()).isEqualTo("Change 1 (Policy: amber (over capacity) above 150%"
                + " load): changes[0].policy.amberLoadPercent: must not be above policy.redLoadPercent (amber 150 >"
                + " red 110): an officer is over capacity before they are overloaded");
        assertThat(model.figures()).isEmpty();

        // Red above 160%: only Reid's 197.1% is overloaded.
        model.policySettingProperty().set("redLoadPercent");
        assertThat(model.policyValueProperty().get()).isEqualTo("110");
        model.policyValueProperty().set("160");
        assertThat(model.addChange()).isTrue();
        assertThat(model.problemsProperty().get()).isEmpty();
        assertThat(figure("Officers over capacity")).isEqualTo(new FigureRow("Officers over capacity", "4", "2", ""));
        assertThat(figure("Officers overloaded")).isEqualTo(new FigureRow("Officers overloaded", "4", "1", ""));

        // Overload no longer allowed: a check box, as the policy settings have it.
        model.policySettingProperty().set("allowOverload");
        assertThat(model.policyAllowOverloadProperty().get()).isTrue();
        model.policyAllowOverloadProperty().set(false);
        assertThat(model.addChange()).isTrue();
        assertThat(model.changeTexts()).last().isEqualTo("Policy: overload not allowed");
        assertThat(model.policyInForce().allowOverload()).isFalse();
        assertThat(model.policyInForce().redLoadPercent()).isEqualTo(160.0);
    }

    @Test
    void aPolicyValueAChangesFileCouldNotHoldIsRefusedWithTheCommandsPathAndNothingIsAdded() {
        example.workspace.screenProperty().set(Screen.SCENARIOS);
        model.kindProperty().set(Kind.POLICY);
        model.policySettingProperty().set("longAbsenceDays");
        model.policyValueProperty().set("0");
        assertThat(model.addChange()).isFalse();
        assertThat(model.problemsProperty().get()).isEqualTo("Change 1 (Policy: an absence of 0 days or more is"
                + " long): changes[0].policy.longAbsenceDays: must be at least 1, got 0");

        model.policySettingProperty().set("redLoadPercent");
        model.policyValueProperty().set("lots");
        assertThat(model.addChange()).isFalse();
        assertThat(model.problemsProperty().get())
                .isEqualTo("Change 1: changes[0].policy.redLoadPercent: \"lots\" is not a number");

        model.policySettingProperty().set("pointsByPriority");
        model.policyValueProperty().set("1: 30, 2: twenty");
        assertThat(model.addChange()).isFalse();
        assertThat(model.problemsProperty().get())
                .isEqualTo("Change 1: changes[0].policy.pointsByPriority.2: \"twenty\" is not a number");

        model.policyValueProperty().set("1: 30, 2: 20");
        assertThat(model.addChange()).isFalse();
        assertThat(model.problemsProperty().get().lines()).containsExactly(
                "Change 1 (Policy: points by priority P1 30, P2 20): changes[0].policy.pointsByPriority.3: missing"
                        + " (every priority 1 to 4 needs a value)",
                "Change 1 (Policy: points by priority P1 30, P2 20): changes[0].policy.pointsByPriority.4: missing"
                        + " (every priority 1 to 4 needs a value)");

        model.policySettingProperty().set("traineePriorities");
        model.policyValueProperty().set("3, 7");
        assertThat(model.addChange()).isFalse();
        assertThat(model.problemsProperty().get()).startsWith("Change 1 (Policy: mentored trainees may lead P3, P7):"
                + " changes[0].policy.traineePriorities[1]: ");

        assertThat(model.changes()).isEmpty();
        assertThat(model.figures()).as("the figures of no changes still show").isNotEmpty();
        assertThat(example.service.load(LocalDate.of(2022, 4, 1)).policy()).as("nothing stored")
                .isEqualTo(uk.police.soc.caseload.domain.Policy.DEFAULTS);
    }

    private ComparisonRow comparison(String name) {
        return model.comparison().stream().filter(f -> f.figure().equals(name)).findFirst().orElseThrow();
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
