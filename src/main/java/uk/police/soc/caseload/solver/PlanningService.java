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
        return start(caseload, budget, RunScope.FULL, onProgress);
    }

    /**
     * Plans {@code caseload} within what {@code scope} lets the run change. The proposal's figures and moves are
     * always those of the caseload as given, whatever the run held out.
     */
    public Run start(Caseload caseload, Duration budget, RunScope scope, Consumer<Progress> onProgress) {
        AllocationSolver solver = new AllocationSolver(budget);
        CompletableFuture<Proposal> result = CompletableFuture.supplyAsync(
                () -> plan(solver, caseload, scope, onProgress), executor);
        return new Run(solver, result);
    }

    /** One run on the caller's thread: see {@link #start(Caseload, Duration, RunScope, Consumer)}. */
    public static Proposal plan(AllocationSolver solver, Caseload caseload, RunScope scope,
            Consumer<Progress> onProgress) {
        long started = System.nanoTime();
        AllocationModel planned = new AllocationModel(scope.plannedCaseload(caseload));
        if (scope.breachesOnly()) {
            // The greedy repair keeps every threat whose officer may lead it and places only the rest: each move
            // it makes fixes a breach or an unallocated threat, and none can be spared.
            return Proposal.of(new AllocationModel(caseload), new GreedyAllocator(planned).repair(),
                    Duration.ofNanos(System.nanoTime() - started), 0);
        }
        Proposal proposal = solver.solve(planned, onProgress);
        return scope.holdsAnything()
                ? Proposal.of(new AllocationModel(caseload), proposal.allocation(), proposal.elapsed(),
                        proposal.scoreCalculationSpeed())
                : proposal;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
