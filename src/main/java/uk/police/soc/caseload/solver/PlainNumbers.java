package uk.police.soc.caseload.solver;

import java.util.Locale;

/** Numbers as reports show them: points without needless decimals, load % to one decimal. */
public final class PlainNumbers {

    private PlainNumbers() {
    }

    public static String points(double value) {
        if (value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public static String percent(double value) {
        if (Double.isInfinite(value)) {
            return "∞%";
        }
        return String.format(Locale.ROOT, "%.1f%%", value);
    }
}
