package uk.police.soc.caseload.ui;

import uk.police.soc.caseload.domain.LoadStatus;
import uk.police.soc.caseload.presentation.Names;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import uk.police.soc.caseload.domain.Absence;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Reduction;
import uk.police.soc.caseload.report.training.TrainingGapReport.ExpiringRecord;
import uk.police.soc.caseload.report.training.TrainingGaps;

/**
 * What a manager should know about an officer before giving them work, in sentences: their LRO accreditation
 * ends within the expiring window, an absence or a reduction starts soon, or a change takes them over capacity.
 * The facts come from the assessment and the training gaps; only the words are made here.
 */
public final class OfficerWarnings {

    /** How far ahead an absence or a reduction counts as starting soon: the same four weeks as a review due soon. */
    public static final int SOON_DAYS = ThreatRow.REVIEW_DUE_SOON_DAYS;

    /** One warning, as a sentence (dialogs, lists) and in a few words (a table cell). */
    private record Warning(String sentence, String brief) {
    }

    private OfficerWarnings() {
    }

    /** Every warning about the officer, each a whole sentence that names them. */
    public static List<String> of(CaseloadAssessment assessment, String officerId) {
        return warnings(assessment, officerId, expiring(assessment)).stream().map(Warning::sentence).toList();
    }

    /**
     * The same warnings in a few words each, joined for a table cell (empty when there are none), for the many
     * officers of one list (a proposal's moves, who could lead a threat): the expiring training, a scan of
     * every record, is worked out once for them all rather than once an officer.
     */
    public static Function<String, String> briefs(CaseloadAssessment assessment) {
        List<ExpiringRecord> expiring = expiring(assessment);
        return officerId -> {
            List<Warning> found = warnings(assessment, officerId, expiring);
            return found.isEmpty() ? "" : "⚠ " + String.join("; ", found.stream().map(Warning::brief).toList());
        };
    }

    /**
     * The sentence for a change (a new mentoring pair and its reduction) that takes the officer from
     * {@code percentBefore} to {@code percentAfter} of capacity, when that leaves them over the policy's amber
     * threshold and higher than before; empty otherwise.
     */
    public static Optional<String> overCapacity(Officer officer, double percentBefore, double percentAfter,
            Policy policy) {
        LoadStatus after = LoadStatus.of(percentAfter, policy);
        if (after == LoadStatus.WITHIN || !(percentAfter > percentBefore + 1e-9)) {
            return Optional.empty();
        }
        LoadStatus before = LoadStatus.of(percentBefore, policy);
        String how = before == LoadStatus.WITHIN ? "pushes them over capacity" : "leaves them further over capacity";
        return Optional.of("⚠ " + Names.officer(officer) + " goes from " + Formats.percent(percentBefore) + " to "
                + Formats.percent(percentAfter) + " of capacity: this " + how + " (" + uk.police.soc.caseload.report.words.Words.status(after).toLowerCase(java.util.Locale.UK)
                + ").");
    }

    private static List<ExpiringRecord> expiring(CaseloadAssessment assessment) {
        return TrainingGaps.expiring(assessment, TrainingGaps.DEFAULT_WITHIN_DAYS);
    }

    private static List<Warning> warnings(CaseloadAssessment assessment, String officerId,
            List<ExpiringRecord> expiring) {
        List<Warning> warnings = new ArrayList<>();
        Officer officer = assessment.caseload().officer(officerId).orElse(null);
        if (officer == null) {
            return warnings;
        }
        LocalDate asOf = assessment.caseload().asOf();
        String who = Names.officer(officer);
        expiring.stream()
                .filter(r -> r.accreditsLro() && r.officerId().equals(officerId))
                .forEach(r -> warnings.add(new Warning("⚠ " + who + ": LRO accreditation (" + r.courseCode()
                        + ") lapses on " + Formats.date(r.expiresOn()) + ", in " + days(asOf, r.expiresOn()) + ".",
                        "accreditation lapses " + Formats.date(r.expiresOn()))));
        LocalDate soon = asOf.plusDays(SOON_DAYS);
        for (Absence absence : officer.absences()) {
            if (absence.from().isAfter(asOf) && !absence.from().isAfter(soon)) {
                warnings.add(new Warning("⚠ " + who + " is absent from " + Formats.date(absence.from()) + " to "
                        + Formats.date(absence.until()) + (absence.reason() == null ? "" : " (" + absence.reason() + ")")
                        + ", starting in " + days(asOf, absence.from()) + ".",
                        "absent from " + Formats.date(absence.from())));
            }
        }
        for (Reduction reduction : officer.reductions()) {
            if (reduction.from() != null && reduction.from().isAfter(asOf) && !reduction.from().isAfter(soon)) {
                warnings.add(new Warning("⚠ " + who + ": capacity drops by " + Formats.points(reduction.percent())
                        + " % (" + reduction.reason() + ") from " + Formats.date(reduction.from()) + ", in "
                        + days(asOf, reduction.from()) + ".",
                        "capacity −" + Formats.points(reduction.percent()) + " % from "
                                + Formats.date(reduction.from())));
            }
        }
        return warnings;
    }

    private static String days(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days + (days == 1 ? " day" : " days");
    }
}
