package uk.police.soc.caseload.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
            assertThat(last.allocation()).isEqualTo(proposal.allocation());
        }
    }

    @Test
    void stopEndsTheRunEarlyWithTheBestPlanSoFar() throws Exception {
        Caseload caseload = SyntheticCaseloads.generate(1000, 200, 9);
        try (PlanningService service = new PlanningService()) {
            Duration budget = Duration.ofSeconds(60);
            PlanningService.Run run = service.start(caseload, budget, progress -> { });
            Thread.sleep(3000);

            run.stop();
            // Waits past the budget: only a run that never ends fails here.
            Proposal proposal = run.result().get(90, TimeUnit.SECONDS);

            // Behaviour, not speed: a run that ignored the stop would spend its whole budget.
            assertThat(proposal.elapsed()).isLessThan(budget);
            assertThat(proposal.after().hardViolations()).isZero();
        }
    }
}
