package uk.police.soc.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.domain.ActionStatus;
import uk.police.soc.caseload.domain.AllocationReason;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.PlanAction;
import uk.police.soc.caseload.domain.PlanReview;
import uk.police.soc.caseload.domain.Strand;
import uk.police.soc.caseload.ui.threats.ThreatPlanViewModel;
import uk.police.soc.caseload.ui.threats.ThreatsViewModel;

class ThreatPlanViewModelTest {

    private final WorkedExampleWorkspace example = new WorkedExampleWorkspace();
    private final ThreatsViewModel threats = new ThreatsViewModel(example.workspace);
    private final ThreatPlanViewModel plan = threats.plan();

    private void select(String id) {
        threats.selectedProperty().set(threats.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow());
    }

    @Test
    void aThreatWithNoPlanShowsEveryStrandMissingAndTheRegisterFilterFindsIt() {
        select("OCG-2019-001");

        assertThat(plan.titleProperty().get()).isEqualTo("Op Alder (OCG-2019-001), led by DS Amy Clarke (E2041)");
        assertThat(plan.healthProperty().get()).startsWith("4P plan: no plan; review overdue");
        example.workspace.threatFilterProperty().set(ThreatFilter.PLAN_NEEDS_ATTENTION);
        assertThat(threats.rows()).hasSize(31);
    }

    @Test
    void markingAnActionDoneStoresItAndTheTableFollows() {
        example.service.savePlanActions("OCG-2019-001", List.of(
                new PlanAction("A1", Strand.PURSUE, "Disrupt supply", ActionStatus.OPEN, "E2041",
                        LocalDate.of(2022, 3, 1))));
        example.workspace.refresh();
        select("OCG-2019-001");
        assertThat(plan.actions()).singleElement().satisfies(row -> {
            assertThat(row.overdue()).isTrue();
            assertThat(row.owner()).isEqualTo("DS Amy Clarke (E2041)");
        });

        plan.markDone(plan.actions().get(0));

        assertThat(example.service.stored().plan("OCG-2019-001").actions().get(0).status()).isEqualTo(ActionStatus.DONE);
        assertThat(plan.actions().get(0).status()).isEqualTo("Done");
    }

    @Test
    void aReviewRecordedInTheAppSetsTheNextReviewDate() {
        example.dialogs.review = new PlanReview(LocalDate.of(2022, 4, 1), "Plan agreed", "E1876",
                LocalDate.of(2022, 7, 1));
        select("OCG-2019-001");

        plan.recordReview();

        assertThat(example.service.stored().threat("OCG-2019-001").orElseThrow().nextReviewDue())
                .isEqualTo(LocalDate.of(2022, 7, 1));
        assertThat(plan.reviews()).singleElement().asString().contains("Plan agreed")
                .contains("DI Priya Hughes (E1876)");
    }

    @Test
    void theTimelineShowsEveryChangeOfLroWithItsReason() {
        example.service.applyAllocation(Map.of("OCG-2019-001", "E2187"), AllocationReason.WORKLOAD,
                Map.of("OCG-2019-001", "DS Clarke at 144%"));
        example.workspace.refresh();
        select("OCG-2019-001");

        assertThat(plan.timeline()).singleElement().asString()
                .contains("DS Amy Clarke (E2041) → DS Ravi Shah (E2187)").contains("Workload: DS Clarke at 144%");
    }

    @Test
    void aMoveOnTheBoardRecordsTheReasonGiven() {
        example.dialogs.moveReason = Optional.of(new uk.police.soc.caseload.ui.DialogService.MoveReason(
                AllocationReason.SKILLS, "Firearms specialist"));
        new uk.police.soc.caseload.ui.board.AllocationBoardViewModel(example.workspace)
                .move("OCG-2020-026", "E1990");

        assertThat(example.service.allocationHistory()).last().satisfies(change -> {
            assertThat(change.reason()).isEqualTo(AllocationReason.SKILLS);
            assertThat(change.rationale()).isEqualTo("Firearms specialist");
        });
    }
}
