package uk.police.soc.caseload.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.domain.Allocation;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.EligibilityRule;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.presentation.Explanations;
import uk.police.soc.caseload.presentation.PlanWhy;

class ExplanationsTest {

    private final CaseloadAssessment seed = new CaseloadAssessment(SharedData.read("seed-case.json"));

    @Test
    void uncoverableThreatNamesTheRuleNoOfficerMeetsAndTheNearestOfficers() {
        ThreatExplainer.Explanation explanation = new ThreatExplainer(seed).explain("OCG-2019-016");

        assertThat(explanation.situation()).isEqualTo(ThreatExplainer.Situation.UNCOVERABLE);
        assertThat(explanation.rulesNoOfficerMeets()).containsExactly(EligibilityRule.SKILL);
        assertThat(explanation.nearestOfficers().keySet()).extracting(o -> o.id()).containsExactly("E2041", "E2187", "E1876");
    }

    @Test
    void allocatedThreatShowsItsOfficersLoadThreatByThreat() {
        ThreatExplainer.Explanation explanation = new ThreatExplainer(seed).explain("OCG-2019-010");

        assertThat(explanation.situation()).isEqualTo(ThreatExplainer.Situation.ALLOCATED);
        assertThat(explanation.officerLoad().load()).isEqualTo(149);
        assertThat(explanation.officerLoad().threats()).hasSize(7);
    }

    @Test
    void unallocatedCoverableThreatIsSaidToBeUnallocated() {
        Caseload caseload = new CaseloadBuilder().lro("E1").threat("T1", 1, null).build();

        ThreatExplainer.Explanation explanation = new ThreatExplainer(new CaseloadAssessment(caseload)).explain("T1");

        assertThat(explanation.situation()).isEqualTo(ThreatExplainer.Situation.UNALLOCATED);
        // People read the threat by name and id; --json's sentences keep the id alone, as they always have.
        assertThat(Explanations.sentences(explanation, Explanations.Surface.COMMAND_LINE).get(0))
                .isEqualTo("Op T1 (T1) has no LRO, although 1 officer could lead it; the planner would give it one.");
        assertThat(Explanations.sentences(explanation, Explanations.Surface.JSON).get(0))
                .isEqualTo("T1 has no LRO, although 1 officer could lead it; the planner would give it one.");
    }

    @Test
    void recommendationDeltasMatchTheFiguresOfTheMovedPlan() {
        Recommender.Recommendation recommendation = new Recommender(seed).recommend("OCG-2019-025");
        Recommender.Candidate best = recommendation.candidates().get(0);

        Allocation moved = seed.currentAllocation().with("OCG-2019-025", best.officer().id());
        var before = seed.figures();
        var after = seed.figures(moved, seed.currentAllocation());

        assertThat(best.balanceChange()).isCloseTo(after.balance() - before.balance(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(best.overloadChange()).isCloseTo(after.overloadPoints() - before.overloadPoints(),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(best.hardViolationsChange()).isEqualTo(after.hardViolations() - before.hardViolations());
        assertThat(best.movesChange()).isEqualTo(after.moves() - before.moves());
    }

    @Test
    void recommendationRanksLessLoadedOfficersFirst() {
        Caseload caseload = new CaseloadBuilder().lro("E1").lro("E2").lro("E3")
                .threat("A", 1, "E1").threat("B", 1, "E1").threat("C", 2, "E2").threat("NEW", 3, null).build();

        Recommender.Recommendation recommendation = new Recommender(new CaseloadAssessment(caseload)).recommend("NEW");

        assertThat(recommendation.candidates()).extracting(c -> c.officer().id()).containsExactly("E3", "E2", "E1");
    }

    @Test
    void planJustificationsNameOverloadedOfficersAndMovesInPlainEnglish() {
        AllocationModel model = new AllocationModel(seed.caseload());
        Allocation plan = new GreedyAllocator(model).repair();

        Map<String, java.util.List<String>> why = PlanWhy.sentences(seed.caseload(), PlanJustifications.of(model, plan));

        assertThat(why.keySet()).contains(AllocationConstraints.OFFICER_OVER_CAPACITY, AllocationConstraints.THREAT_MOVED);
        assertThat(why.get(AllocationConstraints.OFFICER_OVER_CAPACITY))
                .anyMatch(line -> line.startsWith("DS Ravi Shah (E2187) carries") && line.contains("against a capacity of 100"));
        assertThat(why.get(AllocationConstraints.THREAT_MOVED))
                .anyMatch(line -> line.endsWith("moves away from DC Kate Walsh (E2230)."))
                .allMatch(line -> line.startsWith("Op "));
    }

    @Test
    void unknownThreatIsInvalidInput() {
        assertThatThrownBy(() -> new Recommender(seed).recommend("NOPE"))
                .isInstanceOf(InvalidInputException.class).hasMessage("arguments: unknown threat \"NOPE\"");
    }
}
