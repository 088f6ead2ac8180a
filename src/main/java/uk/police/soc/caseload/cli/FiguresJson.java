package uk.police.soc.caseload.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import uk.police.soc.caseload.dataset.DatasetJson;
import uk.police.soc.caseload.domain.PlanFigures;

/**
 * The plan figures as JSON, for every command that prints them with {@code --json}: the figure names of the
 * allocation policy's table, and nothing else but {@code officers}, each officer's load. Numbers are unrounded;
 * an infinite load % is the string {@code "Infinity"}, since JSON has no infinity.
 */
public final class FiguresJson {

    private FiguresJson() {
    }

    public static ObjectNode toJson(PlanFigures figures) {
        ObjectNode node = DatasetJson.mapper().createObjectNode();
        node.put("hardViolations", figures.hardViolations());
        ArrayNode uncoverable = node.putArray("uncoverable");
        figures.uncoverable().forEach(uncoverable::add);
        ArrayNode unallocated = node.putArray("unallocated");
        figures.unallocated().forEach(unallocated::add);
        putNumber(node, "overloadPoints", figures.overloadPoints());
        putNumber(node, "peakLoadPercent", figures.peakLoadPercent());
        putNumber(node, "balance", figures.balance());
        node.put("moves", figures.moves());
        node.put("officersOverCapacity", figures.officersOverCapacity());
        node.put("officersOverloaded", figures.officersOverloaded());
        node.put("lroShortfall", figures.lroShortfall());
        ArrayNode officers = node.putArray("officers");
        figures.officers().forEach(load -> putLoad(officers.addObject(), load.officerId(), load.capacity(), load.load(),
                load.loadPercent()));
        return node;
    }

    /** {@code officerId, capacity, load, loadPercent}: one officer's load, as every command writes it. */
    public static ObjectNode putLoad(ObjectNode node, String officerId, double capacity, double load,
            double loadPercent) {
        node.put("officerId", officerId);
        putNumber(node, "capacity", capacity);
        putNumber(node, "load", load);
        putNumber(node, "loadPercent", loadPercent);
        return node;
    }

    /** A number as JSON: infinities and NaN, which JSON cannot hold, as strings. */
    public static void putNumber(ObjectNode node, String field, double value) {
        if (Double.isInfinite(value) || Double.isNaN(value)) {
            node.put(field, Double.toString(value));
        } else {
            node.put(field, value);
        }
    }

    /** One JSON document, pretty-printed. */
    public static String render(ObjectNode node) {
        try {
            return DatasetJson.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
