package uk.police.soc.caseload.presentation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import uk.police.soc.caseload.domain.Caseload;

/** An audit entry's parts as the Audit trail screen and the {@code audit} command say them. */
public final class AuditWords {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditWords() {
    }

    /**
     * The records an entry concerns, as stored (a JSON list of ids, or counts for a bulk operation), in words:
     * "Op Ginkgo (OCG-2019-028)" where {@code caseload} knows the id (null: ids alone), "threats: 31,
     * training records: 9" for counts; the stored text itself when it is neither.
     */
    public static String records(String records, Caseload caseload) {
        if (records == null || records.isBlank()) {
            return "";
        }
        JsonNode node;
        try {
            node = JSON.readTree(records);
        } catch (IOException e) {
            return records;
        }
        List<String> parts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> parts.add(named(item.asText(), caseload)));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> parts.add(words(field.getKey()) + ": " + field.getValue().asText()));
        } else {
            return records;
        }
        return String.join(", ", parts);
    }

    private static String named(String id, Caseload caseload) {
        if (caseload != null && caseload.threat(id).isPresent()) {
            return Names.threat(caseload, id);
        }
        if (caseload != null && caseload.officer(id).isPresent()) {
            return Names.officer(caseload, id);
        }
        return id;
    }

    /** "trainingRecords" and "audit_entry" as words: "training records", "audit entry". */
    private static String words(String key) {
        return key.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    }
}
