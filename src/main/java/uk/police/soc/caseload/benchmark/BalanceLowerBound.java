package uk.police.soc.caseload.benchmark;

import uk.police.soc.caseload.solver.AllocationModel;
import uk.police.soc.caseload.solver.PlannedOfficer;
import uk.police.soc.caseload.solver.PlannedThreat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.police.soc.caseload.domain.Allocation;
import uk.police.soc.caseload.domain.CaseloadAssessment;

/**
 * Lower bounds on the balance term Σ 100 × (load / capacity)² that no allocation can beat: optima of the
 * fractional relaxation, where each movable threat's points may be split among its eligible officers.
 *
 * <p>The relaxation is a convex separable flow problem. Block coordinate descent water-fills one threat at a
 * time (its points go to the officers with the lowest marginal cost 2·w·load until those costs meet), which
 * gives a good fractional plan; the bound itself is the Lagrangian dual value at prices read off that plan
 * (each threat priced at its cheapest marginal cost), a true lower bound whether or not the descent has
 * converged. {@link Result#gap()} says how tight it is.
 *
 * <p>The policy minimises overload before balance, and the balance optimum alone would often put large
 * officers above capacity. {@link #atLeastOverload} therefore also bounds balance over the plans whose
 * overload is the least possible, Σ max(0, fixed load − capacity): in them no officer goes above
 * max(capacity, fixed load), so the relaxation gets those caps too. It applies to a plan that reaches that
 * overload.
 */
public final class BalanceLowerBound {

    /** The dual bound and the value of the fractional plan it was read from (bound ≤ optimum ≤ fractional). */
    public record Result(double bound, double fractional, int sweeps) {
        /** Relative distance between the fractional plan and the bound. */
        public double gap() {
            return fractional == 0 ? 0 : (fractional - bound) / fractional;
        }
    }

    private static final int BISECTION_STEPS = 60;

    private final AllocationModel model;
    private final List<PlannedOfficer> officers;
    private final List<PlannedThreat> threats;
    private final double[] weight;
    private final double[] fixedLoad;
    private final double[] points;
    private final int[][] eligible;
    private final Map<String, Integer> index = new HashMap<>();

    public BalanceLowerBound(AllocationModel model) {
        this.model = model;
        this.officers = model.officers();
        this.threats = model.newPlan(model.reference()).getThreats();
        int officerCount = officers.size();
        weight = new double[officerCount];
        fixedLoad = new double[officerCount];
        for (int i = 0; i < officerCount; i++) {
            index.put(officers.get(i).getId(), i);
            double capacity = officers.get(i).capacity();
            weight[i] = capacity > 0 ? 100 / (capacity * capacity) : 0;
            fixedLoad[i] = officers.get(i).fixedLoad();
        }
        points = new double[threats.size()];
        eligible = new int[threats.size()][];
        for (int t = 0; t < threats.size(); t++) {
            points[t] = threats.get(t).points();
            eligible[t] = threats.get(t).getEligibleOfficers().stream().mapToInt(o -> index.get(o.getId())).toArray();
        }
    }

    /** A bound on the balance of every plan, from an even split of every threat. */
    public Result compute(int maxSweeps, double targetGap) {
        double[] ceiling = new double[officers.size()];
        java.util.Arrays.fill(ceiling, Double.POSITIVE_INFINITY);
        double[][] share = new double[threats.size()][];
        for (int t = 0; t < threats.size(); t++) {
            share[t] = new double[eligible[t].length];
            java.util.Arrays.fill(share[t], points[t] / eligible[t].length);
        }
        return descend(share, ceiling, maxSweeps, targetGap);
    }

    /**
     * A bound on the balance of the plans with the least possible overload, starting from {@code plan}, which must
     * be one of them (threat id to officer id); empty when it is not.
     */
    public java.util.Optional<Result> atLeastOverload(Allocation plan, int maxSweeps, double targetGap) {
        double[] ceiling = new double[officers.size()];
        for (int i = 0; i < officers.size(); i++) {
            ceiling[i] = Math.max(officers.get(i).capacity(), fixedLoad[i]);
        }
        double[][] share = new double[threats.size()][];
        double[] load = fixedLoad.clone();
        for (int t = 0; t < threats.size(); t++) {
            share[t] = new double[eligible[t].length];
            String officerId = plan.leadOf(threats.get(t).getId());
            for (int k = 0; k < eligible[t].length; k++) {
                if (officers.get(eligible[t][k]).getId().equals(officerId)) {
                    share[t][k] = points[t];
                    load[eligible[t][k]] += points[t];
                }
            }
        }
        for (int i = 0; i < load.length; i++) {
            if (CaseloadAssessment.exceeds(load[i], ceiling[i])) {
                return java.util.Optional.empty();
            }
            ceiling[i] = Math.max(ceiling[i], load[i]);
        }
        return java.util.Optional.of(descend(share, ceiling, maxSweeps, targetGap));
    }

    private Result descend(double[][] share, double[] ceiling, int maxSweeps, double targetGap) {
        double[] load = fixedLoad.clone();
        for (int t = 0; t < threats.size(); t++) {
            for (int k = 0; k < eligible[t].length; k++) {
                load[eligible[t][k]] += share[t][k];
            }
        }
        Result best = evaluate(load, ceiling, 0);
        int sweeps = 0;
        while (sweeps < maxSweeps && best.gap() > targetGap) {
            for (int t = 0; t < threats.size(); t++) {
                waterFill(load, ceiling, points[t], eligible[t], share[t]);
            }
            sweeps++;
            Result current = evaluate(load, ceiling, sweeps);
            best = current.bound() > best.bound() ? current : new Result(best.bound(), current.fractional(), sweeps);
        }
        return best;
    }

    /**
     * Re-spreads one threat's points over its officers so that their marginal costs 2·w·load meet at one level
     * (officers at their ceiling stop below it), found by bisection on the level.
     */
    private void waterFill(double[] load, double[] ceiling, double threatPoints, int[] officerIds, double[] share) {
        int n = officerIds.length;
        double[] base = new double[n];
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (int k = 0; k < n; k++) {
            int o = officerIds[k];
            load[o] -= share[k];
            base[k] = load[o];
            low = Math.min(low, 2 * weight[o] * base[k]);
            high = Math.max(high, 2 * weight[o] * (base[k] + threatPoints));
        }
        for (int step = 0; step < BISECTION_STEPS; step++) {
            double level = (low + high) / 2;
            if (filled(level, base, ceiling, officerIds) < threatPoints) {
                low = level;
            } else {
                high = level;
            }
        }
        double total = 0;
        for (int k = 0; k < n; k++) {
            share[k] = shareAt(high, base[k], ceiling[officerIds[k]], officerIds[k]);
            total += share[k];
        }
        // Bisection leaves a sliver over or under; scale so the threat is exactly shared out.
        double scale = total > 0 ? threatPoints / total : 0;
        for (int k = 0; k < n; k++) {
            share[k] *= scale;
            load[officerIds[k]] += share[k];
        }
    }

    private double filled(double level, double[] base, double[] ceiling, int[] officerIds) {
        double sum = 0;
        for (int k = 0; k < officerIds.length; k++) {
            sum += shareAt(level, base[k], ceiling[officerIds[k]], officerIds[k]);
        }
        return sum;
    }

    private double shareAt(double level, double base, double ceiling, int officer) {
        double wanted = level / (2 * weight[officer]) - base;
        return Math.max(0, Math.min(wanted, ceiling - base));
    }

    private Result evaluate(double[] load, double[] ceiling, int sweeps) {
        double fractional = 0;
        for (int i = 0; i < load.length; i++) {
            fractional += weight[i] * load[i] * load[i];
        }
        // Dual prices: each point of threat t is worth the cheapest marginal cost among its officers with room.
        double[] price = new double[load.length];
        double priceSum = 0;
        for (int t = 0; t < points.length; t++) {
            double cheapest = Double.POSITIVE_INFINITY;
            double dearest = 0;
            for (int officer : eligible[t]) {
                double marginal = 2 * weight[officer] * load[officer];
                dearest = Math.max(dearest, marginal);
                if (load[officer] < ceiling[officer] - 1e-9) {
                    cheapest = Math.min(cheapest, marginal);
                }
            }
            double unit = Double.isInfinite(cheapest) ? dearest : cheapest;
            priceSum += points[t] * unit;
            for (int officer : eligible[t]) {
                price[officer] = Math.max(price[officer], unit);
            }
        }
        // Each officer's best response to the prices: extra load y in [0, ceiling − fixed] minimising w(F+y)² − u·y.
        double dual = priceSum;
        for (int i = 0; i < load.length; i++) {
            if (weight[i] == 0) {
                continue;
            }
            double fixed = fixedLoad[i];
            double room = Math.max(0, ceiling[i] - fixed);
            double extra = Math.max(0, Math.min(room, price[i] / (2 * weight[i]) - fixed));
            dual += weight[i] * (fixed + extra) * (fixed + extra) - price[i] * extra;
        }
        return new Result(dual, fractional, sweeps);
    }

    /** The model the bound was computed for. */
    public AllocationModel model() {
        return model;
    }
}
