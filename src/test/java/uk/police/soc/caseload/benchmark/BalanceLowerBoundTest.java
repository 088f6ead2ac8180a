package uk.police.soc.caseload.benchmark;

import uk.police.soc.caseload.solver.AllocationModel;
import uk.police.soc.caseload.solver.CaseloadBuilder;
import uk.police.soc.caseload.solver.GreedyAllocator;
import uk.police.soc.caseload.solver.AllocationSolver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.domain.Allocation;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Threat;

class BalanceLowerBoundTest {

    @Test
    void splitsPointsSoThatEqualOfficersCarryEqualLoads() {
        Caseload caseload = new CaseloadBuilder().lro("E1").lro("E2").threat("T1", 1, null).build();

        BalanceLowerBound.Result result = new BalanceLowerBound(new AllocationModel(caseload)).compute(100, 1e-9);

        // 30 points split 15/15: 2 × 100 × 0.15² = 4.5, where any whole allocation gives 9.
        assertThat(result.bound()).isCloseTo(4.5, within(1e-6));
        assertThat(result.fractional()).isCloseTo(4.5, within(1e-6));
    }

    @Test
    void accountsForFixedLoadAndDifferentCapacities() {
        Caseload caseload = new CaseloadBuilder().lro("E1").lro("E2", 18.5)
                .threat(Threat.of("P", "Pinned", "DRUGS", 1).withOfficerId("E1").withPinned(true).withWorkloadPoints(60.0))
                .threat(Threat.of("T", "Movable", "DRUGS", 1).withWorkloadPoints(30.0))
                .build();

        BalanceLowerBound.Result result = new BalanceLowerBound(new AllocationModel(caseload)).compute(100, 1e-9);

        // E1 (capacity 100) starts at 60; E2 (capacity 50) at 0. Marginal costs meet when E1 takes 12 and E2 18:
        // 100 × 0.72² + 100 × 0.36² = 51.84 + 12.96 = 64.8, below the best whole plan (all 30 to E2: 36 + 36 = 72).
        assertThat(result.bound()).isCloseTo(64.8, within(1e-6));
    }

    @Test
    void atTheLeastOverloadKeepsOfficersWithinCapacityAndSoBoundsHigher() {
        // Two 100-capacity officers and one of 50, 240 points in 10s: balance alone would load E1 and E2 past
        // 100% (L ∝ capacity²), which the policy's overload level forbids when a plan without overload exists.
        CaseloadBuilder builder = new CaseloadBuilder().lro("E1").lro("E2").lro("E3", 18.5);
        for (int i = 0; i < 24; i++) {
            builder.threat(uk.police.soc.caseload.domain.Threat.of("T" + i, "Op", "DRUGS", 3).withWorkloadPoints(10.0));
        }
        AllocationModel model = new AllocationModel(builder.build());
        Allocation.Builder builder2 = model.reference().toBuilder();
        for (int i = 0; i < 24; i++) {
            builder2.assign("T" + i, i < 10 ? "E1" : i < 20 ? "E2" : "E3");
        }
        Allocation plan = builder2.build();

        BalanceLowerBound bounds = new BalanceLowerBound(model);
        double plain = bounds.compute(200, 1e-9).bound();
        BalanceLowerBound.Result capped = bounds.atLeastOverload(plan, 200, 1e-9).orElseThrow();

        // Plain optimum: loads ∝ capacity² → 240 × (4/9, 4/9, 1/9) ≈ 106.7/106.7/26.7 → 2 × 113.8 + 28.4 = 256.0.
        assertThat(plain).isCloseTo(256.0, within(0.1));
        // Capped at 100: 100/100/40 → 100 + 100 + 64 = 264.
        assertThat(capped.bound()).isCloseTo(264.0, within(1e-3));
        assertThat(capped.bound()).isLessThanOrEqualTo(model.figures(plan).balance() + 1e-9);
    }

    @Test
    void leastOverloadBoundDoesNotApplyToAPlanAboveTheLeastOverload() {
        Caseload caseload = new CaseloadBuilder().lro("E1").lro("E2")
                .threat("T1", 1, null).threat("T2", 1, null).threat("T3", 1, null).threat("T4", 1, null).build();

        var bound = new BalanceLowerBound(new AllocationModel(caseload)).atLeastOverload(caseload.allocation()
                .withChanges(java.util.Map.of("T1", "E1", "T2", "E1", "T3", "E1", "T4", "E1")), 10, 1e-9);

        assertThat(bound).isEmpty();
    }

    @Test
    void neverExceedsTheBalanceOfAnyRealPlan() {
        Caseload generated = SyntheticCaseloads.generate(150, 30, 3);
        Caseload caseload = generated.withThreats(generated.threats().stream()
                .map(t -> t.pinned() ? t : t.withOfficerId(null)).toList());
        AllocationModel model = new AllocationModel(caseload);

        BalanceLowerBound.Result result = new BalanceLowerBound(model).compute(200, 1e-7);
        double greedy = model.figures(new GreedyAllocator(model).baseline()).balance();
        double solved = new AllocationSolver(Duration.ofSeconds(5)).solve(caseload).after().balance();

        assertThat(result.bound()).isLessThanOrEqualTo(result.fractional() + 1e-6);
        assertThat(result.bound()).isLessThanOrEqualTo(solved).isLessThanOrEqualTo(greedy);
        assertThat(result.gap()).isLessThan(1e-4);
    }
}
