package uk.police.soc.caseload.solver;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.police.soc.caseload.domain.CaseloadAssessment;

/**
 * The second half of the construction heuristic: steepest descent from a greedy start with the same change
 * and swap moves as the local search, scored by the policy's levels, in plain arrays. It reaches a local
 * optimum in well under a second even at national size, where the solver's generic machinery would need
 * minutes to climb out of the greedy's overload; OptaPlanner's local search then escapes that optimum.
 *
 * <p>It never makes a hard violation, never leaves a placed threat unallocated, and with {@code allowOverload}
 * false never places a threat beyond an officer's capacity.
 */
public final class DescentImprover {

    private static final double TINY = 1e-9;

    private final AllocationModel model;

    public DescentImprover(AllocationModel model) {
        this.model = model;
    }

    /** {@code start} improved until no single change or swap helps, or the deadline (System.nanoTime) passes. */
    public Map<String, String> improve(Map<String, String> start, long deadlineNanos) {
        List<PlannedOfficer> officers = model.officers();
        Map<String, Integer> index = new HashMap<>();
        int officerCount = officers.size();
        double[] capacity = new double[officerCount];
        double[] load = new double[officerCount];
        boolean strict = !model.assessment().policy().allowOverload();
        for (int i = 0; i < officerCount; i++) {
            index.put(officers.get(i).getId(), i);
            capacity[i] = officers.get(i).capacity();
            load[i] = officers.get(i).fixedLoad();
        }
        List<PlannedThreat> threats = model.newPlan(start).getThreats();
        int threatCount = threats.size();
        double[] points = new double[threatCount];
        int[] assigned = new int[threatCount];
        int[] original = new int[threatCount];
        int[][] eligible = new int[threatCount][];
        BitSet[] eligibleSet = new BitSet[threatCount];
        List<List<Integer>> byOfficer = new ArrayList<>();
        for (int i = 0; i < officerCount; i++) {
            byOfficer.add(new ArrayList<>());
        }
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
        double moveCost = model.assessment().policy().moveCostPoints();
        boolean improved = true;
        while (improved && System.nanoTime() < deadlineNanos) {
            improved = false;
            for (int t = 0; t < threatCount; t++) {
                int from = assigned[t];
                if (from < 0) {
                    continue;
                }
                // Best change move for t.
                int bestTarget = -1;
                double bestOverload = 0;
                double bestBalance = 0;
                for (int to : eligible[t]) {
                    if (to == from || (strict && !fits(load[to] + points[t], capacity[to]))) {
                        continue;
                    }
                    double overload = overload(load[from] - points[t], capacity[from]) - overload(load[from], capacity[from])
                            + overload(load[to] + points[t], capacity[to]) - overload(load[to], capacity[to]);
                    double balance = balance(load[from] - points[t], capacity[from]) - balance(load[from], capacity[from])
                            + balance(load[to] + points[t], capacity[to]) - balance(load[to], capacity[to])
                            + moveCost * (moved(to, original[t]) - moved(from, original[t]));
                    if (better(overload, balance, bestOverload, bestBalance)) {
                        bestTarget = to;
                        bestOverload = overload;
                        bestBalance = balance;
                    }
                }
                if (bestTarget >= 0) {
                    load[from] -= points[t];
                    load[bestTarget] += points[t];
                    byOfficer.get(from).remove(Integer.valueOf(t));
                    byOfficer.get(bestTarget).add(t);
                    assigned[t] = bestTarget;
                    improved = true;
                    continue;
                }
                // Best swap of t with a threat u of another officer who could take t, when t's officer could take u.
                int bestPartner = -1;
                for (int to : eligible[t]) {
                    if (to == from) {
                        continue;
                    }
                    for (int u : byOfficer.get(to)) {
                        double shift = points[t] - points[u];
                        if (Math.abs(shift) < TINY || !eligibleSet[u].get(from)) {
                            continue;
                        }
                        if (strict && (!fits(load[to] + shift, capacity[to]) || !fits(load[from] - shift, capacity[from]))) {
                            continue;
                        }
                        double overload = overload(load[from] - shift, capacity[from]) - overload(load[from], capacity[from])
                                + overload(load[to] + shift, capacity[to]) - overload(load[to], capacity[to]);
                        double balance = balance(load[from] - shift, capacity[from]) - balance(load[from], capacity[from])
                                + balance(load[to] + shift, capacity[to]) - balance(load[to], capacity[to])
                                + moveCost * (moved(to, original[t]) - moved(from, original[t])
                                        + moved(from, original[u]) - moved(to, original[u]));
                        if (better(overload, balance, bestOverload, bestBalance)) {
                            bestPartner = u;
                            bestOverload = overload;
                            bestBalance = balance;
                        }
                    }
                }
                if (bestPartner >= 0) {
                    int to = assigned[bestPartner];
                    double shift = points[t] - points[bestPartner];
                    load[from] -= shift;
                    load[to] += shift;
                    byOfficer.get(from).remove(Integer.valueOf(t));
                    byOfficer.get(to).remove(Integer.valueOf(bestPartner));
                    byOfficer.get(to).add(t);
                    byOfficer.get(from).add(bestPartner);
                    assigned[t] = to;
                    assigned[bestPartner] = from;
                    improved = true;
                }
            }
        }
        Map<String, String> result = new java.util.LinkedHashMap<>(start);
        for (int t = 0; t < threatCount; t++) {
            if (assigned[t] >= 0) {
                result.put(threats.get(t).getId(), officers.get(assigned[t]).getId());
            }
        }
        return result;
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

    private static boolean fits(double load, double capacity) {
        return !CaseloadAssessment.exceeds(load, capacity);
    }

    private static double overload(double load, double capacity) {
        return CaseloadAssessment.exceeds(load, capacity) ? load - capacity : 0;
    }

    private static double balance(double load, double capacity) {
        return capacity > 0 ? 100 * (load / capacity) * (load / capacity) : 0;
    }
}
