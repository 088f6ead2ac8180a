package uk.police.soc.caseload.solver;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A lower bound on the balance term Σ 100 × (load / capacity)² that no allocation can beat: the optimum of the
 * fractional relaxation, where each movable threat's points may be split among its eligible officers.
 *
 * <p>The relaxation is a convex separable flow problem. Block coordinate descent water-fills one threat at a
 * time (its points go to the officers with the lowest marginal cost until their marginal costs meet), which
 * gives a good fractional plan; the bound itself is the Lagrangian dual value at prices read off that plan
 * (each threat priced at its cheapest eligible marginal cost), which is a true lower bound whether or not
 * the descent has fully converged. {@link Result#gap()} says how tight it is.
 */
public final class BalanceLowerBound {

    /** The dual bound and the value of the fractional plan it was read from (bound ≤ optimum ≤ fractional). */
    public record Result(double bound, double fractional, int sweeps) {
        /** Relative distance between the fractional plan and the bound. */
        public double gap() {
            return fractional == 0 ? 0 : (fractional - bound) / fractional;
        }
    }

    private final AllocationModel model;

    public BalanceLowerBound(AllocationModel model) {
        this.model = model;
    }

    public Result compute(int maxSweeps, double targetGap) {
        List<PlannedOfficer> officers = model.officers();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < officers.size(); i++) {
            index.put(officers.get(i).getId(), i);
        }
        int officerCount = officers.size();
        double[] weight = new double[officerCount];
        double[] load = new double[officerCount];
        for (int i = 0; i < officerCount; i++) {
            double capacity = officers.get(i).capacity();
            weight[i] = capacity > 0 ? 100 / (capacity * capacity) : 0;
            load[i] = officers.get(i).fixedLoad();
        }
        double[] fixedLoad = load.clone();
        List<PlannedThreat> threats = model.newPlan(Map.of()).getThreats();
        int threatCount = threats.size();
        double[] points = new double[threatCount];
        int[][] eligible = new int[threatCount][];
        double[][] share = new double[threatCount][];
        for (int t = 0; t < threatCount; t++) {
            PlannedThreat threat = threats.get(t);
            points[t] = threat.points();
            eligible[t] = threat.getEligibleOfficers().stream().mapToInt(o -> index.get(o.getId())).toArray();
            share[t] = new double[eligible[t].length];
            // Start evenly spread: already far better balanced than any integral plan.
            for (int k = 0; k < eligible[t].length; k++) {
                share[t][k] = points[t] / eligible[t].length;
                load[eligible[t][k]] += share[t][k];
            }
        }
        Result best = evaluate(weight, fixedLoad, load, points, eligible, 0);
        int sweeps = 0;
        while (sweeps < maxSweeps && best.gap() > targetGap) {
            for (int t = 0; t < threatCount; t++) {
                waterFill(weight, load, points[t], eligible[t], share[t]);
            }
            sweeps++;
            Result current = evaluate(weight, fixedLoad, load, points, eligible, sweeps);
            best = current.bound() > best.bound() ? current : new Result(best.bound(), current.fractional(), sweeps);
        }
        return best;
    }

    /** Re-spreads one threat's points over its officers so that their marginal costs 2·w·load meet. */
    private static void waterFill(double[] weight, double[] load, double points, int[] officers, double[] share) {
        int n = officers.length;
        double[] base = new double[n];
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            load[officers[k]] -= share[k];
            base[k] = load[officers[k]];
            order[k] = k;
        }
        // Marginal cost of officer k at zero share: 2·w·base. Fill the cheapest first until levels meet.
        Arrays.sort(order, (a, b) -> Double.compare(weight[officers[a]] * base[a], weight[officers[b]] * base[b]));
        double sumInverse = 0;
        double sumBase = 0;
        double level = 0;
        int used = 0;
        for (int i = 0; i < n; i++) {
            int k = order[i];
            double w = weight[officers[k]];
            sumInverse += 1 / (2 * w);
            sumBase += base[k];
            used = i + 1;
            level = (points + sumBase) / sumInverse;
            if (i + 1 < n) {
                int next = order[i + 1];
                if (level <= 2 * weight[officers[next]] * base[next]) {
                    break;
                }
            }
        }
        for (int k = 0; k < n; k++) {
            share[k] = 0;
        }
        for (int i = 0; i < used; i++) {
            int k = order[i];
            share[k] = Math.max(0, level / (2 * weight[officers[k]]) - base[k]);
        }
        for (int k = 0; k < n; k++) {
            load[officers[k]] += share[k];
        }
    }

    private static Result evaluate(double[] weight, double[] fixedLoad, double[] load, double[] points,
            int[][] eligible, int sweeps) {
        double fractional = 0;
        for (int i = 0; i < load.length; i++) {
            fractional += weight[i] * load[i] * load[i];
        }
        // Dual prices: each point of threat t is worth its cheapest eligible marginal cost.
        double[] price = new double[load.length];
        double priceSum = 0;
        for (int t = 0; t < points.length; t++) {
            double cheapest = Double.POSITIVE_INFINITY;
            for (int officer : eligible[t]) {
                cheapest = Math.min(cheapest, 2 * weight[officer] * load[officer]);
            }
            priceSum += points[t] * cheapest;
            for (int officer : eligible[t]) {
                price[officer] = Math.max(price[officer], cheapest);
            }
        }
        // Each officer's best response to the prices, with their fixed load as the floor.
        double dual = priceSum;
        for (int i = 0; i < load.length; i++) {
            if (weight[i] == 0) {
                continue;
            }
            double fixed = fixedLoad[i];
            double unit = price[i];
            if (unit <= 2 * weight[i] * fixed) {
                dual += weight[i] * fixed * fixed;
            } else {
                dual += unit * fixed - unit * unit / (4 * weight[i]);
            }
        }
        return new Result(dual, fractional, sweeps);
    }

}
