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

/** Why a threat is where it is, in words a SOC manager can read and in fields the JSON output carries. */
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

    public record Explanation(Threat threat, double points, Situation situation, EnumSet<EligibilityRule> officerUnmetRules,
            List<String> eligibleOfficerIds, EnumSet<EligibilityRule> rulesNoOfficerMeets,
            Map<Officer, EnumSet<EligibilityRule>> nearestOfficers, LoadBreakdown officerLoad, List<String> sentences) {
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
        double points = assessment.points(threat);
        List<String> sentences = new ArrayList<>();
        String who = officer == null ? null : named(officer);
        Situation situation;
        EnumSet<EligibilityRule> noOneMeets = EnumSet.noneOf(EligibilityRule.class);
        Map<Officer, EnumSet<EligibilityRule>> nearest = Map.of();
        if (!threat.isActive()) {
            situation = Situation.ARCHIVED;
            sentences.add(threat.id() + " is archived: it is not planned and does not count toward anyone's load.");
        } else if (eligible.isEmpty()) {
            situation = Situation.UNCOVERABLE;
            nearest = assessment.nearestOfficers(threat);
            noOneMeets = rulesNoOfficerMeets(threat);
            sentences.add(threat.id() + " is uncoverable: no officer meets every rule to lead it"
                    + (who == null ? ", and it has no LRO." : ", so it stays with " + who + "."));
            if (!noOneMeets.isEmpty()) {
                sentences.add("Every officer " + describeRules(noOneMeets) + ".");
            }
            sentences.add("Nearest officers (fewest rules unmet), each a training or recruitment need:");
            nearest.forEach((o, rules) -> sentences.add("  " + named(o) + " " + describeRules(rules) + "."));
        } else if (officer == null) {
            situation = Situation.UNALLOCATED;
            sentences.add(threat.id() + " has no LRO, although " + officers(eligible.size()) + " could lead it"
                    + (assessment.policy().allowOverload() ? "; the planner would give it one."
                    : "; with overload not allowed, none of them has room for its " + PlainNumbers.points(points)
                            + " points."));
        } else if (officerUnmet.isEmpty()) {
            situation = Situation.ALLOCATED;
            sentences.add(threat.id() + " is led by " + who + ", who meets every rule to lead it"
                    + (threat.pinned() ? "; it is pinned, so the planner keeps it there." : "."));
            sentences.add(eligible.size() == 1 ? "No other officer could lead it."
                    : officers(eligible.size() - 1).replaceFirst(" ", " other ") + " could lead it; `recommend` ranks them.");
        } else if (threat.pinned()) {
            situation = Situation.PINNED_INELIGIBLE;
            sentences.add(threat.id() + " is pinned to " + who + ", who " + describeRules(officerUnmet)
                    + ". The planner keeps pinned threats where they are; a manager should review it.");
        } else {
            situation = Situation.HARD_VIOLATION;
            sentences.add(threat.id() + " is with " + who + ", who " + describeRules(officerUnmet)
                    + ". That breaks the policy: the planner will move it to "
                    + (eligible.size() == 1 ? "the one officer" : "one of the " + officers(eligible.size()))
                    + " who may lead it.");
        }
        LoadBreakdown breakdown = officer == null ? null : breakdown(officer);
        if (breakdown != null) {
            int count = breakdown.threats().size();
            sentences.add(String.format("%s carries %s points against a capacity of %s (%s) across %d threat%s.",
                    named(officer), PlainNumbers.points(breakdown.load()), PlainNumbers.points(breakdown.capacity()),
                    PlainNumbers.percent(breakdown.loadPercent()), count, count == 1 ? "" : "s"));
        }
        return new Explanation(threat, points, situation, officerUnmet, eligible, noOneMeets, nearest, breakdown,
                sentences);
    }

    /** As every command-line report names an officer: {@code DS Amy Clarke (E2041)}. */
    private static String named(Officer officer) {
        return officer.name() + " (" + officer.id() + ")";
    }

    private static String officers(int count) {
        return count + (count == 1 ? " officer" : " officers");
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

    /** "is not an accredited LRO ... and lacks the skill level ..." */
    public static String describeRules(EnumSet<EligibilityRule> rules) {
        List<String> parts = rules.stream().map(r -> r.explanation() + " [" + r.code() + "]").toList();
        return String.join(" and ", parts);
    }
}
