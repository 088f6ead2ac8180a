package uk.police.soc.caseload.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.EligibilityRule;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Objective;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Threat;

/**
 * Who could lead one threat, best first, and what giving it to each would do to the plan. Deltas are worked out
 * from the two officers' loads alone (the threat leaves one and joins the other), so a ranking over a
 * national caseload takes milliseconds and never re-solves.
 */
public final class Recommender {

    /**
     * One eligible officer and the change in the plan if the threat went to them. The deltas are in the policy's
     * units: overload points, and the level-4 sum (balance plus moveCostPoints per move).
     */
    public record Candidate(Officer officer, boolean current, double capacity, double loadPercentBefore,
            double loadPercentAfter, double currentOfficerLoadPercentAfter, int hardViolationsChange, double overloadChange,
            double balanceChange, int movesChange, double costChange) {
    }

    public record Ineligible(Officer officer, EnumSet<EligibilityRule> unmetRules) {
    }

    public record Recommendation(Threat threat, double points, String currentOfficerId,
            double currentOfficerLoadPercent, List<Candidate> candidates, List<Ineligible> ineligible) {
    }

    /**
     * One threat that could move to the officer asked about, and what the move does (scenarios.md, "The other
     * way round"). Changes are in the policy's units, lower is better, except {@code qualityChange}: how much the
     * level-4 sum (balance plus moveCostPoints per move) falls, so higher is better.
     *
     * @param fromOfficerId its current officer; null when it has none (then the from-percents are 0)
     */
    public record ThreatMove(Threat threat, double points, String fromOfficerId, double fromLoadPercentBefore,
            double fromLoadPercentAfter, double toLoadPercentBefore, double toLoadPercentAfter,
            int hardViolationsChange, double unallocatedWeightChange, double overloadChange, double balanceChange,
            int movesChange, double qualityChange) {
    }

    /** The officer asked about, their load now, and the threats best moved to them, best first. */
    public record OfficerRecommendation(Officer officer, double capacity, double loadPercent, List<ThreatMove> moves) {
    }

    private final CaseloadAssessment assessment;

    public Recommender(CaseloadAssessment assessment) {
        this.assessment = assessment;
    }

    /**
     * Every threat that could move to {@code officerId} breaking no rule (active, unpinned, the officer eligible,
     * and with {@code allowOverload} false room for it), ranked as the policy orders plans: hard violations
     * ended, then unallocated weight, overload, then the level-4 sum; ties by threat id.
     */
    public OfficerRecommendation forOfficer(String officerId) {
        Officer officer = assessment.caseload().officer(officerId)
                .orElseThrow(() -> new InvalidInputException("--officer", "no officer \"" + officerId + "\" on the caseload"));
        Map<String, Double> loads = assessment.loads();
        double capacity = assessment.capacity(officerId);
        double load = loads.get(officerId);
        boolean strict = !assessment.policy().allowOverload();
        List<ThreatMove> moves = new ArrayList<>();
        for (Threat threat : assessment.caseload().threats()) {
            String fromId = threat.officerId();
            if (!threat.isActive() || threat.pinned() || officerId.equals(fromId) || !assessment.isEligible(officer, threat)) {
                continue;
            }
            double points = assessment.points(threat);
            if (strict && CaseloadAssessment.exceeds(load + points, capacity)) {
                continue;
            }
            double fromLoad = fromId == null ? 0 : loads.getOrDefault(fromId, 0.0);
            double fromCapacity = fromId == null ? 0 : assessment.capacity(fromId);
            Objective.Change delta = fromId == null ? Objective.joining(load, capacity, points)
                    : Objective.moving(fromLoad, fromCapacity, load, capacity, points);
            int hardViolationsChange = fromId != null && !assessment.isEligible(fromId, threat) ? -1 : 0;
            double unallocatedChange = fromId == null ? -assessment.unallocatedWeight(threat) : 0;
            int movesChange = fromId == null ? 0 : 1;
            moves.add(new ThreatMove(threat, points, fromId,
                    fromId == null ? 0 : CaseloadAssessment.loadPercent(fromLoad, fromCapacity),
                    fromId == null ? 0 : CaseloadAssessment.loadPercent(fromLoad - points, fromCapacity),
                    CaseloadAssessment.loadPercent(load, capacity), CaseloadAssessment.loadPercent(load + points, capacity),
                    hardViolationsChange, unallocatedChange, delta.overload(), delta.balance(), movesChange,
                    -(delta.balance() + Objective.moveCost(assessment.policy(), movesChange))));
        }
        moves.sort(Comparator.comparingInt(ThreatMove::hardViolationsChange)
                .thenComparingDouble((ThreatMove m) -> roundToTolerance(m.unallocatedWeightChange()))
                .thenComparingDouble((ThreatMove m) -> roundToTolerance(m.overloadChange()))
                .thenComparing(Comparator.comparingDouble(ThreatMove::qualityChange).reversed())
                .thenComparing(m -> m.threat().id()));
        return new OfficerRecommendation(officer, capacity, CaseloadAssessment.loadPercent(load, capacity), moves);
    }

    /** Every eligible officer ranked (the current one included, with no change), and every ineligible one. */
    public Recommendation recommend(String threatId) {
        Threat threat = assessment.caseload().threat(threatId)
                .orElseThrow(() -> new InvalidInputException("arguments", "unknown threat \"" + threatId + "\""));
        Map<String, Double> loads = assessment.loads();
        double points = threat.isActive() ? assessment.points(threat) : 0;
        String currentId = threat.officerId();
        List<Candidate> candidates = new ArrayList<>();
        List<Ineligible> ineligible = new ArrayList<>();
        double currentCapacity = currentId == null ? 0 : assessment.capacity(currentId);
        double currentLoad = currentId == null ? 0 : loads.getOrDefault(currentId, 0.0);
        // Leaving an officer who may not lead it ends a hard violation (pinned threats are not the planner's).
        int hardViolationsChange = currentId != null && !threat.pinned() && !assessment.isEligible(currentId, threat) ? -1 : 0;
        for (Officer officer : assessment.caseload().officers()) {
            EnumSet<EligibilityRule> unmet = assessment.unmetRules(officer, threat);
            if (!unmet.isEmpty()) {
                ineligible.add(new Ineligible(officer, unmet));
                continue;
            }
            double capacity = assessment.capacity(officer.id());
            double load = loads.get(officer.id());
            boolean isCurrent = officer.id().equals(currentId);
            if (isCurrent) {
                double percent = CaseloadAssessment.loadPercent(load, capacity);
                candidates.add(new Candidate(officer, true, capacity, percent, percent, percent, 0, 0, 0, 0, 0));
                continue;
            }
            Objective.Change change = currentId == null ? Objective.joining(load, capacity, points)
                    : Objective.moving(currentLoad, currentCapacity, load, capacity, points);
            double currentAfterPercent = currentId == null ? 0
                    : CaseloadAssessment.loadPercent(currentLoad - points, currentCapacity);
            // The dataset's officer is the reference: moving away is a move, and so is every other officer.
            int movesChange = currentId != null && !threat.pinned() ? 1 : 0;
            candidates.add(new Candidate(officer, false, capacity, CaseloadAssessment.loadPercent(load, capacity),
                    CaseloadAssessment.loadPercent(load + points, capacity), currentAfterPercent, hardViolationsChange,
                    change.overload(), change.balance(), movesChange,
                    change.balance() + Objective.moveCost(assessment.policy(), movesChange)));
        }
        candidates.sort(Comparator.comparingInt(Candidate::hardViolationsChange)
                .thenComparingDouble((Candidate c) -> roundToTolerance(c.overloadChange()))
                .thenComparingDouble(Candidate::costChange)
                .thenComparing(c -> c.officer().id()));
        return new Recommendation(threat, points, currentId,
                currentId == null ? 0 : CaseloadAssessment.loadPercent(currentLoad, currentCapacity),
                candidates, ineligible);
    }

    private static double roundToTolerance(double value) {
        return Math.abs(value) <= CaseloadAssessment.EPSILON ? 0 : value;
    }
}
