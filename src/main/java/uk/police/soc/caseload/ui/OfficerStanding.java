package uk.police.soc.caseload.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.police.soc.caseload.domain.Absence;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.LoadStatus;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Reduction;

/**
 * Why an officer stands where they do, in words: how their capacity is made up (weekly hours, each reduction and
 * absence with its dates) and their status, "Absent until …" rather than "Within capacity" when a long absence
 * takes their capacity to 0. The figures are the assessment's; only the sentences are made here.
 */
public final class OfficerStanding {

    private OfficerStanding() {
    }

    /** The status a table shows: the load status, or the absence when the officer is away on the planning date. */
    public static String statusText(OfficerRow row) {
        if (row.absence() == null) {
            return Statuses.text(row.status());
        }
        String until = uk.police.soc.caseload.report.words.Words.absentUntil(row.absence().until(), Formats.dateFormat());
        return row.longAbsent() ? Statuses.symbol(LoadStatus.NO_CAPACITY) + " " + until
                : Statuses.text(row.status()) + " · " + until.toLowerCase(java.util.Locale.UK);
    }

    /** The colour of {@link #statusText}: none for a long absence (it is not a load), else the load's. */
    public static String statusStyleClass(OfficerRow row) {
        return Statuses.styleClass(row.longAbsent() ? LoadStatus.NO_CAPACITY : row.status());
    }

    /** One line per part of the officer's capacity on the planning date, then the total. */
    public static List<String> capacityBreakdown(CaseloadAssessment assessment, Officer officer) {
        Policy policy = assessment.policy();
        LocalDate asOf = assessment.asOf();
        List<String> lines = new ArrayList<>();
        double hours = officer.weeklyHours() == null ? policy.standardWeeklyHours() : officer.weeklyHours();
        double fromHours = policy.nominalCapacityPoints() * hours / policy.standardWeeklyHours();
        lines.add("Weekly hours: " + Formats.points(hours) + " of the standard " + Formats.points(policy.standardWeeklyHours())
                + (officer.weeklyHours() == null ? " (none recorded: the standard)" : "") + " → "
                + Formats.points(fromHours) + " of " + Formats.points(policy.nominalCapacityPoints()) + " points");
        for (Reduction reduction : officer.reductions()) {
            lines.add("Reduction: " + (reduction.reason() == null ? "no reason given" : reduction.reason()) + ", "
                    + Formats.points(reduction.percent()) + " % " + period(reduction.from(), reduction.until())
                    + (reduction.activeOn(asOf) ? " — in force" : " — not in force") + " on " + Formats.date(asOf));
        }
        for (Absence absence : officer.absences()) {
            boolean now = absence.covers(asOf);
            boolean longAbsence = absence.days() >= policy.longAbsenceDays();
            lines.add("Absence: " + (absence.reason() == null ? "no reason given" : absence.reason()) + ", "
                    + Formats.date(absence.from()) + " to " + Formats.date(absence.until()) + " (" + absence.days()
                    + " days" + (longAbsence ? ", a long absence" : "") + ")"
                    + (now && longAbsence ? " — capacity 0 while it lasts"
                            : now ? " — absent now; capacity unchanged (shorter than " + policy.longAbsenceDays() + " days)"
                            : absence.until().isBefore(asOf) ? " — over" : " — not yet begun"));
        }
        if (!officer.active()) {
            lines.add("Has left the unit: capacity 0");
        }
        lines.add("Capacity on " + Formats.date(asOf) + ": " + Formats.points(assessment.capacity(officer.id()))
                + " points");
        return lines;
    }

    /**
     * An officer as a mentor picker lists them: name and id, load % on the planning date and accreditation,
     * e.g. "DI Priya Hughes (E1876) — load 0.0% · Accredited LRO, lapses 20/05/2022".
     */
    public static String asMentor(CaseloadAssessment assessment, Officer officer) {
        double load = assessment.loads().getOrDefault(officer.id(), 0.0);
        String standing = assessment.isLongAbsent(officer.id()) ? "absent"
                : "load " + Formats.percent(CaseloadAssessment.loadPercent(load, assessment.capacity(officer.id())));
        return uk.police.soc.caseload.presentation.Names.officer(officer) + " — " + standing + " · "
                + accreditationText(assessment, officer.id());
    }

    /** "Accredited LRO, lapses 20/05/2022", "Accredited LRO, no expiry", "Mentored trainee" or "Not accredited". */
    public static String accreditationText(CaseloadAssessment assessment, String officerId) {
        if (!assessment.isAccredited(officerId)) {
            return CaseloadSnapshot.accreditationOf(assessment, officerId).label();
        }
        var courses = assessment.caseload().coursesByCode();
        List<uk.police.soc.caseload.domain.TrainingRecord> valid = assessment.caseload().trainingRecords().stream()
                .filter(r -> r.officerId().equals(officerId) && courses.containsKey(r.courseCode())
                        && courses.get(r.courseCode()).accreditsLro() && assessment.isValid(r))
                .toList();
        if (valid.stream().anyMatch(r -> assessment.expiry(r) == null)) {
            return "Accredited LRO, no expiry";
        }
        return valid.stream().map(assessment::expiry).max(LocalDate::compareTo)
                .map(day -> "Accredited LRO, lapses " + Formats.date(day)).orElse("Accredited LRO");
    }

    private static String period(LocalDate from, LocalDate until) {
        if (from == null && until == null) {
            return "with no end date";
        }
        if (from == null) {
            return "until " + Formats.date(until);
        }
        return "from " + Formats.date(from) + (until == null ? ", with no end date" : " to " + Formats.date(until));
    }
}
