package uk.police.soc.caseload.ui;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadValidator;
import uk.police.soc.caseload.domain.Problem;

/**
 * What is wrong with an editor's form, by field, so the dialog can say it next to the field. Problems that
 * name no field of the edited record go to a general list.
 */
public class FormErrors {

    private final ObservableMap<String, String> byField = FXCollections.observableHashMap();
    private final ObservableList<String> general = FXCollections.observableArrayList();

    public ObservableMap<String, String> byField() {
        return byField;
    }

    public ObservableList<String> general() {
        return general;
    }

    public String of(String field) {
        return byField.get(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty() && general.isEmpty();
    }

    public void clear() {
        byField.clear();
        general.clear();
    }

    public void add(String field, String message) {
        byField.merge(field, message, (a, b) -> a + "; " + b);
    }

    /**
     * Files each problem under its field when its path is {@code <list>[<id>].<field>...} for the edited
     * record, else under the general list (with its path, so it still says which record).
     */
    public void addAll(List<Problem> problems, String list, String id) {
        String prefix = list + "[" + id + "].";
        for (Problem problem : problems) {
            if (problem.path().startsWith(prefix)) {
                String rest = problem.path().substring(prefix.length());
                int end = indexOfAny(rest, ".[");
                add(end < 0 ? rest : rest.substring(0, end), problem.message());
            } else {
                general.add(Formats.problem(problem));
            }
        }
    }

    /** The validator's problems with the edited caseload that the stored one did not already have. */
    public static List<Problem> newProblems(Caseload before, Caseload after) {
        CaseloadValidator validator = Formats.validator();
        Set<String> existing = new HashSet<>();
        validator.validate(before).forEach(p -> existing.add(p.toString()));
        return validator.validate(after).stream().filter(p -> !existing.contains(p.toString())).toList();
    }

    // ---- parsing helpers shared by the editors ---------------------------------------------------------

    /** Null for blank, else the number; a field error when it does not parse. */
    public Double optionalNumber(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.trim());
        } catch (NumberFormatException e) {
            add(field, "\"" + text.trim() + "\" is not a number");
            return null;
        }
    }

    public Integer optionalInteger(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            add(field, "\"" + text.trim() + "\" is not a whole number");
            return null;
        }
    }

    public void requireInRange(String field, Number value, double min, double max, String what) {
        if (value != null && (value.doubleValue() < min || value.doubleValue() > max)) {
            add(field, what);
        }
    }

    public String required(String field, String text) {
        if (text == null || text.isBlank()) {
            add(field, "required");
            return null;
        }
        return text.trim();
    }

    public LocalDate optionalDate(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        java.util.Optional<LocalDate> date = Formats.dateFormat().parse(text);
        if (date.isEmpty()) {
            add(field, Formats.dateFormat().problem(text));
        }
        return date.orElse(null);
    }

    /** Empty text for null, so a form field never shows "null". */
    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** A number as typed: 30 rather than 30.0; empty for null. */
    public static String text(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : value.toString();
    }

    /** Null for blank text, so an emptied optional field is stored as "not given". */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
