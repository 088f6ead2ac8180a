package uk.police.soc.caseload.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            PlannedOfficer best = null;
            double bestPercent = Double.POSITIVE_INFINITY;
            for (PlannedOfficer candidate : threat.getEligibleOfficers()) {
                if (keepCurrent && strict && !fits(loads, candidate, threat.points())) {
                    continue;
                }
                double percent = CaseloadAssessment.loadPercent(loads.get(candidate.getId()) + threat.points(),
                        candidate.capacity());
                if (best == null || percent < bestPercent
                        || (percent == bestPercent && candidate.getId().compareTo(best.getId()) < 0)) {
                    best = candidate;
                    bestPercent = percent;
                }
            }
            if (best != null && strict && !fits(loads, best, threat.points())) {
                best = null;
            }
            allocation.put(threat.getId(), best == null ? null : best.getId());
            if (best != null) {
                loads.merge(best.getId(), threat.points(), Double::sum);
            }
        }
        return allocation;
    }

    private static boolean fits(Map<String, Double> loads, PlannedOfficer officer, double points) {
        return !CaseloadAssessment.exceeds(loads.get(officer.getId()) + points, officer.capacity());
    }
}
