package uk.police.soc.caseload.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The dates the planner accepts anywhere, in one place: a dataset, a CSV file, {@code --as-of}, the app's date
 * fields. The dataset format writes a date as {@code YYYY-MM-DD}, so only the years 0001 to 9999 can be written
 * and read back; Java would otherwise accept {@code +10000-01-01} or year 0, store it, and then write an export
 * that no planner can import.
 */
public final class Dates {

    public static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    /** What a date must look like, for messages. */
    public static final String EXPECTED = "a date as YYYY-MM-DD (years 0001 to 9999)";

    private static final Pattern SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private Dates() {
    }

    /** {@code text} as a date when it is a real calendar date written {@code YYYY-MM-DD} in the range; else empty. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            // ISO_LOCAL_DATE resolves strictly: 2021-02-30 is refused, not moved to March.
            LocalDate date = LocalDate.parse(text);
            return isWritable(date) ? Optional.of(date) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** True when {@code date} can be written in a dataset (years 0001 to 9999); true for null (no date). */
    public static boolean isWritable(LocalDate date) {
        return date == null || (!date.isBefore(FIRST) && !date.isAfter(LAST));
    }
}
