package uk.police.soc.caseload.solver;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import uk.police.soc.caseload.domain.Allocation;
import uk.police.soc.caseload.domain.Caseload;

/**
 * One planning run, as one OptaPlanner {@code Solver} (docs/decisions/0019-one-solver-pipeline.md):
 * <ol>
 *   <li>the greedy repair ({@link PlanPhases.GreedyRepair}), a custom phase: the first feasible plan;
 *   <li>the descent ({@link PlanPhases.Descent}), a custom phase, for up to a quarter of the budget;
 *   <li>OptaPlanner's local search, until the budget is spent or nothing has improved for a while;
 *   <li>then, as the last step, the never-worse-than-greedy check: a plan the greedy baseline beats is never
 *       handed back (a run stopped early can still be behind it on overload).
 * </ol>
 * The run goes through a {@link SolverManager}, which reports each better plan on the solver's thread. Create
 * one per run; {@link #stop()} may be called from any thread and the run then ends with the best plan so far.
 */
public final class AllocationSolver {

    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(30);

    private final Duration budget;
    /** How long the local search may go without a better plan; null: {@link #unimprovedLimit}'s rule. */
    private final Duration unimprovedLimit;
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    /** Set once the run has started: what {@link #stop()} must end. */
    private volatile Runnable terminate = () -> { };

    public AllocationSolver(Duration budget) {
        this(budget, null);
    }

    /** A run with its own no-improvement limit: for tests that need a run that does not end by itself. */
    AllocationSolver(Duration budget, Duration unimprovedLimit) {
        this.budget = budget;
        this.unimprovedLimit = unimprovedLimit;
    }

    /**
     * How long without a better plan before the run stops early: 3 ms per movable threat, at least 2 seconds and
     * at most a third of the budget, so small caseloads return in seconds and large ones get time to escape.
     */
    static Duration unimprovedLimit(Duration budget, int movableThreats) {
        long millis = Math.max(2000, Math.min(budget.toMillis() / 3, 3L * movableThreats));
        return Duration.ofMillis(Math.min(millis, budget.toMillis()));
    }

    /**
     * The score alone: what {@link SolutionManager} needs to score or explain a plan, with no phases. The
     * constraint streams run on Bavet: a factory on it is built in milliseconds where the Drools default takes
     * seconds, which every run pays before it can start.
     */
    static SolverConfig scoringConfig() {
        return new SolverConfig()
                .withSolutionClass(AllocationPlan.class)
                .withEntityClasses(PlannedThreat.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(AllocationConstraints.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET));
    }

    /** The whole run: the two custom phases, then the local search, within the budget. */
    static SolverConfig runConfig(AllocationModel model, Duration budget, Duration unimprovedLimit,
            BooleanSupplier stopped, Runnable localSearchStarts) {
        return scoringConfig()
                .withTerminationConfig(new TerminationConfig().withSpentLimit(budget))
                .withPhases(
                        new CustomPhaseConfig().withCustomPhaseCommands(new PlanPhases.GreedyRepair(model)),
                        new CustomPhaseConfig().withCustomPhaseCommands(
                                new PlanPhases.Descent(model, budget.dividedBy(4), stopped),
                                PlanPhases.marker(localSearchStarts)),
                        new LocalSearchPhaseConfig().withTerminationConfig(new TerminationConfig()
                                .withUnimprovedSpentLimit(unimprovedLimit)));
    }

    private Duration localSearchLimit(AllocationModel model) {
        return unimprovedLimit != null ? unimprovedLimit : unimprovedLimit(budget, model.movableThreats().size());
    }

    public Proposal solve(Caseload caseload) {
        return solve(new AllocationModel(caseload), progress -> { });
    }

    /** Plans and waits for the result; {@code onProgress} hears of each better plan on the solver's thread. */
    public Proposal solve(AllocationModel model, Consumer<Progress> onProgress) {
        try {
            return start(model, onProgress).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Starts the run on the solver manager's thread; the future completes with the proposal. */
    public CompletableFuture<Proposal> start(AllocationModel model, Consumer<Progress> onProgress) {
        long started = System.nanoTime();
        AllocationPlan problem = model.newPlan(model.reference());
        if (problem.getThreats().isEmpty()) {
            return CompletableFuture.completedFuture(
                    Proposal.of(model, model.reference(), elapsedSince(started), ScoreSpeed.NONE));
        }
        ScoreSpeed.Meter speed = ScoreSpeed.meter();
        SolverFactory<AllocationPlan> factory = SolverFactory.create(
                runConfig(model, budget, localSearchLimit(model), stopRequested::get, () -> {
                    speed.localSearchStarts();
                    // A stop that came as the solver started was reset by it: pass it on to the local search.
                    if (stopRequested.get()) {
                        terminate.run();
                    }
                }));
        SolutionManager<AllocationPlan, BendableLongScore> scorer = SolutionManager.create(factory);
        SolverManager<AllocationPlan, Long> solverManager = SolverManager.create(factory);
        Long runId = speed.problemId();
        CompletableFuture<Proposal> result = new CompletableFuture<>();
        solverManager.solveAndListen(runId, id -> problem,
                best -> onProgress.accept(Progress.of(elapsedSince(started), model.allocationOf(best), best.getScore())),
                last -> result.complete(neverWorseThanGreedy(model, scorer, last, started, speed)),
                (id, error) -> result.completeExceptionally(error));
        terminate = () -> {
            solverManager.terminateEarly(runId);
            // Stopped before the solver started: the manager cancels the job and calls back no one.
            if (solverManager.getSolverStatus(runId) == SolverStatus.NOT_SOLVING && !result.isDone()) {
                result.complete(neverWorseThanGreedy(model, scorer, problem, started, speed));
            }
        };
        if (stopRequested.get()) {
            terminate.run();
        }
        // Closing from the solver's own thread would interrupt it: close once the caller has its result.
        return result.whenCompleteAsync((proposal, error) -> solverManager.close());
    }

    /** The last step: the planner's plan, unless the greedy baseline beats it. */
    private static Proposal neverWorseThanGreedy(AllocationModel model,
            SolutionManager<AllocationPlan, BendableLongScore> scorer, AllocationPlan last, long started,
            ScoreSpeed.Meter speed) {
        speed.solvingEnded();
        Allocation planned = model.allocationOf(last);
        Allocation baseline = new GreedyAllocator(model).baseline();
        BendableLongScore plannedScore = scorer.update(model.newPlan(planned));
        BendableLongScore baselineScore = scorer.update(model.newPlan(baseline));
        Allocation chosen = baselineScore.compareTo(plannedScore) > 0 ? baseline : planned;
        return Proposal.of(model, chosen, elapsedSince(started), speed.perSecond());
    }

    private static Duration elapsedSince(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** Ends the run early; it returns the best plan found so far. */
    public void stop() {
        stopRequested.set(true);
        terminate.run();
    }
}
