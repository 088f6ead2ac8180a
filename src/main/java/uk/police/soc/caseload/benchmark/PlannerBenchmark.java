package uk.police.soc.caseload.benchmark;

import uk.police.soc.caseload.solver.AllocationModel;
import uk.police.soc.caseload.solver.GreedyAllocator;
import uk.police.soc.caseload.solver.AllocationSolver;
import uk.police.soc.caseload.solver.Proposal;
import java.time.Duration;
import java.util.Optional;
import uk.police.soc.caseload.domain.Allocation;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.PlanFigures;

/**
 * One benchmark run: a synthetic caseload of a given size, planned from scratch (every unpinned threat starts
 * without an officer, so moves cost nothing and the greedy, the planner and the bound answer the same
 * question), against the greedy baseline and the fractional lower bound on the balance term.
 */
public final class PlannerBenchmark {

    /** One size of caseload and the budget to plan it in. */
    public record Size(int threats, int officers, Duration budget) {
    }

    /**
     * @param firstFeasible time to build the model and the greedy start, a plan with no hard violation and
     *     every coverable threat allocated when the policy allows overload
     */
    /**
     * @param leastOverloadBound the bound over plans with the least possible overload, when the planned plan
     *     reaches it (then it is the bound that applies to the planner)
     */
    public record Result(Size size, long seed, int movableThreats, PlanFigures greedy, PlanFigures planned,
            BalanceLowerBound.Result bound, Optional<BalanceLowerBound.Result> leastOverloadBound, Duration boundTime,
            Duration firstFeasible, boolean firstPlanFeasible, Duration solveTime, long scoreCalculationSpeed) {

        /** The greedy against the plain bound (its overload is higher, so the tighter bound does not apply). */
        public double greedyOverBound() {
            return overBound(greedy.balance(), bound);
        }

        public double plannedOverBound() {
            return overBound(planned.balance(), bound);
        }

        /** The planned balance against the tightest bound that applies to it. */
        public double plannedOverApplicableBound() {
            return overBound(planned.balance(), leastOverloadBound.orElse(bound));
        }

        private static double overBound(double balance, BalanceLowerBound.Result bound) {
            return bound.bound() == 0 ? 0 : (balance - bound.bound()) / bound.bound();
        }
    }

    private PlannerBenchmark() {
    }

    /** The caseload the benchmark plans: only pinned threats keep an officer. */
    public static Caseload fromScratch(int threats, int officers, long seed) {
        Caseload generated = SyntheticCaseloads.generate(threats, officers, seed);
        return generated.withThreats(generated.threats().stream()
                .map(t -> t.pinned() ? t : t.withOfficerId(null))
                .toList());
    }

    public static Result run(Size size, long seed) {
        Caseload caseload = fromScratch(size.threats(), size.officers(), seed);

        long started = System.nanoTime();
        AllocationModel model = new AllocationModel(caseload);
        Allocation start = new GreedyAllocator(model).repair();
        Duration firstFeasible = Duration.ofNanos(System.nanoTime() - started);
        PlanFigures startFigures = model.figures(start);
        boolean feasible = startFigures.hardViolations() == 0
                && (!caseload.policy().allowOverload() || startFigures.unallocated().isEmpty());

        PlanFigures greedy = model.figures(new GreedyAllocator(model).baseline());

        long boundStarted = System.nanoTime();
        BalanceLowerBound.Result bound = new BalanceLowerBound(model).compute(1000, 1e-7);
        Duration boundTime = Duration.ofNanos(System.nanoTime() - boundStarted);

        Proposal proposal = new AllocationSolver(size.budget()).solve(model, progress -> { });

        long cappedStarted = System.nanoTime();
        Optional<BalanceLowerBound.Result> leastOverload = new BalanceLowerBound(model)
                .atLeastOverload(proposal.allocation(), 200, 1e-5);
        boundTime = boundTime.plusNanos(System.nanoTime() - cappedStarted);
        return new Result(size, seed, model.movableThreats().size(), greedy, proposal.after(), bound, leastOverload,
                boundTime, firstFeasible, feasible, proposal.elapsed(), proposal.scoreCalculationSpeed());
    }
}
