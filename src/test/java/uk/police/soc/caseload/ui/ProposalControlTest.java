package uk.police.soc.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.PlanFigures;
import uk.police.soc.caseload.solver.MoveReasons;
import uk.police.soc.caseload.solver.PlannedMove;
import uk.police.soc.caseload.solver.PlanningService;
import uk.police.soc.caseload.solver.Proposal;
import uk.police.soc.caseload.ui.planning.Planner;
import uk.police.soc.caseload.ui.planning.PlanningViewModel;

/** A manager's control over a proposal: ticks, held-out threats and officers, the fix-breaches-only run, undo. */
class ProposalControlTest {

    private final WorkedExampleWorkspace example = new WorkedExampleWorkspace();
    private final PlanningService planningService = new PlanningService();

    @AfterEach
    void closePlanner() {
        planningService.close();
    }

    private PlanningViewModel planning() {
        PlanningViewModel planning = new PlanningViewModel(example.workspace, BackgroundRunner.SYNCHRONOUS,
                Runnable::run, budget -> Planner.using(planningService, budget));
        planning.budgetSecondsProperty().set(2);
        return planning;
    }

    private PlanFigures storedFigures() {
        return new CaseloadAssessment(example.service.load(WorkedExampleWorkspace.AS_OF)).figures();
    }

    @Test
    void untickedMovesAreLeftOutOfTheFiguresAndOfWhatIsStored() {
        PlanningViewModel planning = planning();
        planning.propose();
        int proposed = planning.moves().size();
        assertThat(proposed).isGreaterThan(2);
        Caseload before = example.service.stored();

        planning.tickAll(false);
        assertThat(planning.tickedProperty().get().moves()).isEmpty();
        assertThat(planning.tickedProperty().get().after().hardViolations())
                .isEqualTo(planning.tickedProperty().get().before().hardViolations());
        PlanningViewModel.MoveRow first = planning.moves().get(0);
        PlanningViewModel.MoveRow second = planning.moves().get(1);
        first.acceptedProperty().set(true);
        second.acceptedProperty().set(true);

        Proposal ticked = planning.tickedProperty().get();
        assertThat(ticked.moves()).extracting(PlannedMove::threatId)
                .containsExactly(first.move().threatId(), second.move().threatId());
        assertThat(planning.acceptTextProperty().get()).isEqualTo("Accept 2 of " + proposed + " moves");
        assertThat(planning.figures().get(5).afterText()).isEqualTo("2");

        planning.accept();

        assertThat(example.dialogs.confirmations).isEmpty();
        uk.police.soc.caseload.domain.Allocation now = example.service.stored().allocation();
        uk.police.soc.caseload.domain.Allocation was = before.allocation();
        assertThat(now.leadOf(first.move().threatId())).isEqualTo(first.move().toOfficerId());
        assertThat(now.leadOf(second.move().threatId())).isEqualTo(second.move().toOfficerId());
        assertThat(now.changesFrom(was).keySet())
                .containsExactlyInAnyOrder(first.move().threatId(), second.move().threatId());
        assertThat(storedFigures().overloadPoints()).isEqualTo(ticked.after().overloadPoints());
    }

    @Test
    void aMoveToAnOfficerWhoseAccreditationLapsesSoonSaysSo() {
        PlanningViewModel planning = planning();
        planning.propose();

        // The worked example's plan gives DI Priya Hughes threats while her LRO-CORE lapses on 20 May 2022.
        assertThat(planning.moves()).filteredOn(row -> "E1876".equals(row.move().toOfficerId())).isNotEmpty()
                .allSatisfy(row -> assertThat(row.warning()).isEqualTo("⚠ accreditation lapses 20/05/2022"));
        assertThat(planning.moves()).filteredOn(row -> "E2041".equals(row.move().toOfficerId()))
                .allSatisfy(row -> assertThat(row.warning()).isEmpty());
    }

    @Test
    void manyMovesAreStoredOnlyAfterTheManagerConfirms() {
        PlanningViewModel planning = planning();
        planning.propose();
        assertThat(planning.moves().size()).isGreaterThan(PlanningViewModel.CONFIRM_ABOVE_MOVES);
        example.dialogs.confirmAnswer = false;

        planning.accept();

        assertThat(example.dialogs.confirmations).singleElement().asString()
                .contains("Store " + planning.moves().size() + " moves of the proposal?");
        assertThat(example.service.writes).hasValue(0);
        assertThat(planning.proposalProperty().get()).isNotNull();
    }

    @Test
    void theFixBreachesOnlyRunMovesOnlyWhatBreaksARuleOrHasNoLro() {
        PlanFigures before = storedFigures();
        assertThat(before.hardViolations()).isPositive();
        PlanningViewModel planning = planning();
        planning.breachesOnlyProperty().set(true);

        planning.propose();

        Proposal proposal = planning.proposalProperty().get();
        assertThat(proposal.after().hardViolations()).isZero();
        assertThat(proposal.after().unallocated()).isEmpty();
        // Each breach needs one move and none other is made: the fewest moves there can be.
        assertThat(proposal.moves()).hasSize(before.hardViolations() + before.unallocated().size());
        MoveReasons reasons = MoveReasons.of(example.service.stored(), proposal);
        assertThat(reasons.allForced()).isTrue();
        assertThat(planning.moves()).allSatisfy(row -> assertThat(row.why()).isIn("rule breach", "had no LRO"));
        // On the worked example, moving the 12 threats off officers who may not lead them raises overload.
        assertThat(proposal.after().overloadPoints()).isGreaterThan(proposal.before().overloadPoints());
        assertThat(planning.whyWorseProperty().get()).startsWith("⚠ Overload rises by ")
                .endsWith(" because 12 threats had to leave officers who may not lead them.");
    }

    @Test
    void heldThreatsAndOfficersAreLeftAloneByTheRun() {
        Caseload stored = example.service.stored();
        String heldOfficer = "E2302";
        PlanningViewModel planning = planning();
        planning.propose();
        String heldThreat = planning.moves().get(0).move().threatId();
        planning.reject();
        planning.heldThreats().add(heldThreat);
        planning.heldOfficers().add(heldOfficer);

        planning.propose();

        Proposal proposal = planning.proposalProperty().get();
        assertThat(proposal.moves()).isNotEmpty();
        assertThat(proposal.moves()).noneMatch(m -> m.threatId().equals(heldThreat));
        assertThat(proposal.moves()).noneMatch(m -> heldOfficer.equals(m.fromOfficerId())
                || heldOfficer.equals(m.toOfficerId()));
        // The figures are the force's, not those of the run's pinned copy.
        assertThat(proposal.before()).isEqualTo(new CaseloadAssessment(stored).figures());
        assertThat(planning.heldText()).isEqualTo("Kept out: 1 threat, 1 officer");
    }

    @Test
    void undoPutsTheAcceptedMovesBackAsANewChange() {
        Caseload before = example.service.stored();
        PlanningViewModel planning = planning();
        planning.propose();
        planning.accept();
        assertThat(example.service.stored().allocation()).isNotEqualTo(before.allocation());
        assertThat(example.workspace.lastChangeProperty().get().description()).startsWith("Accepted ");

        example.workspace.undoLastChange();

        assertThat(example.service.stored().allocation()).isEqualTo(before.allocation());
        assertThat(example.service.writes).hasValue(2);
        assertThat(example.workspace.messageProperty().get()).startsWith("Undid \u201cAccepted ");
        assertThat(storedFigures()).isEqualTo(new CaseloadAssessment(before).figures());
    }

    @Test
    void undoLeavesAThreatMovedAgainSinceWhereItIs() {
        example.workspace.applyAllocation(Map.of("OCG-2019-001", "E2187"), "Moved one");
        example.workspace.applyAllocation(Map.of("OCG-2019-001", "E2230"), "Moved it again");
        example.workspace.applyAllocation(Map.of("OCG-2019-001", "E2041"), "Moved it back");
        example.service.applyAllocation(Map.of("OCG-2019-001", "E2302"));
        example.workspace.refresh();

        example.workspace.undoLastChange();

        assertThat(example.dialogs.infos).singleElement().asString().contains("moved again since");
        assertThat(example.service.stored().threat("OCG-2019-001").orElseThrow().officerId()).isEqualTo("E2302");
        assertThat(Set.of(example.workspace.lastChangeProperty().get() == null)).containsExactly(true);
    }
}
