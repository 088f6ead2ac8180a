package uk.police.soc.caseload.service;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Which fields of a record an edit changed, for the audit entry's detail ("priority, band"). */
final class ChangedFields {

    private ChangedFields() {
    }

    static String describe(Record before, Record after) {
        List<String> changed = between(before, after);
        return changed.isEmpty() ? "saved unchanged" : String.join(", ", changed) + " changed";
    }

    static List<String> between(Record before, Record after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            try {
                Object old = component.getAccessor().invoke(before);
                Object now = component.getAccessor().invoke(after);
                if (!Objects.equals(old, now)) {
                    changed.add(component.getName());
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of a record", e);
            }
        }
        return changed;
    }
}
