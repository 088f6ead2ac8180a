package uk.police.soc.caseload.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How figures read on screen: load % to one decimal, points without needless decimals. */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Formats() {
    }

    public static String percent(double percent) {
        if (Double.isInfinite(percent)) {
            return "∞ %";
        }
        return String.format(Locale.UK, "%.1f %%", percent);
    }

    public static String points(double points) {
        if (points == Math.rint(points)) {
            return String.format(Locale.UK, "%.0f", points);
        }
        return String.format(Locale.UK, "%.1f", points);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
