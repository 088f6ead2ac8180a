package uk.police.soc.caseload.ui.board;

import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.EligibilityRule;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.ui.Formats;

/**
 * What moving one threat would do, before it is done: both officers' load % before and after, and the rules
 * the new LRO would not meet.
 *
 * @param from the current LRO, or null when unallocated
 * @param to the new LRO, or null to leave it unallocated
 */
public record MovePreview(
        Threat threat,
        Officer from,
        Officer to,
        double fromBefore,
        double fromAfter,
        double toBefore,
        double toAfter,
        EnumSet<EligibilityRule> unmetRules,
        java.util.List<String> warnings) {

    public static MovePreview of(CaseloadAssessment assessment, Threat threat, String toOfficerId) {
        Map<String, Double> before = assessment.loads();
        Map<String, Double> after = assessment.loads(assessment.currentAllocation().with(threat.id(), toOfficerId));
        Officer from = threat.officerId() == null ? null : assessment.caseload().officer(threat.officerId()).orElse(null);
        Officer to = toOfficerId == null ? null : assessment.caseload().officer(toOfficerId).orElseThrow();
        EnumSet<EligibilityRule> unmet = to == null ? EnumSet.noneOf(EligibilityRule.class) : assessment.unmetRules(to, threat);
        return new MovePreview(threat, from, to,
                percent(assessment, before, from), percent(assessment, after, from),
                percent(assessment, before, to), percent(assessment, after, to), unmet,
                to == null ? java.util.List.of() : uk.police.soc.caseload.ui.OfficerWarnings.of(assessment, to.id()));
    }

    private static double percent(CaseloadAssessment assessment, Map<String, Double> loads, Officer officer) {
        if (officer == null) {
            return 0;
        }
        return CaseloadAssessment.loadPercent(loads.get(officer.id()), assessment.capacity(officer.id()));
    }

    public boolean breaksRules() {
        return !unmetRules.isEmpty();
    }

    public String title() {
        return "Move " + uk.police.soc.caseload.presentation.Names.threat(threat);
    }

    /** The header line of the confirmation, e.g. "From E2041 to E2230". */
    public String header() {
        return "From " + name(from) + " to " + name(to);
    }

    /** Each officer's load % before → after, then the rules the move breaks. */
    public String details() {
        StringBuilder text = new StringBuilder();
        if (from != null) {
            text.append(String.format("%s: %s → %s%n", name(from), Formats.percent(fromBefore), Formats.percent(fromAfter)));
        }
        if (to != null) {
            text.append(String.format("%s: %s → %s%n", name(to), Formats.percent(toBefore), Formats.percent(toAfter)));
        }
        if (threat.pinned()) {
            text.append("\nThe threat is pinned: it stays pinned to its new LRO.\n");
        }
        if (unmetRules.isEmpty()) {
            text.append(to == null ? "\nThe threat will have no LRO." : "\n✓ " + name(to) + " meets every rule for this threat.");
        } else {
            text.append("\n⚠ This move breaks rules: ").append(name(to)).append('\n');
            text.append(unmetRules.stream().map(r -> "  • " + r.explanation())
                    .collect(Collectors.joining("\n")));
        }
        warnings.forEach(w -> text.append('\n').append(w));
        return text.toString().trim();
    }

    private static String name(Officer officer) {
        if (officer == null) {
            return "no LRO";
        }
        return uk.police.soc.caseload.presentation.Names.officer(officer);
    }
}
