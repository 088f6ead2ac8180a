package uk.police.soc.caseload.ui.scenarios;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.domain.scenario.CaseloadChange;
import uk.police.soc.caseload.presentation.PolicyWords;
import uk.police.soc.caseload.ui.Formats;

/** A scenario's changes and problems in words, with names where the caseload knows them. */
final class ScenarioText {

    private static final Pattern CHANGE = Pattern.compile("changes\\[(\\d+)\\]\\.?(.*)");

    private ScenarioText() {
    }

    static String describe(CaseloadChange change, Caseload caseload, List<CaseloadChange> changes) {
        if (change instanceof CaseloadChange.AddOfficer add) {
            return "New officer " + uk.police.soc.caseload.presentation.Names.officer(add.officer());
        } else if (change instanceof CaseloadChange.AddTrainingRecord add) {
            return officer(add.record().officerId(), caseload, changes) + " passes " + add.record().courseCode() + " on "
                    + Formats.date(add.record().completedOn());
        } else if (change instanceof CaseloadChange.OfficerUnavailable absence) {
            return officer(absence.officerId(), caseload, changes) + " absent " + Formats.date(absence.from()) + " to "
                    + Formats.date(absence.until());
        } else if (change instanceof CaseloadChange.DeactivateOfficer leaves) {
            return officer(leaves.officerId(), caseload, changes) + " leaves the unit";
        } else if (change instanceof CaseloadChange.AddThreat add) {
            return "New threat " + add.threat().id() + " " + add.threat().name() + " (" + add.threat().category()
                    + ", priority " + add.threat().priority() + ")";
        } else if (change instanceof CaseloadChange.ArchiveThreat archive) {
            return "Threat " + archive.threatId() + " archived";
        } else if (change instanceof CaseloadChange.SetPolicy set) {
            return PolicyWords.describe(set.policy());
        }
        return change.op();
    }

    /**
     * {@code changes[0].officer.id: duplicate officer "E2041"} as "Change 1 (New officer …):
     * changes[0].officer.id: duplicate officer …": the change in words, then the path and message exactly as
     * {@code what-if} prints them, so the field is named the same on screen and on the command line.
     */
    static String problem(Problem problem, List<CaseloadChange> changes, Caseload caseload) {
        Matcher change = CHANGE.matcher(problem.path());
        if (!change.matches()) {
            return problem.toString();
        }
        int index = Integer.parseInt(change.group(1));
        String what = index < changes.size() ? " (" + describe(changes.get(index), caseload, changes) + ")" : "";
        return "Change " + (index + 1) + what + ": " + problem;
    }

    /** The officer by name: one on the caseload, or one the scenario adds. */
    private static String officer(String id, Caseload caseload, List<CaseloadChange> changes) {
        Officer officer = caseload == null ? null : caseload.officersById().get(id);
        for (CaseloadChange change : changes) {
            if (officer == null && change instanceof CaseloadChange.AddOfficer add && add.officer().id().equals(id)) {
                officer = add.officer();
            }
        }
        return officer == null ? id : officer.name() + " (" + id + ")";
    }
}
