package uk.police.soc.caseload.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How a manager places threats by hand (allocation.md, "Greedy baseline"; scenarios.md, "If officer X is
 * unavailable"): one by one, priority 1 first, then larger points, then id, each to the eligible officer whose
 * load % after taking it is lowest (values within ε of the lowest tie; ties to the smallest officer id). With
 * {@code allowOverload} false, a threat that would push that officer over capacity stays unallocated.
 *
 * <p>This is the one definition of that rule: the greedy baseline, the solver's starting plan and the
 * what-if questions all place threats through it.
 */
public final class GreedyPlacement {

    /** What to do, with {@code allowOverload} false, when the best officer has no room. */
    public enum WhenFull {
        /** The policy's baseline: the threat stays unallocated. */
        LEAVE_UNALLOCATED,
        /** The solver's starting plan: try the next best officer with room, so fewer threats stay unallocated. */
        TRY_NEXT_OFFICER
    }

    private final CaseloadAssessment assessment;

    public GreedyPlacement(CaseloadAssessment assessment) {
        this.assessment = assessment;
    }

    /** The order in which threats are placed: priority 1 first, then larger points, then id. */
    public Comparator<Threat> order() {
        return Comparator.comparingInt(Threat::priority)
                .thenComparing(Comparator.comparingDouble(assessment::points).reversed())
                .thenComparing(Threat::id);
    }

    /**
     * {@code start} with each of {@code threats} taken off its officer and placed again by the rule, on the loads
     * of everything else in {@code start}; a threat no officer is eligible for is left with no officer.
     */
    public Allocation place(Allocation start, Collection<Threat> threats) {
        return place(start, threats, assessment::eligibleOfficers, WhenFull.LEAVE_UNALLOCATED);
    }

    /**
     * As {@link #place(Allocation, Collection)}, with the officers eligible for each threat given (the solver
     * has them already) and the choice of what to do when the best officer is full.
     */
    public Allocation place(Allocation start, Collection<Threat> threats, Function<Threat, List<Officer>> eligible,
            WhenFull whenFull) {
        Allocation.Builder result = start.toBuilder();
        threats.forEach(t -> result.assign(t.id(), null));
        Map<String, Double> loads = assessment.loads(result.build());
        List<Threat> ordered = new ArrayList<>(threats);
        ordered.sort(order());
        for (Threat threat : ordered) {
            Officer best = choose(threat, eligible.apply(threat), loads, whenFull);
            if (best != null) {
                result.assign(threat.id(), best.id());
                loads.merge(best.id(), assessment.points(threat), Double::sum);
            }
        }
        return result.build();
    }

    /**
     * The officer the rule gives one threat, among {@code candidates} (those eligible for it) with the loads
     * {@code loads} (officer id to points); null when there is none, or with {@code allowOverload} false when the
     * best has no room ({@link WhenFull#LEAVE_UNALLOCATED}). For callers that place threats one at a time on
     * loads of their own, as the resilience questions do for each officer's absence; the caller adds the points.
     */
    public Officer choose(Threat threat, List<Officer> candidates, Map<String, Double> loads, WhenFull whenFull) {
        boolean strict = !assessment.policy().allowOverload();
        double points = assessment.points(threat);
        if (strict && whenFull == WhenFull.TRY_NEXT_OFFICER) {
            candidates = candidates.stream().filter(o -> fits(loads, o, points)).toList();
        }
        Officer best = lowestLoadPercentAfter(candidates, loads, points);
        if (best != null && strict && !fits(loads, best, points)) {
            return null;
        }
        return best;
    }

    /** The officer whose load % after taking {@code points} is lowest, within ε; ties to the smallest id. */
    private Officer lowestLoadPercentAfter(List<Officer> candidates, Map<String, Double> loads, double points) {
        double lowest = Double.POSITIVE_INFINITY;
        for (Officer candidate : candidates) {
            lowest = Math.min(lowest, percentAfter(loads, candidate, points));
        }
        Officer best = null;
        for (Officer candidate : candidates) {
            boolean tied = !CaseloadAssessment.exceeds(percentAfter(loads, candidate, points), lowest);
            if (tied && (best == null || candidate.id().compareTo(best.id()) < 0)) {
                best = candidate;
            }
        }
        return best;
    }

    private double percentAfter(Map<String, Double> loads, Officer officer, double points) {
        return CaseloadAssessment.loadPercent(loads.get(officer.id()) + points, assessment.capacity(officer.id()));
    }

    private boolean fits(Map<String, Double> loads, Officer officer, double points) {
        return !CaseloadAssessment.exceeds(loads.get(officer.id()) + points, assessment.capacity(officer.id()));
    }
}
