package uk.police.soc.caseload.solver;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import uk.police.soc.caseload.domain.Caseload;

/**
 * The desktop app's door to the planner: starts a run in the background, reports each better plan as it is
 * found, can be stopped, and ends with a {@link Proposal}. It knows nothing of JavaFX: callers hop to their own
 * thread (e.g. with {@code Platform.runLater}) in the listener. One run at a time per service.
 */
public final class PlanningService implements AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "caseload-planner");
        // A plan in progress must not keep the app alive after its window closes.
        thread.setDaemon(true);
        return thread;
    });

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

    /**
     * Plans {@code caseload} within {@code budget}. {@code onProgress} is called on the planner's thread with
     * each better plan's figures and the time elapsed.
     */
    public Run start(Caseload caseload, Duration budget, Consumer<Progress> onProgress) {
        AllocationSolver solver = new AllocationSolver(budget);
        CompletableFuture<Proposal> result = CompletableFuture.supplyAsync(
                () -> solver.solve(new AllocationModel(caseload), onProgress), executor);
        return new Run(solver, result);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
