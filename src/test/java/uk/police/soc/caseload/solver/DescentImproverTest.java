package uk.police.soc.caseload.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.benchmark.SyntheticCaseloads;
import uk.police.soc.caseload.domain.Allocation;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.PlanFigures;

/** The descent phase on its own: what it may never do, and whether its deltas are the objective's. */
class DescentImproverTest {

    private static final long ONE_SECOND = 1_000_000_000L;

    private static Caseload strict(Caseload caseload) {
        return caseload.withPolicy(caseload.policy().withAllowOverload(false));
    }

    @Test
    void neverMakesAHardViolationNorUnallocatesACoverableThreat() {
        AllocationModel model = new AllocationModel(SyntheticCaseloads.generate(300, 60, 5));
        Allocation start = new GreedyAllocator(model).repair();
        PlanFigures before = model.figures(start);

        Allocation improved = new DescentImprover(model).improve(start, System.nanoTime() + ONE_SECOND);

        PlanFigures after = model.figures(improved);
        assertThat(before.hardViolations()).isZero();
        assertThat(after.hardViolations()).isZero();
        assertThat(after.unallocated()).isEmpty();
        // Better by the policy's order: overload first, then balance plus the cost of moves.
        assertThat(after.beats(before, model.caseload().policy().moveCostPoints())).isTrue();
    }

    @Test
    void withoutOverloadAllowedLeavesUnallocatedThreatsUnallocatedAndPlacesNoOneBeyondCapacity() {
        Caseload caseload = strict(SyntheticCaseloads.generate(300, 40, 5));
        AllocationModel model = new AllocationModel(caseload);
        Allocation start = new GreedyAllocator(model).repair();
        Set<String> unallocatedBefore = new HashSet<>(model.figures(start).unallocated());
        assertThat(unallocatedBefore).isNotEmpty();

        Allocation improved = new DescentImprover(model).improve(start, System.nanoTime() + ONE_SECOND);

        assertThat(model.figures(improved).unallocated()).containsExactlyInAnyOrderElementsOf(unallocatedBefore);
        assertNoOneBeyondCapacity(model, improved);
    }

    @Test
    void withoutOverloadAllowedNoRandomMoveItConsidersPlacesAnyoneBeyondCapacity() {
        AllocationModel model = new AllocationModel(strict(SyntheticCaseloads.generate(200, 30, 8)));
        Allocation start = new GreedyAllocator(model).repair();
        DescentImprover descent = new DescentImprover(model);
        descent.load(start);
        Random random = new Random(3);

        int made = 0;
        for (int i = 0; i < 20_000; i++) {
            if (descent.makeRandomMove(random) != null) {
                made++;
            }
        }

        assertThat(made).isGreaterThan(1000);
        assertNoOneBeyondCapacity(model, descent.current(start));
    }

    /**
     * OptaPlanner's assertion mode as a test: after every random move the descent considers, the change it worked
     * out equals a full recomputation of the plan figures.
     */
    @Test
    void randomMoveDeltasEqualAFullRecomputation() {
        // The generator keeps current officers, so moves cost something and count in the deltas.
        AllocationModel model = new AllocationModel(SyntheticCaseloads.generate(150, 30, 11));
        double moveCost = model.caseload().policy().moveCostPoints();
        Allocation start = new GreedyAllocator(model).repair();
        DescentImprover descent = new DescentImprover(model);
        descent.load(start);
        Random random = new Random(7);
        PlanFigures previous = model.figures(start);

        int checked = 0;
        for (int i = 0; i < 3000 && checked < 400; i++) {
            DescentImprover.RandomMove move = descent.makeRandomMove(random);
            if (move == null) {
                continue;
            }
            PlanFigures now = model.figures(descent.current(start));
            assertThat(move.overload()).as("overload change of move %d", i)
                    .isCloseTo(now.overloadPoints() - previous.overloadPoints(), within(1e-6));
            assertThat(move.balanceAndMoves()).as("balance and moves change of move %d", i).isCloseTo(
                    now.balance() + moveCost * now.moves() - previous.balance() - moveCost * previous.moves(),
                    within(1e-6));
            previous = now;
            checked++;
        }

        assertThat(checked).isEqualTo(400);
        assertThat(previous.moves()).isPositive();
    }

    /** No officer carries more than their capacity, or than the load the planner may not move if that is more. */
    private static void assertNoOneBeyondCapacity(AllocationModel model, Allocation allocation) {
        CaseloadAssessment assessment = model.assessment();
        Map<String, Double> loads = assessment.loads(allocation);
        for (PlannedOfficer officer : model.officers()) {
            double ceiling = Math.max(officer.capacity(), officer.fixedLoad());
            assertThat(loads.get(officer.getId())).as("load of %s", officer.getId())
                    .isLessThanOrEqualTo(ceiling + CaseloadAssessment.EPSILON);
        }
    }

}
