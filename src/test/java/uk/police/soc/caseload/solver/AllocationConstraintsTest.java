package uk.police.soc.caseload.solver;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

class AllocationConstraintsTest {

    private final ConstraintVerifier<AllocationConstraints, AllocationPlan> verifier =
            ConstraintVerifier.build(new AllocationConstraints(), AllocationPlan.class, PlannedThreat.class);

    private static final long MOVE_COST = ScoreScale.micros(10);

    private static PlannedOfficer officer(String id, double capacity, double fixedLoad) {
        return new PlannedOfficer(id, capacity, ScoreScale.micros(fixedLoad), false);
    }

    private static PlannedOfficer strictOfficer(String id, double capacity, double fixedLoad) {
        return new PlannedOfficer(id, capacity, ScoreScale.micros(fixedLoad), true);
    }

    private static PlannedThreat threat(String id, int priority, double points, String original,
            PlannedOfficer assigned, PlannedOfficer... eligible) {
        PlannedThreat threat = new PlannedThreat(id, priority, ScoreScale.micros(points),
                ScoreScale.micros(points * (5 - priority)), MOVE_COST, original, List.of(eligible));
        threat.setOfficer(assigned);
        return threat;
    }

    @Test
    void officerNotEligiblePenalisesEachThreatWithAnOfficerOutsideItsEligibleList() {
        PlannedOfficer a = officer("A", 100, 0);
        PlannedOfficer b = officer("B", 100, 0);
        verifier.verifyThat(AllocationConstraints::officerNotEligible)
                .given(a, b, threat("T1", 1, 30, "A", a, b), threat("T2", 2, 20, "A", a, a), threat("T3", 3, 12, null, null, a))
                .penalizesBy(1);
    }

    @Test
    void placedBeyondCapacityCountsOnlyWhatThePlannerAddsAboveCapacityOrAboveFixedOverload() {
        PlannedOfficer roomy = strictOfficer("A", 100, 60);
        PlannedOfficer alreadyOver = strictOfficer("B", 50, 70);
        PlannedOfficer fits = strictOfficer("C", 100, 0);
        verifier.verifyThat(AllocationConstraints::threatsPlacedBeyondCapacity)
                .given(roomy, alreadyOver, fits,
                        threat("T1", 1, 30, null, roomy, roomy), threat("T2", 2, 20, null, roomy, roomy),
                        threat("T3", 4, 6, null, alreadyOver, alreadyOver),
                        threat("T4", 1, 30, null, fits, fits))
                // A: 60 + 50 = 110 → 10 beyond; B: already over, so all 6 placed points; C: fits.
                .penalizesBy(16_000_000);
    }

    @Test
    void placedBeyondCapacityIgnoresOfficersWhenOverloadIsAllowed() {
        PlannedOfficer a = officer("A", 10, 0);
        verifier.verifyThat(AllocationConstraints::threatsPlacedBeyondCapacity)
                .given(a, threat("T1", 1, 30, null, a, a))
                .penalizesBy(0);
    }

    @Test
    void unallocatedThreatIsWeightedByPointsTimesFiveMinusPriority() {
        PlannedOfficer a = officer("A", 100, 0);
        verifier.verifyThat(AllocationConstraints::coverableThreatUnallocated)
                .given(a, threat("T1", 1, 30, null, null, a), threat("T2", 4, 6, null, null, a), threat("T3", 2, 20, null, a, a))
                .penalizesBy(126_000_000);
    }

    @Test
    void officerOverCapacityAddsFixedAndPlacedLoadAboveCapacity() {
        PlannedOfficer a = officer("A", 81.081081, 40);
        PlannedOfficer b = officer("B", 100, 0);
        verifier.verifyThat(AllocationConstraints::officerOverCapacity)
                .given(a, b, threat("T1", 1, 30, null, a, a), threat("T2", 1, 30, null, a, a), threat("T3", 1, 30, null, b, b))
                .penalizesBy(18_918_919);
    }

    @Test
    void officerExactlyAtCapacityWithinToleranceIsNotOverCapacity() {
        PlannedOfficer a = officer("A", 20.0000000001, 0);
        verifier.verifyThat(AllocationConstraints::officerOverCapacity)
                .given(a, threat("T1", 3, 20.0000000005, null, a, a))
                .penalizesBy(0);
    }

    @Test
    void idleOfficerOverCapacityCountsFixedLoadOfOfficersGivenNothing() {
        PlannedOfficer idle = officer("A", 50, 70);
        PlannedOfficer busy = officer("B", 50, 70);
        verifier.verifyThat(AllocationConstraints::idleOfficerOverCapacity)
                .given(idle, busy, threat("T1", 1, 30, null, busy, busy))
                .penalizesBy(20_000_000);
    }

    @Test
    void loadBalanceIsOneHundredTimesSquaredLoadShareOfEachOfficerGivenThreats() {
        PlannedOfficer a = officer("A", 70, 10);
        PlannedOfficer b = officer("B", 100, 0);
        verifier.verifyThat(AllocationConstraints::loadBalance)
                .given(a, b, threat("T1", 1, 30, null, a, a), threat("T2", 3, 12, null, b, b))
                // A: 100 × (40/70)² = 32.6530612…; B: 100 × 0.12² = 1.44
                .penalizesBy(32_653_061 + 1_440_000);
    }

    @Test
    void loadBalanceKeepsSmallDifferencesThatIntegerPercentagesWouldRoundAway() {
        PlannedOfficer a = officer("A", 300, 0);
        verifier.verifyThat(AllocationConstraints::loadBalance)
                .given(a, threat("T1", 4, 1, null, a, a))
                // 100 × (1/300)² = 0.00111…: zero in whole units, 1111 in millionths.
                .penalizesBy(1111);
    }

    @Test
    void idleOfficerLoadBalanceCountsFixedLoadAndSkipsOfficersWithoutCapacity() {
        PlannedOfficer idle = officer("A", 50, 25);
        PlannedOfficer absent = officer("B", 0, 30);
        PlannedOfficer busy = officer("C", 100, 50);
        verifier.verifyThat(AllocationConstraints::idleOfficerLoadBalance)
                .given(idle, absent, busy, threat("T1", 1, 30, null, busy, busy))
                .penalizesBy(25_000_000);
    }

    @Test
    void threatMovedCostsMoveCostWhenItLeavesItsOfficerButNotWhenFirstAllocated() {
        PlannedOfficer a = officer("A", 100, 0);
        PlannedOfficer b = officer("B", 100, 0);
        verifier.verifyThat(AllocationConstraints::threatMoved)
                .given(a, b,
                        threat("moved", 1, 30, "A", b, a, b),
                        threat("stays", 1, 30, "A", a, a, b),
                        threat("newlyAllocated", 1, 30, null, b, a, b),
                        threat("leftWithoutOfficer", 1, 30, "B", null, a, b))
                .penalizesBy(2 * MOVE_COST);
    }
}
