package uk.police.soc.caseload.ui.planning;

import java.util.ArrayList;
import java.util.List;
import uk.police.soc.caseload.domain.EligibilityRule;
import uk.police.soc.caseload.presentation.Names;
import uk.police.soc.caseload.solver.Recommender;
import uk.police.soc.caseload.solver.ThreatExplainer;
import uk.police.soc.caseload.ui.Formats;

/**
 * One line of the "who could lead it" list: an eligible officer as the solver's recommender ranks them, or, for
 * a threat nobody may lead, one of the nearest officers and the rules they fail.
 */
public record Candidate(String officerId, String text, boolean eligible) {

    /** The recommender's ranking, or the nearest officers when nobody is eligible. */
    public static List<Candidate> of(Recommender.Recommendation recommendation, ThreatExplainer.Explanation explanation) {
        List<Candidate> list = new ArrayList<>();
        for (Recommender.Candidate c : recommendation.candidates()) {
            String change = c.current() ? "current LRO, " + Formats.percent(c.loadPercentBefore())
                    : "load " + Formats.percent(c.loadPercentBefore()) + " → " + Formats.percent(c.loadPercentAfter());
            String overload = c.overloadChange() > 1e-6 ? String.format(", adds %s overload points",
                    Formats.points(c.overloadChange())) : "";
            list.add(new Candidate(c.officer().id(), Names.officer(c.officer()) + " — " + change
                    + overload, true));
        }
        if (list.isEmpty()) {
            explanation.nearestOfficers().forEach((officer, rules) -> list.add(new Candidate(officer.id(),
                    Names.officer(officer) + " — fails: "
                            + String.join(", ", rules.stream().map(EligibilityRule::label).toList()), false)));
        }
        return list;
    }

    /** The line as a chooser lists it. */
    @Override
    public String toString() {
        return text;
    }
}
