package uk.police.soc.caseload.solver;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.EligibilityRule;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Threat;

/** Why a threat is where it is, as facts: the situation, the rules, the officers and the load behind it. */
public final class ThreatExplainer {

    public enum Situation {
        /** With an officer who meets every rule. */
        ALLOCATED,
        /** Unpinned, with an officer who fails a rule although someone else could lead it: a hard violation. */
        HARD_VIOLATION,
        /** Pinned to an officer who fails a rule: reported, but the planner may not move it. */
        PINNED_INELIGIBLE,
        /** Coverable, but with no officer. */
        UNALLOCATED,
        /** No officer meets every rule; it keeps whatever officer it had. */
        UNCOVERABLE,
        /** Archived: never planned and never counted as load. */
        ARCHIVED
    }

    /** One threat on an officer's list. */
    public record LoadItem(String threatId, double points, boolean pinned) {
    }

    /** An officer's load, threat by threat. */
    public record LoadBreakdown(Officer officer, double capacity, double load, double loadPercent,
            List<LoadItem> threats) {
    }

    /**
     * The facts about one threat's place in the plan; {@code presentation.Explanations} puts them in words.
     *
     * @param officer the threat's officer, null when it has none (or one the caseload does not hold)
     * @param officerLoad that officer's load threat by threat, null without an officer
     * @param allowOverload the policy's setting, which decides why an unallocated threat has no LRO
     */
    public record Explanation(Threat threat, double points, Situation situation, Officer officer,
            EnumSet<EligibilityRule> officerUnmetRules, List<String> eligibleOfficerIds,
            EnumSet<EligibilityRule> rulesNoOfficerMeets, Map<Officer, EnumSet<EligibilityRule>> nearestOfficers,
            LoadBreakdown officerLoad, boolean allowOverload) {
    }

    private final CaseloadAssessment assessment;

    public ThreatExplainer(CaseloadAssessment assessment) {
        this.assessment = assessment;
    }

    public Explanation explain(String threatId) {
        Threat threat = assessment.caseload().threat(threatId)
                .orElseThrow(() -> new InvalidInputException("arguments", "unknown threat \"" + threatId + "\""));
        List<String> eligible = assessment.eligibleOfficers(threat).stream().map(Officer::id).toList();
        Officer officer = threat.officerId() == null ? null : assessment.caseload().officer(threat.officerId()).orElse(null);
        EnumSet<EligibilityRule> officerUnmet = officer == null ? EnumSet.noneOf(EligibilityRule.class)
                : assessment.unmetRules(officer, threat);
        Situation situation;
        EnumSet<EligibilityRule> noOneMeets = EnumSet.noneOf(EligibilityRule.class);
        Map<Officer, EnumSet<EligibilityRule>> nearest = Map.of();
        if (!threat.isActive()) {
            situation = Situation.ARCHIVED;
        } else if (eligible.isEmpty()) {
            situation = Situation.UNCOVERABLE;
            nearest = assessment.nearestOfficers(threat);
            noOneMeets = rulesNoOfficerMeets(threat);
        } else if (officer == null) {
            situation = Situation.UNALLOCATED;
        } else if (officerUnmet.isEmpty()) {
            situation = Situation.ALLOCATED;
        } else if (threat.pinned()) {
            situation = Situation.PINNED_INELIGIBLE;
        } else {
            situation = Situation.HARD_VIOLATION;
        }
        return new Explanation(threat, assessment.points(threat), situation, officer, officerUnmet, eligible,
                noOneMeets, nearest, officer == null ? null : breakdown(officer), assessment.policy().allowOverload());
    }

    /** The officer's active threats and their points, in register order. */
    public LoadBreakdown breakdown(Officer officer) {
        List<LoadItem> items = new ArrayList<>();
        double load = 0;
        for (Threat threat : assessment.caseload().threats()) {
            if (threat.isActive() && officer.id().equals(threat.officerId())) {
                double points = assessment.points(threat);
                items.add(new LoadItem(threat.id(), points, threat.pinned()));
                load += points;
            }
        }
        double capacity = assessment.capacity(officer.id());
        return new LoadBreakdown(officer, capacity, load, CaseloadAssessment.loadPercent(load, capacity), items);
    }

    /** The rules every officer fails for the threat: what the force as a whole lacks. */
    private EnumSet<EligibilityRule> rulesNoOfficerMeets(Threat threat) {
        EnumSet<EligibilityRule> common = EnumSet.allOf(EligibilityRule.class);
        for (Officer officer : assessment.caseload().officers()) {
            common.retainAll(assessment.unmetRules(officer, threat));
        }
        return assessment.caseload().officers().isEmpty() ? EnumSet.noneOf(EligibilityRule.class) : common;
    }
}
