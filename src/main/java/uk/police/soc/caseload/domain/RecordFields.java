package uk.police.soc.caseload.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Which fields of a record differ between two versions of it, by the field names of the dataset format. */
public final class RecordFields {

    private RecordFields() {
    }

    /** The names of the fields in which {@code before} and {@code after}, records of one type, differ. */
    public static <T extends Record> List<String> differing(T before, T after) {
        if (before.getClass() != after.getClass()) {
            throw new IllegalArgumentException(before.getClass() + " vs " + after.getClass());
        }
        List<String> fields = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            if (!Objects.equals(value(component, before), value(component, after))) {
                fields.add(component.getName());
            }
        }
        return fields;
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
