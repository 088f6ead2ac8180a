package uk.police.soc.caseload.presentation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.stream.ConstraintJustification;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.solver.OfficerLoadJustification;
import uk.police.soc.caseload.solver.ThreatJustification;

/** What costs a plan what, in sentences: the solver's justifications ({@code PlanJustifications}) in words. */
public final class PlanWhy {

    private PlanWhy() {
    }

    /** Constraint name to one sentence per costly match, sorted, in the order given. */
    public static Map<String, List<String>> sentences(Caseload caseload,
            Map<String, List<ConstraintJustification>> justifications) {
        Map<String, List<String>> sentences = new LinkedHashMap<>();
        justifications.forEach((constraint, list) -> {
            List<String> lines = new ArrayList<>();
            list.forEach(j -> lines.add(sentence(caseload, j)));
            lines.sort(null);
            sentences.put(constraint, lines);
        });
        return sentences;
    }

    static String sentence(Caseload caseload, ConstraintJustification justification) {
        if (justification instanceof OfficerLoadJustification load) {
            return Names.officer(caseload, load.officerId()) + " carries " + Numbers.points(load.load())
                    + " points against a capacity of " + Numbers.points(load.capacity()) + " ("
                    + Numbers.percent(load.loadPercent()) + ").";
        }
        if (justification instanceof ThreatJustification threat) {
            String officer = Names.officer(caseload, threat.officerId());
            String named = Names.threat(caseload, threat.threatId());
            return switch (threat.reason()) {
                case OFFICER_NOT_ELIGIBLE -> named + " is with " + officer
                        + ", who does not meet the rules to lead it.";
                case UNALLOCATED -> named + " has no LRO although "
                        + Numbers.count(threat.eligibleOfficers(), "officer") + " could lead it.";
                case MOVED -> named + " moves away from " + officer + ".";
            };
        }
        return String.valueOf(justification);
    }
}
