package uk.police.soc.caseload.solver;

import uk.police.soc.caseload.benchmark.SyntheticCaseloads;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.domain.Caseload;

class PlanningServiceTest {

    @Test
    void runsInTheBackgroundReportsProgressAndReturnsAProposal() throws Exception {
        Caseload caseload = SyntheticCaseloads.generate(120, 25, 9);
        List<Progress> progress = new CopyOnWriteArrayList<>();
        try (PlanningService service = new PlanningService()) {
            PlanningService.Run run = service.start(caseload, Duration.ofSeconds(5), progress::add);

            Proposal proposal = run.result().get(30, TimeUnit.SECONDS);

            assertThat(proposal.after().hardViolations()).isZero();
            assertThat(progress).isNotEmpty();
            Progress last = progress.get(progress.size() - 1);
            assertThat(last.hardViolations()).isZero();
            // The manager may skip a plan superseded before it was delivered, never the other way round.
            assertThat(last.overloadPoints()).isGreaterThanOrEqualTo(proposal.after().overloadPoints() - 1e-6);
            assertThat(proposal.allocation().threatIds()).isEqualTo(caseload.allocation().threatIds());
        }
    }

    @Test
    void stopEndsARunThatWouldOtherwiseGoOnForTenMinutes() throws Exception {
        Caseload caseload = SyntheticCaseloads.generate(400, 80, 9);
        // Neither the budget nor the no-improvement limit ends this run within the test: only stop() can.
        AllocationSolver solver = new AllocationSolver(Duration.ofMinutes(10), Duration.ofMinutes(10));
        CountDownLatch searching = new CountDownLatch(1);
        CompletableFuture<Proposal> result = solver.start(new AllocationModel(caseload), progress -> searching.countDown());
        assertThat(searching.await(60, TimeUnit.SECONDS)).isTrue();

        solver.stop();
        Proposal proposal = result.get(60, TimeUnit.SECONDS);

        assertThat(proposal.after().hardViolations()).isZero();
        assertThat(proposal.after().unallocated()).isEmpty();
    }

    @Test
    void stopBeforeTheSolverStartsStillEndsWithAPlanNoWorseThanTheGreedy() throws Exception {
        Caseload caseload = SyntheticCaseloads.generate(200, 40, 9);
        AllocationSolver solver = new AllocationSolver(Duration.ofMinutes(10), Duration.ofMinutes(10));
        solver.stop();

        Proposal proposal = solver.start(new AllocationModel(caseload), progress -> { }).get(60, TimeUnit.SECONDS);

        AllocationModel model = new AllocationModel(caseload);
        assertThat(model.figures(new GreedyAllocator(model).baseline()).beats(proposal.after(),
                caseload.policy().moveCostPoints())).isFalse();
    }
}
