package uk.police.soc.caseload.ui;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import uk.police.soc.caseload.service.ForceDateFormat;

/**
 * Date pickers that read and write the force's date format whatever the machine's locale, and never throw on a
 * typo (JavaFX's own converter would, leaving an uncaught parse error and the old date in place).
 */
public final class DateField {

    /**
     * The picker's value while its text is not a date. The picker itself never shows it: its text stays as typed
     * so that the form can say what is wrong; the view model reads the text, never the picker's value.
     */
    private static final LocalDate NOT_A_DATE = LocalDate.MIN;

    private DateField() {
    }

    /** A form's date field: its text is {@code input}'s text; a typo stays on screen for the form to report. */
    public static DatePicker of(DateInput input, String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        ForceDateFormat format = Formats.dateFormat();
        picker.setPromptText(format.hint());
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == NOT_A_DATE ? input.textProperty().get() : format.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return text == null || text.isBlank() ? null : format.parse(text).orElse(NOT_A_DATE);
            }
        });
        picker.getEditor().textProperty().bindBidirectional(input.textProperty());
        picker.setValue(input.value().orElse(null));
        picker.valueProperty().addListener((obs, old, date) -> {
            if (date != null && date != NOT_A_DATE && !date.equals(input.value().orElse(null))) {
                input.set(date);
            }
        });
        // The calendar opens on the date typed (not the last one picked); on today's month when there is none.
        picker.setOnShowing(e -> {
            String typed = input.textProperty().get();
            picker.setValue(input.value().orElse(null));
            input.textProperty().set(typed);
        });
        return picker;
    }

    /**
     * A picker for a date that must always be a real one (the planning date): a typo leaves the date as it was
     * and is reported to {@code onTypo} in words.
     */
    public static DatePicker picker(String id, Consumer<String> onTypo) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        return forceFormat(picker, onTypo);
    }

    /** As {@link #picker}, for a picker made elsewhere (e.g. with a date already in it). */
    public static DatePicker forceFormat(DatePicker picker, Consumer<String> onTypo) {
        ForceDateFormat format = Formats.dateFormat();
        picker.setPromptText(format.hint());
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return format.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return picker.getValue();
                }
                return format.parse(text).orElseGet(() -> {
                    onTypo.accept(format.problem(text));
                    return picker.getValue();
                });
            }
        });
        return picker;
    }
}
