package uk.police.soc.caseload.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanHealthTest {

    private static final LocalDate AS_OF = LocalDate.of(2022, 4, 1);
    private static final Threat THREAT = Threat.of("T1", "Threat", "DRUGS", 2);

    private static PlanAction action(String id, Strand strand, ActionStatus status, LocalDate due) {
        return new PlanAction(id, strand, "do " + id, status, null, due);
    }

    @Test
    void aThreatWithNoPlanMissesEveryStrandInPlanOrder() {
        PlanHealth health = PlanHealth.of(THREAT, ThreatPlan.EMPTY, AS_OF);

        assertThat(health.missingStrands()).containsExactly(Strand.PURSUE, Strand.PREVENT, Strand.PROTECT,
                Strand.PREPARE);
        assertThat(health.healthy()).isFalse();
        assertThat(health.lastReviewOn()).isNull();
    }

    @Test
    void openAndDoneActionsCoverTheirStrandButDroppedOnesDoNot() {
        ThreatPlan plan = new ThreatPlan(List.of(action("A1", Strand.PURSUE, ActionStatus.OPEN, null),
                action("A2", Strand.PREVENT, ActionStatus.DONE, null),
                action("A3", Strand.PROTECT, ActionStatus.DROPPED, null),
                action("A4", Strand.PREPARE, ActionStatus.OPEN, null)), List.of());

        assertThat(PlanHealth.of(THREAT, plan, AS_OF).missingStrands()).containsExactly(Strand.PROTECT);
    }

    @Test
    void anOpenActionDueBeforeAsOfIsOverdueButOneDueOnAsOfIsNot() {
        ThreatPlan plan = new ThreatPlan(List.of(
                action("LATE", Strand.PURSUE, ActionStatus.OPEN, AS_OF.minusDays(1)),
                action("TODAY", Strand.PREVENT, ActionStatus.OPEN, AS_OF),
                action("DONE-LATE", Strand.PROTECT, ActionStatus.DONE, AS_OF.minusDays(30)),
                action("DROPPED-LATE", Strand.PREPARE, ActionStatus.DROPPED, AS_OF.minusDays(30)),
                action("LATER", Strand.PREPARE, ActionStatus.OPEN, AS_OF.minusDays(5))), List.of());

        assertThat(PlanHealth.of(THREAT, plan, AS_OF).overdueActions()).containsExactly("LATE", "LATER");
    }

    @Test
    void theReviewIsOverdueOnlyWhenTheThreatsNextReviewDueIsBeforeAsOf() {
        ThreatPlan full = fullPlan(List.of());
        assertThat(PlanHealth.of(THREAT.withNextReviewDue(AS_OF.minusDays(1)), full, AS_OF).reviewOverdue()).isTrue();
        assertThat(PlanHealth.of(THREAT.withNextReviewDue(AS_OF), full, AS_OF).reviewOverdue()).isFalse();
        assertThat(PlanHealth.of(THREAT.withNextReviewDue(AS_OF), full, AS_OF).healthy()).isTrue();
        assertThat(PlanHealth.of(THREAT, full, AS_OF).reviewOverdue()).as("no date set").isFalse();
    }

    @Test
    void theThreatsOwnDateDecidesNotTheReviewsNextDate() {
        ThreatPlan plan = fullPlan(List.of(new PlanReview(AS_OF.minusDays(60), "ok", null, AS_OF.plusDays(30))));

        assertThat(PlanHealth.of(THREAT.withNextReviewDue(AS_OF.minusDays(10)), plan, AS_OF).reviewOverdue()).isTrue();
    }

    @Test
    void aReviewOnAsOfIsTheLastReviewAndOneAfterItIsNot() {
        ThreatPlan plan = fullPlan(List.of(new PlanReview(AS_OF.minusDays(40), "first", null, null),
                new PlanReview(AS_OF, "on the day", null, null),
                new PlanReview(AS_OF.plusDays(1), "tomorrow", null, null)));

        assertThat(PlanHealth.of(THREAT, plan, AS_OF).lastReviewOn()).isEqualTo(AS_OF);
        assertThat(PlanHealth.of(THREAT, plan, AS_OF.minusDays(1)).lastReviewOn()).isEqualTo(AS_OF.minusDays(40));
    }

    @Test
    void theCaseloadListsActiveThreatsOnlyInDatasetOrder() {
        Caseload caseload = new Caseload(AS_OF, Policy.DEFAULTS, List.of(new Category("DRUGS", "Drugs")), List.of(),
                List.of(), List.of(), List.of(Threat.of("B", "b", "DRUGS", 1),
                        Threat.of("OLD", "old", "DRUGS", 1).withStatus(ThreatStatus.ARCHIVED),
                        Threat.of("A", "a", "DRUGS", 1)));

        assertThat(PlanHealth.of(caseload)).extracting(PlanHealth::threatId).containsExactly("B", "A");
    }

    private static ThreatPlan fullPlan(List<PlanReview> reviews) {
        return new ThreatPlan(List.of(action("A1", Strand.PURSUE, ActionStatus.OPEN, null),
                action("A2", Strand.PREVENT, ActionStatus.OPEN, null),
                action("A3", Strand.PROTECT, ActionStatus.OPEN, null),
                action("A4", Strand.PREPARE, ActionStatus.OPEN, null)), reviews);
    }
}
