package uk.police.soc.caseload.ui;

import uk.police.soc.caseload.presentation.Names;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import uk.police.soc.caseload.domain.Absence;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Reduction;
import uk.police.soc.caseload.report.training.TrainingGaps;

/**
 * What a manager should know about an officer before giving them work, in sentences: their LRO accreditation
 * ends within the expiring window, or an absence or a reduction starts soon.
 */
public final class OfficerWarnings {

    /** How far ahead an absence or a reduction counts as starting soon: the same four weeks as a review due soon. */
    public static final int SOON_DAYS = ThreatRow.REVIEW_DUE_SOON_DAYS;

    private OfficerWarnings() {
    }

    public static List<String> of(CaseloadAssessment assessment, String officerId) {
        List<String> warnings = new ArrayList<>();
        Officer officer = assessment.caseload().officer(officerId).orElse(null);
        if (officer == null) {
            return warnings;
        }
        LocalDate asOf = assessment.caseload().asOf();
        String who = Names.officer(officer);
        TrainingGaps.expiring(assessment, TrainingGaps.DEFAULT_WITHIN_DAYS).stream()
                .filter(r -> r.accreditsLro() && r.officerId().equals(officerId))
                .forEach(r -> warnings.add("⚠ " + who + "'s LRO accreditation (" + r.courseCode() + ") lapses on "
                        + Formats.date(r.expiresOn()) + ", in " + days(asOf, r.expiresOn()) + "."));
        LocalDate soon = asOf.plusDays(SOON_DAYS);
        for (Absence absence : officer.absences()) {
            if (absence.from().isAfter(asOf) && !absence.from().isAfter(soon)) {
                warnings.add("⚠ " + who + " is absent from " + Formats.date(absence.from()) + " to "
                        + Formats.date(absence.until()) + (absence.reason() == null ? "" : " (" + absence.reason() + ")")
                        + ", starting in " + days(asOf, absence.from()) + ".");
            }
        }
        for (Reduction reduction : officer.reductions()) {
            if (reduction.from() != null && reduction.from().isAfter(asOf) && !reduction.from().isAfter(soon)) {
                warnings.add("⚠ " + who + "'s capacity drops by " + Formats.points(reduction.percent()) + " % ("
                        + reduction.reason() + ") from " + Formats.date(reduction.from()) + ", in "
                        + days(asOf, reduction.from()) + ".");
            }
        }
        return warnings;
    }

    private static String days(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days + (days == 1 ? " day" : " days");
    }
}
