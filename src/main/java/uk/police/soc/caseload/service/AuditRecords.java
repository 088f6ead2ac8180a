package uk.police.soc.caseload.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Map;
import uk.police.soc.caseload.dataset.DatasetJson;

/** The {@code records} field of an audit entry: a JSON list of ids, or for a bulk operation a JSON object of counts. */
final class AuditRecords {

    private AuditRecords() {
    }

    static String ids(Collection<String> ids) {
        ArrayNode array = DatasetJson.mapper().createArrayNode();
        ids.forEach(array::add);
        return array.toString();
    }

    static String counts(Map<String, ? extends Number> counts) {
        ObjectNode object = DatasetJson.mapper().createObjectNode();
        counts.forEach((kind, count) -> object.put(kind, count.longValue()));
        return object.toString();
    }

    /** True when {@code records} is a list holding {@code id}. */
    static boolean mentions(String records, String id) {
        if (records == null) {
            return false;
        }
        try {
            JsonNode node = DatasetJson.mapper().readTree(records);
            if (node.isArray()) {
                for (JsonNode item : node) {
                    if (item.asText().equals(id)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
