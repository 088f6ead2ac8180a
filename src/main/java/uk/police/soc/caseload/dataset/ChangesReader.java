package uk.police.soc.caseload.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.domain.TrainingRecord;
import uk.police.soc.caseload.domain.scenario.CaseloadChange;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.AddOfficer;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.AddThreat;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.AddTrainingRecord;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.ArchiveThreat;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.DeactivateOfficer;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.OfficerUnavailable;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.SetPolicy;
import uk.police.soc.caseload.domain.scenario.PolicyPatch;

/**
 * Reads a scenario's changes file, {@code {"changes": [{"op": …}, …]}} (scenarios.md). An officer, training
 * record, threat or policy inside a change has exactly the dataset's shape: the changes schema borrows the
 * dataset schema's definitions, so the two can never drift apart, and problems read as an import's do, with
 * the path of the change, e.g. {@code changes[2].officer.weeklyHours: must be at most 60, got 80}. The
 * cross-record rules are checked when the changes are applied to a caseload ({@code ScenarioApplier}).
 */
public final class ChangesReader {

    private static final String SCHEMA_RESOURCE = "changes.schema.json";
    private static final JsonSchema SCHEMA = loadSchema();

    /** @throws InvalidInputException every problem of shape, as {@code changes[N].field: message} */
    public List<CaseloadChange> read(Path file) {
        return read(DatasetReader.readText(file));
    }

    public List<CaseloadChange> read(String json) {
        JsonNode root = DatasetReader.parse(json);
        Function<List<Object>, String> paths = elements -> DatasetReader.pathOf(elements, root, Map.of());
        Set<Problem> problems = new LinkedHashSet<>(DatasetReader.schemaProblems(root, SCHEMA, paths));
        DatasetReader.checkValues(root, new ArrayList<>(), paths, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(List.copyOf(problems));
        }
        List<CaseloadChange> changes = new ArrayList<>();
        for (JsonNode change : root.get("changes")) {
            changes.add(change(change));
        }
        return changes;
    }

    private static CaseloadChange change(JsonNode node) {
        String op = node.get("op").asText();
        switch (op) {
            case "addOfficer":
                return new AddOfficer(DatasetReader.officer(node.get("officer")));
            case "addTrainingRecord":
                JsonNode record = node.get("record");
                return new AddTrainingRecord(new TrainingRecord(DatasetReader.text(record.get("officerId")),
                        DatasetReader.text(record.get("courseCode")), DatasetReader.date(record.get("completedOn")),
                        DatasetReader.date(record.get("expiresOn"))));
            case "officerUnavailable":
                return new OfficerUnavailable(DatasetReader.text(node.get("officerId")),
                        DatasetReader.date(node.get("from")), DatasetReader.date(node.get("until")));
            case "deactivateOfficer":
                return new DeactivateOfficer(DatasetReader.text(node.get("officerId")));
            case "addThreat":
                return new AddThreat(DatasetReader.threat(node.get("threat")));
            case "archiveThreat":
                return new ArchiveThreat(DatasetReader.text(node.get("threatId")));
            case "setPolicy":
                return new SetPolicy(patch(node.get("policy")));
            default:
                // The schema lists the operations: only a new one added there and not here can reach this.
                throw new IllegalStateException("no mapping for op " + op);
        }
    }

    /** Only the settings given; the dataset's own policy reader fills in defaults, which a patch must not. */
    private static PolicyPatch patch(JsonNode node) {
        return new PolicyPatch(
                node.has("nominalCapacityPoints") ? node.get("nominalCapacityPoints").asDouble() : null,
                node.has("standardWeeklyHours") ? node.get("standardWeeklyHours").asDouble() : null,
                node.has("pointsByPriority") ? DatasetReader.byPriority(node.get("pointsByPriority"), JsonNode::asDouble)
                        : null,
                node.has("minSkillLevelByPriority")
                        ? DatasetReader.byPriority(node.get("minSkillLevelByPriority"), JsonNode::asInt) : null,
                node.has("minPipLevelByCategory") ? DatasetReader.intMap(node.get("minPipLevelByCategory")) : null,
                node.has("traineePriorities") ? DatasetReader.list(node.get("traineePriorities"), JsonNode::asInt)
                        : null,
                node.has("longAbsenceDays") ? node.get("longAbsenceDays").asInt() : null,
                node.has("amberLoadPercent") ? node.get("amberLoadPercent").asDouble() : null,
                node.has("redLoadPercent") ? node.get("redLoadPercent").asDouble() : null,
                node.has("moveCostPoints") ? node.get("moveCostPoints").asDouble() : null,
                node.has("allowOverload") ? node.get("allowOverload").asBoolean() : null);
    }

    /** The changes schema with the dataset schema's {@code $defs} added to its own. */
    private static JsonSchema loadSchema() {
        ObjectNode changes = (ObjectNode) resource(SCHEMA_RESOURCE);
        JsonNode dataset = resource(DatasetReader.SCHEMA_RESOURCE_NAME);
        ObjectNode defs = (ObjectNode) changes.get("$defs");
        dataset.get("$defs").fields().forEachRemaining(def -> defs.set(def.getKey(), def.getValue()));
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(changes, SchemaValidatorsConfig.builder().build());
    }

    private static JsonNode resource(String name) {
        try (InputStream in = ChangesReader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return DatasetJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
