package uk.police.soc.caseload.ui.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.EligibilityRule;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.ui.Formats;

/**
 * Why a threat sits where it does under an allocation, and who else could lead it: the eligible officers
 * ranked as the policy's greedy baseline ranks them (lowest load % after taking it first, then officer id),
 * or, for an uncoverable threat, the nearest officers and the rules each fails.
 */
public final class ThreatExplanation {

    /** One candidate LRO. */
    public record Recommendation(String officerId, String name, double loadPercentAfter, EnumSet<EligibilityRule> unmet) {

        public String text() {
            String rules = unmet.isEmpty() ? "meets every rule"
                    : "fails: " + unmet.stream().map(EligibilityRule::code).collect(Collectors.joining(", "));
            return String.format("%s %s — load after taking it %s — %s", officerId, name,
                    Formats.percent(loadPercentAfter), rules);
        }
    }

    private ThreatExplanation() {
    }

    /** Candidates for the threat under {@code allocation}, best first. */
    public static List<Recommendation> recommendations(CaseloadAssessment assessment, Threat threat,
            Map<String, String> allocation) {
        Map<String, Double> loads = assessment.loads(allocation);
        String current = allocation.containsKey(threat.id()) ? allocation.get(threat.id()) : threat.officerId();
        double points = assessment.points(threat);
        List<Recommendation> eligible = new ArrayList<>();
        for (Officer officer : assessment.caseload().officers()) {
            if (assessment.isEligible(officer, threat)) {
                double load = loads.get(officer.id()) + (officer.id().equals(current) ? 0 : points);
                eligible.add(new Recommendation(officer.id(), nameOf(officer),
                        CaseloadAssessment.loadPercent(load, assessment.capacity(officer.id())),
                        EnumSet.noneOf(EligibilityRule.class)));
            }
        }
        if (!eligible.isEmpty()) {
            eligible.sort(Comparator.comparingDouble(Recommendation::loadPercentAfter).thenComparing(Recommendation::officerId));
            return eligible;
        }
        List<Recommendation> nearest = new ArrayList<>();
        assessment.nearestOfficers(threat).forEach((officer, unmet) -> {
            double load = loads.get(officer.id()) + (officer.id().equals(current) ? 0 : points);
            nearest.add(new Recommendation(officer.id(), nameOf(officer),
                    CaseloadAssessment.loadPercent(load, assessment.capacity(officer.id())), unmet));
        });
        return nearest;
    }

    /** A few sentences on the threat under the allocation. */
    public static String explain(CaseloadAssessment assessment, Threat threat, Map<String, String> allocation) {
        String officerId = allocation.containsKey(threat.id()) ? allocation.get(threat.id()) : threat.officerId();
        StringBuilder text = new StringBuilder();
        text.append(String.format("%s %s: %s, priority %d, %s points.%n", threat.id(),
                threat.name() == null ? "" : threat.name(), threat.category(), threat.priority(),
                Formats.points(assessment.points(threat))));
        text.append(String.format("Needs category skill %d and PIP level %d.%n",
                assessment.minSkillLevel(threat), assessment.minPipLevel(threat)));
        if (!threat.isActive()) {
            return text.append("Archived: never planned.").toString();
        }
        boolean coverable = assessment.isCoverable(threat);
        if (officerId == null) {
            text.append(coverable ? "Has no LRO." : "Has no LRO, and no officer meets the rules for it.");
        } else {
            Officer officer = assessment.caseload().officer(officerId).orElse(null);
            EnumSet<EligibilityRule> unmet = officer == null ? EnumSet.noneOf(EligibilityRule.class)
                    : assessment.unmetRules(officer, threat);
            text.append("LRO: ").append(officer == null ? officerId : officerId + " " + nameOf(officer)).append(". ");
            if (unmet.isEmpty()) {
                text.append("They meet every rule.");
            } else {
                text.append(officerId).append(' ').append(unmet.stream().map(EligibilityRule::explanation)
                        .collect(Collectors.joining(" and "))).append('.');
            }
            if (threat.pinned()) {
                text.append(" Pinned: the planner keeps it with them.");
            } else if (!coverable) {
                text.append(" Nobody meets the rules, so it stays with them: a training or recruitment need.");
            }
        }
        return text.toString();
    }

    private static String nameOf(Officer officer) {
        return officer.name() == null ? "" : officer.name();
    }
}
