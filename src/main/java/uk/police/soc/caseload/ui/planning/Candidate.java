package uk.police.soc.caseload.ui.planning;

import java.util.ArrayList;
import java.util.List;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.EligibilityRule;
import uk.police.soc.caseload.presentation.Names;
import uk.police.soc.caseload.solver.Recommender;
import uk.police.soc.caseload.solver.ThreatExplainer;
import uk.police.soc.caseload.ui.Formats;
import uk.police.soc.caseload.ui.OfficerWarnings;

/**
 * One line of the "who could lead it" list: an eligible officer as the solver's recommender ranks them, or, for
 * a threat nobody may lead, one of the nearest officers and the rules they fail.
 *
 * @param officer the officer's name and id, e.g. "DS Amy Clarke (E2041)"
 * @param load their load now and after taking the threat, e.g. "144.0% → 164.0%" (empty for a nearest officer)
 * @param note what else the move does (overload it adds) or, for a nearest officer, the rules they fail
 */
public record Candidate(String officerId, String officer, String load, String note, boolean eligible) {

    /**
     * The recommender's ranking, or the nearest officers when nobody is eligible; each eligible officer's note
     * adds what to know before giving them the threat (accreditation lapsing, an absence starting soon).
     */
    public static List<Candidate> of(Recommender.Recommendation recommendation, ThreatExplainer.Explanation explanation,
            CaseloadAssessment assessment) {
        List<Candidate> list = new ArrayList<>();
        java.util.function.Function<String, String> warningsOf = OfficerWarnings.briefs(assessment);
        for (Recommender.Candidate c : recommendation.candidates()) {
            String load = c.current() ? Formats.percent(c.loadPercentBefore()) + " (current LRO)"
                    : Formats.percent(c.loadPercentBefore()) + " → " + Formats.percent(c.loadPercentAfter());
            List<String> notes = new ArrayList<>();
            if (c.overloadChange() > 1e-6) {
                notes.add("adds " + Formats.points(c.overloadChange()) + " overload points");
            }
            String warnings = warningsOf.apply(c.officer().id());
            if (!warnings.isEmpty()) {
                notes.add(warnings);
            }
            list.add(new Candidate(c.officer().id(), Names.officer(c.officer()), load, String.join("; ", notes), true));
        }
        if (list.isEmpty()) {
            explanation.nearestOfficers().forEach((officer, rules) -> list.add(new Candidate(officer.id(),
                    Names.officer(officer), "", "fails: "
                            + String.join(", ", rules.stream().map(EligibilityRule::label).toList()), false)));
        }
        return list;
    }

    /** The whole line, e.g. "DS Amy Clarke (E2041) — load 144.0% → 164.0%, adds 20 overload points". */
    public String text() {
        String detail = load.isEmpty() ? note : note.isEmpty() ? "load " + load : "load " + load + ", " + note;
        return officer + " — " + detail;
    }

    /** The line as a chooser lists it. */
    @Override
    public String toString() {
        return text();
    }
}
