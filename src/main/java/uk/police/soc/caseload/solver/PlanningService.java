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
        return start(caseload, budget, RunScope.FULL, onProgress);
    }

    /**
     * Plans {@code caseload} within what {@code scope} lets the run change. The proposal's figures and moves are
     * always those of the caseload as given, whatever the run held out.
     */
    public Run start(Caseload caseload, Duration budget, RunScope scope, Consumer<Progress> onProgress) {
        AllocationSolver solver = new AllocationSolver(budget);
        CompletableFuture<Proposal> result;
        try {
            result = plan(solver, caseload, scope, onProgress);
        } catch (RuntimeException e) {
            result = CompletableFuture.failedFuture(e);
        }
        Run run = new Run(solver, result);
        current = run;
        return run;
    }

    /** Starts one run on the solver's thread: see {@link #start(Caseload, Duration, RunScope, Consumer)}. */
    static CompletableFuture<Proposal> plan(AllocationSolver solver, Caseload caseload, RunScope scope,
            Consumer<Progress> onProgress) {
        long started = System.nanoTime();
        AllocationModel planned = new AllocationModel(scope.plannedCaseload(caseload));
        if (scope.breachesOnly()) {
            // The greedy repair keeps every threat whose officer may lead it and places only the rest: each move
            // it makes fixes a breach or an unallocated threat, and none can be spared.
            return CompletableFuture.completedFuture(Proposal.of(new AllocationModel(caseload),
                    new GreedyAllocator(planned).repair(), Duration.ofNanos(System.nanoTime() - started), 0));
        }
        CompletableFuture<Proposal> proposal = solver.start(planned, onProgress);
        // Held threats and officers were pinned for the run only: the figures are the force's own.
        return scope.holdsAnything()
                ? proposal.thenApply(p -> Proposal.of(new AllocationModel(caseload), p.allocation(), p.elapsed(),
                        p.scoreCalculationSpeed()))
                : proposal;
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
