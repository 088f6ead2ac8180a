package uk.police.soc.caseload.solver;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
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

    /** How long without a better plan before the run stops early: a sixth of the budget, 1 to 5 seconds. */
    static Duration unimprovedLimit(Duration budget) {
        long millis = Math.max(1000, Math.min(5000, budget.toMillis() / 6));
        return Duration.ofMillis(Math.min(millis, budget.toMillis()));
    }

    public static SolverConfig solverConfig(Duration budget) {
        return new SolverConfig()
                .withSolutionClass(AllocationPlan.class)
                .withEntityClasses(PlannedThreat.class)
                .withConstraintProviderClass(AllocationConstraints.class)
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(budget)
                        .withUnimprovedSpentLimit(unimprovedLimit(budget)))
                .withPhases(new LocalSearchPhaseConfig());
    }

    public Proposal solve(Caseload caseload) {
        return solve(new AllocationModel(caseload), progress -> { });
    }

    public Proposal solve(AllocationModel model, Consumer<Progress> onProgress) {
        long started = System.nanoTime();
        Map<String, String> start = new GreedyAllocator(model).repair();
        AllocationPlan plan = model.newPlan(start);
        long speed = 0;
        if (!plan.getThreats().isEmpty() && !stopRequested) {
            Solver<AllocationPlan> current = SolverFactory.<AllocationPlan>create(solverConfig(budget)).buildSolver();
            current.addEventListener(event -> onProgress.accept(
                    Progress.of(Duration.ofNanos(System.nanoTime() - started),
                            (BendableLongScore) event.getNewBestScore())));
            solver = current;
            if (stopRequested) {
                current.terminateEarly();
            }
            plan = current.solve(plan);
            speed = ((DefaultSolver<AllocationPlan>) current).getSolverScope().getScoreCalculationSpeed();
        }
        return Proposal.of(model, model.allocationOf(plan), Duration.ofNanos(System.nanoTime() - started), speed);
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
