package uk.police.soc.caseload.solver;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import uk.police.soc.caseload.domain.Allocation;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.Objective;

/**
 * The second phase of a run ({@link DescentPhase}): from the greedy start, steepest descent with the same change
 * and swap moves as the local search, then a late-acceptance walk with random change and swap moves, all in
 * plain arrays scored by the policy's levels 3 and 4 through {@link Objective} (overload may never rise; balance
 * plus move cost decides).
 * At national size this evaluates millions of moves a second where the generic solver manages tens of
 * thousands, so OptaPlanner's local search starts from a plan near the optimum instead of climbing out of the
 * greedy's overload (see docs/decisions/0002-solver-score.md).
 *
 * <p>It never makes a hard violation, never unallocates a placed threat, and with {@code allowOverload}
 * false never places a threat beyond an officer's capacity.
 */
public final class DescentImprover {

    private static final double TINY = 1e-9;
    private static final int LATE_ACCEPTANCE_SIZE = 500;
    private static final long MIN_UNIMPROVED_STEPS = 500_000;
    private static final long UNIMPROVED_STEPS_PER_THREAT = 5_000;

    private final AllocationModel model;
    private BooleanSupplier stopped = () -> false;
    private List<PlannedOfficer> officers;
    private List<PlannedThreat> threats;
    private double[] capacity;
    private double[] load;
    private boolean strict;
    private double moveCost;
    private double[] points;
    private int[] assigned;
    private int[] original;
    private int[][] eligible;
    private BitSet[] eligibleSet;
    private List<List<Integer>> byOfficer;

    public DescentImprover(AllocationModel model) {
        this.model = model;
    }

    /** {@code start} improved until the deadline (System.nanoTime). */
    public Allocation improve(Allocation start, long deadlineNanos) {
        return improve(start, deadlineNanos, () -> false);
    }

    /** {@code start} improved until the deadline (System.nanoTime) or until {@code stopped} says so. */
    public Allocation improve(Allocation start, long deadlineNanos, BooleanSupplier stopped) {
        this.stopped = stopped;
        load(start);
        descend(deadlineNanos);
        walk(deadlineNanos);
        return current(start);
    }

    /** {@code start} with every threat the descent holds where it holds it now. */
    Allocation current(Allocation start) {
        Allocation.Builder result = start.toBuilder();
        for (int t = 0; t < threats.size(); t++) {
            if (assigned[t] >= 0) {
                result.assign(threats.get(t).getId(), officers.get(assigned[t]).getId());
            }
        }
        return result.build();
    }

    /**
     * A random change ({@code partner} −1) or swap the descent may make, with the change in overload and in
     * balance plus move cost it worked out for it.
     */
    record RandomMove(int threat, int to, int partner, double overload, double balanceAndMoves) {
    }

    /** A random change or swap that breaks no rule, with its score change; null when the pick is not allowed. */
    private RandomMove pickRandomMove(Random random) {
        int t = random.nextInt(threats.size());
        int from = assigned[t];
        int[] options = eligible[t];
        if (from < 0 || options.length < 2) {
            return null;
        }
        int to = options[random.nextInt(options.length)];
        if (to == from) {
            return null;
        }
        List<Integer> partners = byOfficer.get(to);
        int u = random.nextBoolean() || partners.isEmpty() ? -1 : partners.get(random.nextInt(partners.size()));
        double shift = u < 0 ? points[t] : points[t] - points[u];
        if (!(u < 0 ? fitsAfter(to, shift) : swappable(t, u))) {
            return null;
        }
        double balance = balanceChange(from, to, shift) + moveCostChange(t, from, to)
                + (u < 0 ? 0 : moveCostChange(u, to, from));
        return new RandomMove(t, to, u, overloadChange(from, to, shift), balance);
    }

    private void make(RandomMove move) {
        if (move.partner() < 0) {
            change(move.threat(), move.to());
        } else {
            swap(move.threat(), move.partner());
        }
    }

    /**
     * One random move the walk would consider, made whatever it does to the score, with the change the descent
     * worked out for it; null when the pick is not allowed. For tests that compare it with a full recomputation.
     */
    RandomMove makeRandomMove(Random random) {
        RandomMove move = threats.isEmpty() ? null : pickRandomMove(random);
        if (move != null) {
            make(move);
        }
        return move;
    }

    /** Takes {@code start} as the descent's current plan. */
    void load(Allocation start) {
        officers = model.officers();
        Map<String, Integer> index = new HashMap<>();
        int officerCount = officers.size();
        capacity = new double[officerCount];
        load = new double[officerCount];
        strict = !model.assessment().policy().allowOverload();
        moveCost = model.assessment().policy().moveCostPoints();
        byOfficer = new ArrayList<>();
        for (int i = 0; i < officerCount; i++) {
            index.put(officers.get(i).getId(), i);
            capacity[i] = officers.get(i).capacity();
            load[i] = officers.get(i).fixedLoad();
            byOfficer.add(new ArrayList<>());
        }
        threats = model.newPlan(start).getThreats();
        int threatCount = threats.size();
        points = new double[threatCount];
        assigned = new int[threatCount];
        original = new int[threatCount];
        eligible = new int[threatCount][];
        eligibleSet = new BitSet[threatCount];
        for (int t = 0; t < threatCount; t++) {
            PlannedThreat threat = threats.get(t);
            points[t] = threat.points();
            eligible[t] = threat.getEligibleOfficers().stream().mapToInt(o -> index.get(o.getId())).toArray();
            eligibleSet[t] = new BitSet(officerCount);
            for (int officer : eligible[t]) {
                eligibleSet[t].set(officer);
            }
            Integer originalIndex = threat.originalOfficerId() == null ? null : index.get(threat.originalOfficerId());
            original[t] = originalIndex == null ? -1 : originalIndex;
            PlannedOfficer current = threat.getOfficer();
            // Only eligible starting officers are kept; the greedy start never gives any other.
            assigned[t] = current != null && threat.isEligible(current) ? index.get(current.getId()) : -1;
            if (assigned[t] >= 0) {
                load[assigned[t]] += points[t];
                byOfficer.get(assigned[t]).add(t);
            }
        }
    }

    /** Best change, else best swap, threat by threat, until a whole pass finds nothing. */
    private void descend(long deadlineNanos) {
        boolean improved = true;
        while (improved && System.nanoTime() < deadlineNanos && !stopped.getAsBoolean()) {
            improved = false;
            for (int t = 0; t < threats.size(); t++) {
                int from = assigned[t];
                if (from < 0) {
                    continue;
                }
                int bestTarget = -1;
                double bestOverload = 0;
                double bestBalance = 0;
                for (int to : eligible[t]) {
                    if (to == from || !fitsAfter(to, points[t])) {
                        continue;
                    }
                    double overload = overloadChange(from, to, points[t]);
                    double balance = balanceChange(from, to, points[t]) + moveCostChange(t, from, to);
                    if (better(overload, balance, bestOverload, bestBalance)) {
                        bestTarget = to;
                        bestOverload = overload;
                        bestBalance = balance;
                    }
                }
                if (bestTarget >= 0) {
                    change(t, bestTarget);
                    improved = true;
                    continue;
                }
                int bestPartner = -1;
                for (int to : eligible[t]) {
                    if (to == from) {
                        continue;
                    }
                    for (int u : byOfficer.get(to)) {
                        if (!swappable(t, u)) {
                            continue;
                        }
                        double shift = points[t] - points[u];
                        double overload = overloadChange(from, to, shift);
                        double balance = balanceChange(from, to, shift) + moveCostChange(t, from, to)
                                + moveCostChange(u, to, from);
                        if (better(overload, balance, bestOverload, bestBalance)) {
                            bestPartner = u;
                            bestOverload = overload;
                            bestBalance = balance;
                        }
                    }
                }
                if (bestPartner >= 0) {
                    swap(t, bestPartner);
                    improved = true;
                }
            }
        }
    }

    /**
     * Late acceptance: a random change or swap is taken when it raises no overload and leaves balance plus move
     * cost no worse than it was {@value #LATE_ACCEPTANCE_SIZE} steps ago; the best plan seen is kept.
     */
    private void walk(long deadlineNanos) {
        int threatCount = threats.size();
        if (threatCount == 0) {
            return;
        }
        // A walk that has found nothing better for this many steps has converged: stopping then lets a small
        // force's plan come back in seconds instead of spending a quarter of the budget here.
        long unimprovedStepLimit = Math.max(MIN_UNIMPROVED_STEPS, UNIMPROVED_STEPS_PER_THREAT * threatCount);
        long lastImprovement = 0;
        Random random = new Random(0);
        double current = 0;
        double best = 0;
        int[] bestAssigned = assigned.clone();
        double[] history = new double[LATE_ACCEPTANCE_SIZE];
        long step = 0;
        while ((step & 1023) != 0 || (System.nanoTime() < deadlineNanos && !stopped.getAsBoolean()
                && step - lastImprovement < unimprovedStepLimit)) {
            RandomMove move = pickRandomMove(random);
            if (move != null && move.overload() <= CaseloadAssessment.EPSILON) {
                int slot = (int) (step % LATE_ACCEPTANCE_SIZE);
                if (move.balanceAndMoves() <= 0 || current + move.balanceAndMoves() <= history[slot]) {
                    make(move);
                    current += move.balanceAndMoves();
                    if (current < best - TINY) {
                        best = current;
                        lastImprovement = step;
                        System.arraycopy(assigned, 0, bestAssigned, 0, threatCount);
                    }
                }
                history[slot] = current;
            }
            step++;
        }
        restore(bestAssigned);
    }

    private void restore(int[] target) {
        for (List<Integer> list : byOfficer) {
            list.clear();
        }
        for (int i = 0; i < officers.size(); i++) {
            load[i] = officers.get(i).fixedLoad();
        }
        for (int t = 0; t < threats.size(); t++) {
            assigned[t] = target[t];
            if (assigned[t] >= 0) {
                load[assigned[t]] += points[t];
                byOfficer.get(assigned[t]).add(t);
            }
        }
    }

    private boolean swappable(int t, int u) {
        int from = assigned[t];
        int to = assigned[u];
        double shift = points[t] - points[u];
        return Math.abs(shift) > TINY && eligibleSet[u].get(from) && fitsAfter(to, shift) && fitsAfter(from, -shift);
    }

    private boolean fitsAfter(int officer, double added) {
        return !strict || added <= 0 || !CaseloadAssessment.exceeds(load[officer] + added, capacity[officer]);
    }

    private void change(int t, int to) {
        int from = assigned[t];
        load[from] -= points[t];
        load[to] += points[t];
        byOfficer.get(from).remove(Integer.valueOf(t));
        byOfficer.get(to).add(t);
        assigned[t] = to;
    }

    private void swap(int t, int u) {
        int from = assigned[t];
        int to = assigned[u];
        change(t, to);
        change(u, from);
    }

    private double overloadChange(int from, int to, double shift) {
        return Objective.overloadChange(load[from], capacity[from], load[to], capacity[to], shift);
    }

    private double balanceChange(int from, int to, double shift) {
        return Objective.balanceChange(load[from], capacity[from], load[to], capacity[to], shift);
    }

    private double moveCostChange(int t, int from, int to) {
        return moveCost * (moved(to, original[t]) - moved(from, original[t]));
    }

    private static boolean better(double overload, double balance, double bestOverload, double bestBalance) {
        if (overload < bestOverload - CaseloadAssessment.EPSILON) {
            return true;
        }
        return overload <= bestOverload + CaseloadAssessment.EPSILON && balance < bestBalance - TINY;
    }

    private static int moved(int officer, int original) {
        return original >= 0 && officer != original ? 1 : 0;
    }
}
