package uk.police.soc.caseload.ui.planning;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.solver.PlanningService;
import uk.police.soc.caseload.solver.Progress;
import uk.police.soc.caseload.solver.Proposal;
import uk.police.soc.caseload.solver.RunScope;

/** One planner run, stoppable from another thread. An interface so that tests can stand in for the solver. */
public interface Planner {

    /**
     * Plans the caseload within what {@code scope} lets the run change; reports each better plan as it is found;
     * returns the best plan when done or stopped.
     */
    Proposal plan(Caseload caseload, RunScope scope, Consumer<Progress> onProgress);

    void stop();

    /** A run of the solver's planning service within a time budget. */
    static Planner using(PlanningService service, Duration budget) {
        return new Planner() {
            private PlanningService.Run run;
            private boolean stopRequested;

            @Override
            public Proposal plan(Caseload caseload, RunScope scope, Consumer<Progress> onProgress) {
                PlanningService.Run started = service.start(caseload, budget, scope, onProgress);
                synchronized (this) {
                    run = started;
                    if (stopRequested) {
                        started.stop();
                    }
                }
                try {
                    return started.result().join();
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException cause ? cause : e;
                }
            }

            @Override
            public synchronized void stop() {
                stopRequested = true;
                if (run != null) {
                    run.stop();
                }
            }
        };
    }
}
