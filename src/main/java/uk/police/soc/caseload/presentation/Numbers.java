package uk.police.soc.caseload.presentation;

import java.util.List;
import java.util.Locale;

/** Numbers as people read them, the same on the command line and on screen. */
public final class Numbers {

    private Numbers() {
    }

    /** Points, capacity, overload and balance: whole numbers without decimals, others to one decimal (81.1). */
    public static String points(double value) {
        // A sum of nothing can come out as −0.0: it reads as plain 0.
        double plain = value + 0.0;
        if (Double.isInfinite(plain)) {
            return plain > 0 ? "∞" : "−∞";
        }
        if (Math.abs(plain - Math.rint(plain)) < 0.05) {
            return String.format(Locale.UK, "%.0f", Math.rint(plain) + 0.0);
        }
        return String.format(Locale.UK, "%.1f", plain);
    }

    /** A change in points or balance, signed as {@link #points} writes the size of it: +30, -55.2, 0. */
    public static String change(double value) {
        String size = points(Math.abs(value));
        return size.equals("0") ? "0" : (value > 0 ? "+" : "-") + size;
    }

    /** Load % to one decimal (197.1%); load on no capacity as ∞%. */
    public static String percent(double value) {
        if (Double.isInfinite(value)) {
            return "∞%";
        }
        return String.format(Locale.UK, "%.1f%%", value + 0.0);
    }

    /** {@code 1 officer}, {@code 3 officers}. */
    public static String count(long n, String singular) {
        return count(n, singular, singular + "s");
    }

    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** A list of ids, or "none". */
    public static String ids(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }
}
