package uk.police.soc.caseload.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import uk.police.soc.caseload.domain.CaseloadAssessment;

/**
 * What a manager does by hand (allocation.md, "Greedy baseline"), and the solver's starting point.
 *
 * <p>{@link #baseline()} is the policy's yardstick exactly: every movable threat, by priority, then points
 * (largest first), then id, goes to the eligible officer whose load % after taking it is lowest (ties: smallest
 * officer id); with {@code allowOverload} false, a threat that would push that officer over capacity stays
 * unallocated. {@link #repair()} is the construction heuristic: it keeps each threat with its current officer
 * where that officer is eligible (and has room, when overload is not allowed), so a re-plan starts with no
 * moves, and places only the rest greedily, looking further down the list for an officer with room.
 */
public final class GreedyAllocator {

    private final AllocationModel model;

    public GreedyAllocator(AllocationModel model) {
        this.model = model;
    }

    /** The greedy baseline allocation of every threat (threat id to officer id or null). */
    public Map<String, String> baseline() {
        return allocate(false);
    }

    /** The solver's starting allocation: current officers kept where allowed, the rest placed greedily. */
    public Map<String, String> repair() {
        return allocate(true);
    }

    private Map<String, String> allocate(boolean keepCurrent) {
        boolean strict = !model.assessment().policy().allowOverload();
        Map<String, Double> loads = new HashMap<>();
        model.officers().forEach(o -> loads.put(o.getId(), o.fixedLoad()));
        List<PlannedThreat> order = new ArrayList<>(model.newPlan(Map.of()).getThreats());
        order.sort(AllocationModel.GREEDY_ORDER);

        Map<String, String> allocation = model.reference();
        List<PlannedThreat> toPlace = new ArrayList<>();
        for (PlannedThreat threat : order) {
            PlannedOfficer current = threat.originalOfficerId() == null ? null : model.officer(threat.originalOfficerId());
            boolean keep = keepCurrent && current != null && threat.isEligible(current)
                    && (!strict || fits(loads, current, threat.points()));
            if (keep) {
                loads.merge(current.getId(), threat.points(), Double::sum);
            } else {
                toPlace.add(threat);
            }
        }
        for (PlannedThreat threat : toPlace) {
            List<PlannedOfficer> candidates = threat.getEligibleOfficers();
            if (keepCurrent && strict) {
                // The repair looks further down the list for someone with room; the baseline does not.
                candidates = candidates.stream().filter(c -> fits(loads, c, threat.points())).toList();
            }
            PlannedOfficer best = place(candidates, threat.points(), c -> loads.get(c.getId()),
                    PlannedOfficer::capacity, PlannedOfficer::getId, strict);
            allocation.put(threat.getId(), best == null ? null : best.getId());
            if (best != null) {
                loads.merge(best.getId(), threat.points(), Double::sum);
            }
        }
        return allocation;
    }

    /**
     * The greedy rule for one threat, the one definition the baseline, the repair and the resilience questions
     * share: the candidate whose load % after taking {@code points} is lowest, values within ε of the lowest
     * tying, ties to the smallest id (as {@link String#compareTo}); with {@code strict} (allowOverload false),
     * none when that officer would go above capacity (with ε).
     *
     * @return the chosen candidate, or null when there is none or it has no room
     */
    public static <O> O place(Collection<O> candidates, double points, ToDoubleFunction<O> load,
            ToDoubleFunction<O> capacity, Function<O, String> id, boolean strict) {
        double lowest = Double.POSITIVE_INFINITY;
        for (O candidate : candidates) {
            lowest = Math.min(lowest, CaseloadAssessment.loadPercent(load.applyAsDouble(candidate) + points,
                    capacity.applyAsDouble(candidate)));
        }
        O best = null;
        for (O candidate : candidates) {
            double percent = CaseloadAssessment.loadPercent(load.applyAsDouble(candidate) + points,
                    capacity.applyAsDouble(candidate));
            boolean tying = percent == lowest || percent <= lowest + CaseloadAssessment.EPSILON;
            if (tying && (best == null || id.apply(candidate).compareTo(id.apply(best)) < 0)) {
                best = candidate;
            }
        }
        if (best != null && strict && CaseloadAssessment.exceeds(load.applyAsDouble(best) + points,
                capacity.applyAsDouble(best))) {
            return null;
        }
        return best;
    }

    /** The order the greedy rule takes threats in: priority 1 first, then larger points, then id. */
    public static <T> Comparator<T> order(ToIntFunction<T> priority, ToDoubleFunction<T> points, Function<T, String> id) {
        return Comparator.comparingInt(priority)
                .thenComparing(Comparator.comparingDouble(points).reversed())
                .thenComparing(id);
    }

    private static boolean fits(Map<String, Double> loads, PlannedOfficer officer, double points) {
        return !CaseloadAssessment.exceeds(loads.get(officer.getId()) + points, officer.capacity());
    }
}
