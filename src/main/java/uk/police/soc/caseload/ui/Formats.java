package uk.police.soc.caseload.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.police.soc.caseload.presentation.Numbers;

/** How figures and dates read on screen: numbers as {@link Numbers} writes them everywhere. */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

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
                    return LocalDate.parse(text.trim());
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
