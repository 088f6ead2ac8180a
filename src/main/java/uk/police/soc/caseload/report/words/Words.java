package uk.police.soc.caseload.report.words;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.police.soc.caseload.domain.AllocationReason;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Strand;
import uk.police.soc.caseload.domain.SustainedOverload;

/**
 * The words the evidence features share between the command line, the app and the inspection report, so that a
 * strand, a reason or a sustained overload reads the same everywhere.
 */
public final class Words {

    /** "3 March 2026": how the report and the app's sentences write a day. */
    public static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** "3 March": within a sentence about this year. */
    public static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);

    private Words() {
    }

    /** {@code Pursue}, {@code Prevent}, … as people write the strands of a 4P plan. */
    public static String strand(Strand strand) {
        return capitalised(strand.name());
    }

    /** An allocation reason as people say it: {@code Officer unavailable}. */
    public static String reason(AllocationReason reason) {
        return switch (reason) {
            case NEW_THREAT -> "New threat";
            case PLANNER -> "Planner proposal accepted";
            default -> capitalised(reason.name().replace('_', ' '));
        };
    }

    /**
     * An officer's load status as every screen, command and report says it: "Within capacity", "Over capacity",
     * "Overloaded", "No capacity".
     */
    public static String status(uk.police.soc.caseload.domain.LoadStatus status) {
        return switch (status) {
            case WITHIN -> "Within capacity";
            case OVER_CAPACITY -> "Over capacity";
            case OVERLOADED -> "Overloaded";
            case NO_CAPACITY -> "No capacity";
        };
    }

    /** The status for an officer on a long absence, which takes their capacity to 0: "Absent until 30/06/2022". */
    public static String absentUntil(LocalDate until, uk.police.soc.caseload.domain.DateWords dates) {
        return "Absent until " + dates.write(until);
    }

    /** A 4P plan's review, in the same words everywhere: "Overdue since …", "Due …" or "No date set". */
    public static String review(boolean overdue, LocalDate nextReviewDue, uk.police.soc.caseload.domain.DateWords dates) {
        if (nextReviewDue == null) {
            return "No date set";
        }
        return (overdue ? "Overdue since " : "Due ") + dates.write(nextReviewDue);
    }

    /** A 4P plan's health: "Healthy" or "Needs attention". */
    public static String planHealth(boolean healthy) {
        return healthy ? "Healthy" : "Needs attention";
    }

    /**
     * Why a trainee's mentor cannot mentor them, after "their mentor …" or "mentor …": "is not an accredited LRO".
     * Here rather than in {@code presentation} because the inspection report prints it too.
     */
    public static String mentorProblem(uk.police.soc.caseload.report.training.MentorProblem problem) {
        return switch (problem) {
            case NOT_ON_RECORD -> "is not on record";
            case LEFT_THE_UNIT -> "has left the unit";
            case NOT_ACCREDITED -> "is not an accredited LRO";
        };
    }

    /** Load % to one decimal; an infinite one (load on no capacity) as ∞%. */
    public static String percent(double value) {
        if (Double.isInfinite(value)) {
            return "∞%";
        }
        return String.format(Locale.ROOT, "%.1f%%", value);
    }

    /** Points to one decimal. */
    public static String points(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** {@code DS Amy Clarke (E2041)}; no officer as "no LRO"; an unknown id as itself. */
    public static String officer(Officer officer, String officerId) {
        if (officerId == null) {
            return "no LRO";
        }
        return officer == null ? officerId : officer.name() + " (" + officerId + ")";
    }

    public static String longDate(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    /** "DS Tom Reid: above 110% since 3 March" (the year too when it is not {@code asOf}'s). */
    public static String sustainedOverload(SustainedOverload overload, Officer officer, double redLoadPercent,
            LocalDate asOf) {
        String name = officer == null ? overload.officerId() : officer.name();
        String since = overload.since().getYear() == asOf.getYear() ? DAY_MONTH.format(overload.since())
                : LONG_DATE.format(overload.since());
        return name + ": above " + plain(redLoadPercent) + "% since " + since + " (" + overload.lengthDays()
                + " days)";
    }

    /** A threshold as set: {@code 110}, {@code 112.5}. */
    public static String plain(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%s", value);
    }

    /** {@code 1 officer}, {@code 3 officers}. */
    public static String count(long n, String singular) {
        return n + " " + (n == 1 ? singular : singular + "s");
    }

    private static String capitalised(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
