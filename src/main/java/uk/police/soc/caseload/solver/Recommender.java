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

    private final CaseloadAssessment assessment;

    public Recommender(CaseloadAssessment assessment) {
        this.assessment = assessment;
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
