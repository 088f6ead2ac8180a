package uk.police.soc.caseload.ui;

import java.time.LocalDate;
import java.util.Locale;
import uk.police.soc.caseload.service.ForceDateFormat;
import uk.police.soc.caseload.presentation.Numbers;

/** How figures and dates read on screen: numbers as {@link Numbers} writes them everywhere. */
public final class Formats {

    private Formats() {
    }

    /** Load % as the command line writes it ({@link Numbers#percent}). */
    public static String percent(double percent) {
        return Numbers.percent(percent);
    }

    /** Points as the command line writes them ({@link Numbers#points}). */
    public static String points(double points) {
        return Numbers.points(points);
    }

    /** The force's date format (config/display.json): every date on screen is written and typed this way. */
    public static ForceDateFormat dateFormat() {
        return ForceDateFormat.configured();
    }

    /** How a date is typed, as a field's hint (e.g. dd/mm/yyyy). */
    public static String dateHint() {
        return dateFormat().hint();
    }

    /** A date as the force writes it (dd/MM/yyyy by default); empty for none. */
    public static String date(LocalDate date) {
        return dateFormat().format(date);
    }

    private static final java.time.format.DateTimeFormatter UTC_TIME =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss").withZone(java.time.ZoneOffset.UTC);

    /**
     * An instant of the audit trail as the screens write it: the UTC day in the force's date format and the UTC
     * time ("01/12/2026 07:45:12"), so that it matches the trail's date filters, which are UTC days (access.md).
     */
    public static String utcTime(java.time.Instant at) {
        return at == null ? "" : date(at.atOffset(java.time.ZoneOffset.UTC).toLocalDate()) + " " + UTC_TIME.format(at);
    }

    private static final java.util.Map<String, String> FIELD_WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("completedOn", "Completed on"), java.util.Map.entry("expiresOn", "Expires on"),
            java.util.Map.entry("courseCode", "Course"), java.util.Map.entry("course", "Course"),
            java.util.Map.entry("officerId", "Officer"), java.util.Map.entry("officer", "Officer"),
            java.util.Map.entry("mentorId", "Mentor"), java.util.Map.entry("adoptedOn", "Adopted on"),
            java.util.Map.entry("nextReviewDue", "Next 4P review"), java.util.Map.entry("weeklyHours", "Weekly hours"),
            java.util.Map.entry("pipLevel", "PIP level"), java.util.Map.entry("minPipLevel", "Minimum PIP level"),
            java.util.Map.entry("minSkillLevel", "Minimum skill level"),
            java.util.Map.entry("workloadPoints", "Workload points"), java.util.Map.entry("riskScore", "Risk score"),
            java.util.Map.entry("excludedOfficerIds", "Excluded officers"), java.util.Map.entry("validMonths", "Valid for (months)"),
            java.util.Map.entry("accreditsLro", "Accredits LROs"), java.util.Map.entry("category", "Category"),
            java.util.Map.entry("name", "Name"), java.util.Map.entry("code", "Code"), java.util.Map.entry("id", "Id"),
            java.util.Map.entry("priority", "Priority"), java.util.Map.entry("status", "Status"),
            java.util.Map.entry("until", "Until"), java.util.Map.entry("from", "From"),
            java.util.Map.entry("reductions", "Reductions"), java.util.Map.entry("absences", "Absences"),
            java.util.Map.entry("skills", "Skills"), java.util.Map.entry("percent", "Percent"));

    /** The dataset's rules, with problems that write their dates as the force does. */
    public static uk.police.soc.caseload.domain.CaseloadValidator validator() {
        return new uk.police.soc.caseload.domain.CaseloadValidator(dateFormat());
    }

    /** A record field in words ("completedOn" → "Completed on"); an unknown one as it is. */
    public static String field(String field) {
        return FIELD_WORDS.getOrDefault(field, field);
    }

    /**
     * A problem as a user reads it: the field in words, the record it concerns kept. Its dates are already the
     * force's: the app's problems are made with {@link #dateFormat()} ({@link #validator()}), never rewritten here.
     * ({@code trainingRecords[E2041/…].completedOn} → {@code trainingRecords[E2041/…], Completed on: …}).
     */
    public static String problem(uk.police.soc.caseload.domain.Problem problem) {
        String path = problem.path();
        int dot = path.lastIndexOf('.');
        String field = dot < 0 ? path : path.substring(dot + 1);
        String record = dot < 0 ? "" : path.substring(0, dot) + ", ";
        String words = FIELD_WORDS.get(field);
        return words == null ? problem.toString() : record + words + ": " + problem.message();
    }

    /** A category by its name, e.g. "Money laundering" rather than MONEY_LAUNDERING; the code when it has none. */
    public static String category(uk.police.soc.caseload.domain.Caseload caseload, String code) {
        return uk.police.soc.caseload.presentation.Names.category(caseload, code);
    }
}
