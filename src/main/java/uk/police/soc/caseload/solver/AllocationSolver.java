package uk.police.soc.caseload.solver;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;
import uk.police.soc.caseload.domain.Caseload;

/**
 * One planning run: greedy repair as the construction heuristic, then OptaPlanner's local search until the
 * budget is spent or the plan has stopped improving. Create one per run; {@link #stop()} may be called from
 * another thread and the run then returns the best plan found so far.
 */
public final class AllocationSolver {

    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(30);

    private final Duration budget;
    private volatile Solver<AllocationPlan> solver;
    private volatile boolean stopRequested;

    public AllocationSolver(Duration budget) {
        this.budget = budget;
    }

    /**
     * How long without a better plan before the run stops early: 3 ms per movable threat, at least 2 seconds and
     * at most a third of the budget, so small caseloads return in seconds and large ones get time to escape.
     */
    static Duration unimprovedLimit(Duration budget, int movableThreats) {
        long millis = Math.max(2000, Math.min(budget.toMillis() / 3, 3L * movableThreats));
        return Duration.ofMillis(Math.min(millis, budget.toMillis()));
    }

    public static SolverConfig solverConfig(Duration budget, int movableThreats) {
        return new SolverConfig()
                .withSolutionClass(AllocationPlan.class)
                .withEntityClasses(PlannedThreat.class)
                .withConstraintProviderClass(AllocationConstraints.class)
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(budget)
                        .withUnimprovedSpentLimit(unimprovedLimit(budget, movableThreats)))
                .withPhases(new LocalSearchPhaseConfig());
    }

    public Proposal solve(Caseload caseload) {
        return solve(new AllocationModel(caseload), progress -> { });
    }

    public Proposal solve(AllocationModel model, Consumer<Progress> onProgress) {
        long started = System.nanoTime();
        GreedyAllocator allocator = new GreedyAllocator(model);
        Map<String, String> greedy = allocator.repair();
        AllocationPlan plan = model.newPlan(greedy);
        if (plan.getThreats().isEmpty()) {
            return Proposal.of(model, model.allocationOf(plan), Duration.ofNanos(System.nanoTime() - started), 0);
        }
        SolverFactory<AllocationPlan> factory = SolverFactory.create(solverConfig(budget, plan.getThreats().size()));
        SolutionManager<AllocationPlan, BendableLongScore> scorer = SolutionManager.create(factory);
        // The first plans come from the construction heuristic, which the solver's events do not see.
        onProgress.accept(Progress.of(Duration.ofNanos(System.nanoTime() - started), model.allocationOf(plan),
                scorer.update(plan)));
        Map<String, String> start = new DescentImprover(model).improve(greedy, started + budget.toNanos() / 4,
                () -> stopRequested);
        plan = model.newPlan(start);
        onProgress.accept(Progress.of(Duration.ofNanos(System.nanoTime() - started), model.allocationOf(plan),
                scorer.update(plan)));
        long speed = 0;
        if (!stopRequested) {
            Solver<AllocationPlan> current = SolverFactory.<AllocationPlan>create(
                    solverConfig(remaining(started), plan.getThreats().size())).buildSolver();
            current.addEventListener(event -> onProgress.accept(
                    Progress.of(Duration.ofNanos(System.nanoTime() - started),
                            model.allocationOf(event.getNewBestSolution()), (BendableLongScore) event.getNewBestScore())));
            solver = current;
            if (stopRequested) {
                current.terminateEarly();
            }
            plan = current.solve(plan);
            speed = ((DefaultSolver<AllocationPlan>) current).getSolverScope().getScoreCalculationSpeed();
        }
        // The search starts from the current officers (few moves), so a run stopped early can still be behind the
        // manager's greedy on overload; never hand back a plan the greedy baseline beats.
        AllocationPlan baseline = model.newPlan(allocator.baseline());
        if (scorer.update(baseline).compareTo(scorer.update(plan)) > 0) {
            plan = baseline;
            // Whoever watches the progress sees the plan that is handed back as the last one.
            onProgress.accept(Progress.of(Duration.ofNanos(System.nanoTime() - started), model.allocationOf(plan),
                    scorer.update(plan)));
        }
        return Proposal.of(model, model.allocationOf(plan), Duration.ofNanos(System.nanoTime() - started), speed);
    }

    /** What is left of the budget after the construction heuristic, never less than a second. */
    private Duration remaining(long startedNanos) {
        long left = budget.toNanos() - (System.nanoTime() - startedNanos);
        return Duration.ofMillis(Math.max(1000, left / 1_000_000));
    }

    /** Ends the run early; it returns the best plan found so far. */
    public void stop() {
        stopRequested = true;
        Solver<AllocationPlan> current = solver;
        if (current != null) {
            current.terminateEarly();
        }
    }
}
