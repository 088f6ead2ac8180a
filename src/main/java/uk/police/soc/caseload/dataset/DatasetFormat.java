package uk.police.soc.caseload.dataset;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The versions of the dataset format the planner reads. Version 2 is version 1 plus 4P plans on threats,
 * mentoring sessions and the {@code sustainedOverloadDays} policy setting; each has its own JSON Schema.
 */
public enum DatasetFormat {
    V1("soc-caseload/1", "dataset.schema.json"),
    V2("soc-caseload/2", "dataset-2.schema.json");

    /** What {@code export} writes unless told otherwise. */
    public static final DatasetFormat CURRENT = V2;

    /** The parts of a version 2 document that version 1 does not have, by the field that holds them. */
    static final Set<String> VERSION_2_FIELDS = Set.of("plan", "mentoringSessions", "sustainedOverloadDays");

    private final String label;
    private final String schemaResource;

    DatasetFormat(String label, String schemaResource) {
        this.label = label;
        this.schemaResource = schemaResource;
    }

    /** The {@code format} value, e.g. {@code soc-caseload/2}. */
    public String label() {
        return label;
    }

    String schemaResource() {
        return schemaResource;
    }

    public static Optional<DatasetFormat> of(String label) {
        return Arrays.stream(values()).filter(f -> f.label.equals(label)).findFirst();
    }

    /** {@code "soc-caseload/1" or "soc-caseload/2"}, for messages. */
    public static String labels() {
        return "\"" + V1.label + "\" or \"" + V2.label + "\"";
    }
}
