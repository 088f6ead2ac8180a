package uk.police.soc.caseload.solver;

import uk.police.soc.caseload.benchmark.SyntheticCaseloads;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.domain.Allocation;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.OfficerLoad;
import uk.police.soc.caseload.domain.PlanFigures;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Threat;

class AllocationSolverTest {

    private static final Duration SHORT = Duration.ofSeconds(5);

    @Test
    void seedCasePlanHasNoHardViolationsNoUnallocatedThreatsAndBeatsTheGreedyBaseline() {
        Caseload caseload = SharedData.read("seed-case.json");
        AllocationModel model = new AllocationModel(caseload);
        PlanFigures greedy = model.figures(new GreedyAllocator(model).baseline());

        Proposal proposal = new AllocationSolver(SHORT).solve(caseload);

        assertThat(proposal.before().hardViolations()).isEqualTo(12);
        assertThat(proposal.after().hardViolations()).isZero();
        assertThat(proposal.after().unallocated()).isEmpty();
        assertThat(proposal.after().beats(greedy, caseload.policy().moveCostPoints())).isTrue();
        assertThat(proposal.after().overloadPoints()).isLessThanOrEqualTo(greedy.overloadPoints() + 1e-6);
    }

    @Test
    void aRunStoppedBeforeItStartsStillReturnsAPlanTheGreedyBaselineDoesNotBeat() {
        Caseload caseload = SharedData.read("force-medium.json");
        AllocationModel model = new AllocationModel(caseload);
        PlanFigures greedy = model.figures(new GreedyAllocator(model).baseline());
        AllocationSolver solver = new AllocationSolver(SHORT);
        solver.stop();

        Proposal proposal = solver.solve(caseload);

        assertThat(greedy.beats(proposal.after(), caseload.policy().moveCostPoints())).isFalse();
        assertThat(proposal.after().overloadPoints()).isLessThanOrEqualTo(greedy.overloadPoints() + 1e-6);
    }

    @Test
    void seedCaseUncoverableThreatsKeepTheirOfficersAndTheShortfallRemains() {
        Caseload caseload = SharedData.read("seed-case.json");

        Proposal proposal = new AllocationSolver(SHORT).solve(caseload);

        assertThat(proposal.after().uncoverable())
                .containsExactlyInAnyOrder("OCG-2019-016", "OCG-2020-026", "OCG-2020-029", "OCG-2021-027");
        for (String id : proposal.after().uncoverable()) {
            assertThat(proposal.allocation().leadOf(id)).isEqualTo(caseload.threat(id).orElseThrow().officerId());
        }
        assertThat(proposal.after().lroShortfall()).isEqualTo(2);
    }

    @Test
    void pinnedThreatsNeverMoveEvenWhenTheirOfficerIsOverloaded() {
        CaseloadBuilder builder = new CaseloadBuilder().lro("E1").lro("E2");
        for (int i = 0; i < 5; i++) {
            builder.threat(Threat.of("P" + i, "Pinned", "DRUGS", 1).withOfficerId("E1").withPinned(true));
        }
        Caseload caseload = builder.threat("T1", 1, "E1").build();

        Proposal proposal = new AllocationSolver(SHORT).solve(caseload);

        for (int i = 0; i < 5; i++) {
            assertThat(proposal.allocation().leadOf("P" + i)).isEqualTo("E1");
        }
        assertThat(proposal.allocation().leadOf("T1")).isEqualTo("E2");
    }

    @Test
    void withoutOverloadNoOfficerGoesOverCapacityAndTheLeastValuableThreatsStayUnallocated() {
        CaseloadBuilder builder = new CaseloadBuilder().policy(Policy.DEFAULTS.withAllowOverload(false))
                .lro("E1").lro("E2", 18.5);
        for (int i = 0; i < 4; i++) {
            builder.threat("HIGH-" + i, 1, null);
        }
        for (int i = 0; i < 4; i++) {
            builder.threat("LOW-" + i, 4, null);
        }
        Caseload caseload = builder.build();

        Proposal proposal = new AllocationSolver(SHORT).solve(caseload);

        for (OfficerLoad load : proposal.after().officers()) {
            assertThat(CaseloadAssessment.exceeds(load.load(), load.capacity())).isFalse();
        }
        // Capacity 150 against 144 points: 4 × 30 + 4 × 6 = 144 fits; nothing should be left.
        assertThat(proposal.after().unallocated()).isEmpty();
        assertThat(proposal.after().hardViolations()).isZero();
    }

    @Test
    void withoutOverloadAndTooLittleRoomLowPriorityThreatsAreTheOnesLeftOut() {
        CaseloadBuilder builder = new CaseloadBuilder().policy(Policy.DEFAULTS.withAllowOverload(false)).lro("E1");
        builder.threat("HIGH-1", 1, null).threat("HIGH-2", 1, null).threat("HIGH-3", 1, null);
        builder.threat("LOW-1", 4, null).threat("LOW-2", 4, null);
        Caseload caseload = builder.build();

        Proposal proposal = new AllocationSolver(SHORT).solve(caseload);

        // 100 capacity: three 30s and one 6 fit (96); one 6 must stay out.
        assertThat(proposal.after().unallocated()).hasSize(1).allMatch(id -> id.startsWith("LOW"));
        assertThat(proposal.after().officers().get(0).load()).isEqualTo(96);
    }

    @Test
    void reportsScoreCalculationSpeedAndStopsEarlyOnceNothingImproves() {
        Caseload caseload = SyntheticCaseloads.generate(60, 12, 7);

        Duration budget = Duration.ofSeconds(30);
        Proposal proposal = new AllocationSolver(budget).solve(caseload);

        // Behaviour, not speed: a run that did not stop early would spend its whole budget.
        assertThat(proposal.elapsed()).isLessThan(budget);
        assertThat(proposal.scoreCalculationSpeed()).isPositive();
        assertThat(proposal.after().hardViolations()).isZero();
        assertThat(proposal.after().unallocated()).isEmpty();
    }

    @Test
    void proposalAppliedToTheCaseloadChangesOnlyOfficerIds() {
        Caseload caseload = SharedData.read("seed-case.json");

        Proposal proposal = new AllocationSolver(SHORT).solve(caseload);
        Caseload planned = proposal.applyTo(caseload);

        assertThat(planned.threats()).hasSameSizeAs(caseload.threats());
        for (int i = 0; i < caseload.threats().size(); i++) {
            Threat original = caseload.threats().get(i);
            Threat after = planned.threats().get(i);
            assertThat(after).isEqualTo(original.withOfficerId(proposal.allocation().leadOf(original.id())));
        }
        assertThat(new CaseloadAssessment(planned).figures().balance()).isCloseTo(proposal.after().balance(),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Map.copyOf(proposal.changes())).hasSize(proposal.moves().size());
    }
}
