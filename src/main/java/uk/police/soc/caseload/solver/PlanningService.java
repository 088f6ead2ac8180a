package uk.police.soc.caseload.solver;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import uk.police.soc.caseload.domain.Caseload;

/**
 * The desktop app's door to the planner: starts a run through OptaPlanner's {@code SolverManager} (see
 * {@link AllocationSolver}), reports each better plan as it is found, can be stopped, and ends with a
 * {@link Proposal}. It knows nothing of JavaFX: callers hop to their own thread in the listener, and drop
 * plans from a run they have since replaced.
 */
public final class PlanningService implements AutoCloseable {

    /** A run in progress. */
    public static final class Run {
        private final AllocationSolver solver;
        private final CompletableFuture<Proposal> result;

        private Run(AllocationSolver solver, CompletableFuture<Proposal> result) {
            this.solver = solver;
            this.result = result;
        }

        /** Completes with the proposal, or exceptionally (e.g. with InvalidInputException). */
        public CompletableFuture<Proposal> result() {
            return result;
        }

        /** Stops the search; {@link #result()} then completes with the best plan found so far. */
        public void stop() {
            solver.stop();
        }

        public boolean isDone() {
            return result.isDone();
        }
    }

    private volatile Run current;

    /**
     * Plans {@code caseload} within {@code budget}. {@code onProgress} is called on the solver's thread with
     * each better plan's figures and the time elapsed.
     */
    public Run start(Caseload caseload, Duration budget, Consumer<Progress> onProgress) {
        AllocationSolver solver = new AllocationSolver(budget);
        CompletableFuture<Proposal> result;
        try {
            result = solver.start(new AllocationModel(caseload), onProgress);
        } catch (RuntimeException e) {
            result = CompletableFuture.failedFuture(e);
        }
        Run run = new Run(solver, result);
        current = run;
        return run;
    }

    /** Stops any run in progress: the window is closing. */
    @Override
    public void close() {
        Run run = current;
        if (run != null) {
            run.stop();
        }
    }
}
