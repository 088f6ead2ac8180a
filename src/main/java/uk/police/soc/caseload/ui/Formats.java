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
        // A sum of nothing can come out as −0.0; on screen it is plain 0.
        points += 0.0;
        if (points == Math.rint(points)) {
            return String.format(Locale.UK, "%.0f", points);
        }
        return String.format(Locale.UK, "%.1f", points);
    }

    /** Makes a date picker read and write dates the British way (31/12/2022), whatever the machine's locale. */
    public static javafx.scene.control.DatePicker britishDates(javafx.scene.control.DatePicker picker) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
        picker.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : format.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.trim(), format);
                } catch (java.time.format.DateTimeParseException e) {
                    // Typed the dataset's way; a date the format cannot hold is refused like any other.
                    return uk.police.soc.caseload.domain.Dates.parse(text.trim())
                            .orElseThrow(() -> new java.time.format.DateTimeParseException(
                                    "not a date (dd/mm/yyyy, years 0001 to 9999)", text, 0));
                }
            }
        });
        picker.setPromptText("dd/mm/yyyy");
        return picker;
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
