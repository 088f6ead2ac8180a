package uk.police.soc.caseload.ui;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.police.soc.caseload.service.ForceDateFormat;

/**
 * A date field's state in a view model: the text as the user typed it (or as the calendar wrote it), read in the
 * force's date format. Keeping the text rather than a date means a typo stays on screen and becomes a field
 * error; it is never silently turned into another date or dropped.
 */
public final class DateInput {

    private final StringProperty text = new SimpleStringProperty("");

    public DateInput() {
    }

    public DateInput(LocalDate initial) {
        set(initial);
    }

    public StringProperty textProperty() {
        return text;
    }

    public void set(LocalDate date) {
        text.set(Formats.date(date));
    }

    public boolean isBlank() {
        return text.get() == null || text.get().isBlank();
    }

    /** The date typed, empty when blank or not a date. */
    public Optional<LocalDate> value() {
        return format().parse(text.get());
    }

    /**
     * The date typed, or null when blank; when the text is not a date, null and a field error under
     * {@code field} saying how to type it.
     */
    public LocalDate read(FormErrors errors, String field) {
        if (isBlank()) {
            return null;
        }
        Optional<LocalDate> date = value();
        if (date.isEmpty()) {
            errors.add(field, format().problem(text.get()));
            return null;
        }
        return date.get();
    }

    /** Why the text is not a date, or empty when it is one or is blank. */
    public Optional<String> problem() {
        return isBlank() || value().isPresent() ? Optional.empty() : Optional.of(format().problem(text.get()));
    }

    private static ForceDateFormat format() {
        return Formats.dateFormat();
    }
}
