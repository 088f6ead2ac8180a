package uk.police.soc.caseload.solver;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.domain.Caseload;

class QuickSolveProbe {
    @Test
    void probe() {
        int t = Integer.getInteger("probe.threats", 250);
        int o = Integer.getInteger("probe.officers", 50);
        Caseload generated = SyntheticCaseloads.generate(t, o, 42);
        Caseload caseload = generated.withThreats(generated.threats().stream().map(x -> x.pinned() ? x : x.withOfficerId(null)).toList());
        long b0 = System.nanoTime();
        var bound = new BalanceLowerBound(new AllocationModel(caseload)).compute(500, 1e-5);
        System.err.println("bound " + bound + " gap " + bound.gap() + " ms " + (System.nanoTime()-b0)/1e6);
        AllocationModel model = new AllocationModel(caseload);
        long s = System.nanoTime();
        var greedy = model.figures(new GreedyAllocator(model).baseline());
        double floor = model.officers().stream().mapToDouble(x -> Math.max(0, x.fixedLoad() - x.capacity())).sum();
        System.err.println("fixed overload floor " + floor);
        long d0 = System.nanoTime();
        var repair = model.figures(new DescentImprover(model).improve(new GreedyAllocator(model).repair(), System.nanoTime() + 10_000_000_000L));
        System.err.println("descent ms " + (System.nanoTime()-d0)/1e6);
        System.err.println("greedy " + greedy.balance() + " hv " + greedy.hardViolations() + " over " + greedy.overloadPoints() + " unalloc " + greedy.unallocated().size() + " uncov " + greedy.uncoverable().size()+ " ms " + (System.nanoTime()-s)/1e6);
        System.err.println("repair " + repair.balance() + " over " + repair.overloadPoints() + " moves " + repair.moves());
        Proposal p = new AllocationSolver(Duration.ofSeconds(Integer.getInteger("probe.seconds", 10))).solve(caseload);
        System.err.println("before " + p.before().balance() + " after " + p.after().balance() + " hv " + p.after().hardViolations() + " over " + p.after().overloadPoints() + " moves " + p.after().moves() + " speed " + p.scoreCalculationSpeed() + " elapsed " + p.elapsed());
    }
}
