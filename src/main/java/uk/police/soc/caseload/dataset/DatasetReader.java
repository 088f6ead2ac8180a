package uk.police.soc.caseload.dataset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import uk.police.soc.caseload.domain.Absence;
import uk.police.soc.caseload.domain.ActionStatus;
import uk.police.soc.caseload.domain.MentoringSession;
import uk.police.soc.caseload.domain.PlanAction;
import uk.police.soc.caseload.domain.PlanReview;
import uk.police.soc.caseload.domain.Strand;
import uk.police.soc.caseload.domain.ThreatPlan;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadValidator;
import uk.police.soc.caseload.domain.Category;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.Dates;
import uk.police.soc.caseload.domain.Echo;
import uk.police.soc.caseload.domain.Ids;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.domain.Reduction;
import uk.police.soc.caseload.domain.TextFiles;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.ThreatStatus;
import uk.police.soc.caseload.domain.TrainingRecord;

/**
 * Reads {@code soc-caseload/1} and {@code soc-caseload/2} documents: JSON syntax, then the JSON Schema of the
 * document's version and real calendar dates, then the cross-record rules of {@link CaseloadValidator}. A document is accepted whole or rejected with every problem
 * found, each as {@code path: message} naming the record by id where it has a usable one.
 */
public final class DatasetReader {

    private static final Set<String> DATE_FIELDS =
            Set.of("asOf", "from", "until", "completedOn", "expiresOn", "adoptedOn", "nextReviewDue", "on", "due");
    private static final Set<String> INT_FIELDS =
            Set.of("validMonths", "longAbsenceDays", "sustainedOverloadDays", "minutes");
    private static final Pattern DATE_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    /** The lists whose records have an id of their own to name them by in problem paths. */
    private static final Map<String, String> ID_FIELD_BY_LIST =
            Map.of("categories", "code", "courses", "code", "officers", "id", "threats", "id");
    private static final String DOCUMENT = "document";
    private static final String NOT_FINITE = "too large to be a number (numbers must be finite)";

    private static final Map<DatasetFormat, JsonSchema> SCHEMAS = loadSchemas();

    /**
     * The schema whose {@code $defs} the changes file of a scenario shares: the current version's, so that a
     * scenario's records and policy may use what a dataset may.
     */
    static final String SCHEMA_RESOURCE_NAME = DatasetFormat.CURRENT.schemaResource();

    /**
     * Parses and validates a dataset file: the JSON Schema, every cross-record rule and real calendar dates.
     *
     * @throws InvalidInputException listing every problem as {@code path: message}
     */
    public Caseload read(Path file) {
        return readDocument(file).caseload();
    }

    /** A valid dataset and the version of the format it was written in. */
    public record Document(Caseload caseload, DatasetFormat format) {
    }

    /** As {@link #read(Path)}, telling also which version of the format the file is. */
    public Document readDocument(Path file) {
        return readDocument(readText(file));
    }

    /**
     * A JSON file's text, without a byte-order mark (editors on Windows save UTF-8 with one; RFC 8259 lets a
     * parser ignore it). A file that cannot be read, is too large or is not UTF-8 is invalid input named by its
     * path (see {@link TextFiles}).
     */
    static String readText(Path file) {
        return TextFiles.readUtf8(file);
    }

    /** As {@link #read(Path)}, from the document's text. */
    public Caseload read(String json) {
        return readDocument(json).caseload();
    }

    /** As {@link #readDocument(Path)}, from the document's text. */
    public Document readDocument(String json) {
        JsonNode root = parse(json);
        Map<String, Map<String, Integer>> idCounts = idCounts(root);
        Function<List<Object>, String> paths = elements -> pathOf(elements, root, idCounts);

        JsonNode format = root.get("format");
        DatasetFormat version = format == null ? DatasetFormat.CURRENT
                : DatasetFormat.of(format.isTextual() ? format.asText() : null).orElse(null);
        if (version == null) {
            // Another version's document cannot be judged by these versions' rules: that is the one problem.
            throw new InvalidInputException("format",
                    "expected " + DatasetFormat.labels() + ", got " + format + ": not a soc-caseload dataset");
        }
        Set<Problem> valueProblems = new LinkedHashSet<>();
        checkValues(root, new ArrayList<>(), paths, valueProblems);
        Set<Problem> problems = new LinkedHashSet<>();
        // A value too large to be a number also breaks its schema range ("at most 60, got Infinity"): once is enough.
        Set<String> nonFinite = new HashSet<>();
        valueProblems.stream().filter(p -> p.message().equals(NOT_FINITE)).forEach(p -> nonFinite.add(p.path()));
        schemaProblems(root, SCHEMAS.get(version), paths).stream().filter(p -> !nonFinite.contains(p.path())).forEach(problems::add);
        problems.addAll(valueProblems);
        Caseload caseload;
        try {
            caseload = toCaseload(root);
        } catch (RuntimeException e) {
            // Only a document the schema has already rejected can be too misshapen to map; its problems say why.
            if (problems.isEmpty()) {
                throw e;
            }
            throw new InvalidInputException(List.copyOf(problems));
        }
        List<Problem> shapeProblems = List.copyOf(problems);
        for (Problem ruleProblem : new CaseloadValidator().validate(caseload)) {
            if (shapeProblems.stream().noneMatch(shape -> covers(shape.path(), ruleProblem.path()))) {
                problems.add(ruleProblem);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(List.copyOf(problems));
        }
        return new Document(caseload, version);
    }

    /**
     * Whether a shape problem at {@code shapePath} already explains a rule problem at {@code rulePath}: the
     * validator re-checks the schema's ranges for the app's edit dialogs, and one mistake is reported once.
     */
    private static boolean covers(String shapePath, String rulePath) {
        return rulePath.equals(shapePath) || rulePath.startsWith(shapePath + ".") || rulePath.startsWith(shapePath + "[");
    }

    // ---- syntax ----------------------------------------------------------------------------------------

    static JsonNode parse(String json) {
        JsonNode root;
        try {
            root = DatasetJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? DOCUMENT : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            String why = e.getOriginalMessage().replaceAll("\\[Source: [^;]*; ", "[").replaceAll("\\s+", " ");
            throw new InvalidInputException(where, "not valid JSON (truncated or mistyped?): " + why);
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidInputException(DOCUMENT, "empty: expected a " + DatasetJson.FORMAT + " JSON object");
        }
        if (!root.isObject()) {
            throw new InvalidInputException(DOCUMENT, "expected a JSON object, got " + root.getNodeType());
        }
        return root;
    }

    // ---- schema ----------------------------------------------------------------------------------------

    private static Map<DatasetFormat, JsonSchema> loadSchemas() {
        Map<DatasetFormat, JsonSchema> schemas = new java.util.EnumMap<>(DatasetFormat.class);
        for (DatasetFormat format : DatasetFormat.values()) {
            try (InputStream in = DatasetReader.class.getResourceAsStream(format.schemaResource())) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + format.schemaResource());
                }
                schemas.put(format, JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(in, SchemaValidatorsConfig.builder().build()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schemas;
    }

    static List<Problem> schemaProblems(JsonNode root, JsonSchema schema, Function<List<Object>, String> paths) {
        Set<ValidationMessage> messages = schema.validate(root);
        // A nullable field is "X or null" (oneOf); its "null expected" branch says nothing useful, and the
        // oneOf summary only matters when no branch explained what is wrong.
        Set<String> explained = new HashSet<>();
        for (ValidationMessage message : messages) {
            if (!"oneOf".equals(message.getType()) && !isNullBranch(message)) {
                explained.add(message.getInstanceLocation().toString());
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (ValidationMessage message : messages) {
            boolean unexplainedOneOf = "oneOf".equals(message.getType())
                    && !explained.contains(message.getInstanceLocation().toString());
            boolean useful = !"oneOf".equals(message.getType()) && !isNullBranch(message);
            if (unexplainedOneOf || useful) {
                problems.add(translate(message, root, paths));
            }
        }
        return problems;
    }

    private static boolean isNullBranch(ValidationMessage message) {
        Object[] args = message.getArguments();
        return "type".equals(message.getType()) && args != null && args.length == 2 && "null".equals(String.valueOf(args[1]));
    }

    private static Problem translate(ValidationMessage message, JsonNode root, Function<List<Object>, String> paths) {
        List<Object> at = elements(message.getInstanceLocation());
        String schemaAt = message.getSchemaLocation().toString();
        String value = echo(root.at(message.getInstanceLocation().toString()));
        boolean byPriority = schemaAt.contains("/$defs/byPriority/") || schemaAt.contains("/$defs/levelByPriority/");
        Object[] args = message.getArguments();
        String arg = args == null || args.length == 0 ? "" : String.valueOf(args[0]);
        switch (message.getType()) {
            case "additionalProperties":
                if (DatasetFormat.VERSION_2_FIELDS.contains(message.getProperty())
                        && DatasetFormat.V1.label().equals(root.path("format").asText(null))) {
                    return new Problem(paths.apply(plus(at, message.getProperty())), "only in "
                            + DatasetFormat.V2.label() + ": this file's format is \"" + DatasetFormat.V1.label()
                            + "\" (say \"" + DatasetFormat.V2.label() + "\" to include it)");
                }
                return new Problem(paths.apply(plus(at, message.getProperty())),
                        byPriority ? "not a priority (expected 1, 2, 3 and 4)" : "unknown field");
            case "required":
                return new Problem(paths.apply(plus(at, message.getProperty())),
                        byPriority ? "missing (every priority 1 to 4 needs a value)" : "is required");
            case "type":
                return new Problem(paths.apply(at), "expected " + article(String.valueOf(args[1])) + ", got " + value);
            case "const":
                return new Problem(paths.apply(at), "expected " + arg + ", got " + value);
            case "enum":
                return new Problem(paths.apply(at), "expected one of " + arg + ", got " + value);
            case "minimum":
                return new Problem(paths.apply(at), "must be at least " + arg + ", got " + value);
            case "maximum":
                return new Problem(paths.apply(at), "must be at most " + arg + ", got " + value);
            case "exclusiveMinimum":
                return new Problem(paths.apply(at), "must be above " + arg + ", got " + value);
            case "uniqueItems":
                return new Problem(paths.apply(at), "lists the same value more than once");
            case "oneOf":
                return new Problem(paths.apply(at), "not an allowed value: " + value);
            default:
                break;
        }
        if (schemaAt.contains("/$defs/id/")) {
            return new Problem(paths.apply(at), Ids.RULE + ", got " + value);
        }
        if (schemaAt.contains("/$defs/date/")) {
            return new Problem(paths.apply(at), "expected a date as YYYY-MM-DD, got " + value);
        }
        if ("minLength".equals(message.getType())) {
            return new Problem(paths.apply(at), "must not be empty");
        }
        String text = message.getMessage();
        int colon = text.indexOf(": ");
        return new Problem(paths.apply(at), colon < 0 ? text : text.substring(colon + 2));
    }

    /** A value as JSON, shortened as {@link Echo} does, so that a huge value gives a readable message. */
    private static String echo(JsonNode node) {
        String json = node.toString();
        return node.isTextual() ? Echo.quoted(node.textValue()) : Echo.shortened(json);
    }

    private static String article(String type) {
        return (type.startsWith("a") || type.startsWith("i") || type.startsWith("o") ? "an " : "a ") + type;
    }

    // ---- what the schema cannot say ---------------------------------------------------------------------

    /**
     * Real calendar dates the format can hold (the schema checks only their shape), finite numbers (JSON has no
     * infinity, but {@code 1e400} reads as one) and integers that fit the domain, whether written {@code 2147483648}
     * or {@code 1e10}.
     */
    static void checkValues(JsonNode node, List<Object> at, Function<List<Object>, String> paths,
            Set<Problem> problems) {
        if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
            problems.add(new Problem(paths.apply(at), NOT_FINITE));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkValues(node.get(i), plus(at, i), paths, problems);
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                List<Object> fieldAt = plus(at, field.getKey());
                JsonNode value = field.getValue();
                if (DATE_FIELDS.contains(field.getKey()) && value.isTextual()
                        && DATE_SHAPE.matcher(value.asText()).matches() && parseDate(value.asText()) == null) {
                    problems.add(new Problem(paths.apply(fieldAt), "0000".equals(value.asText().substring(0, 4))
                            ? "year 0000 is not a date the format can hold (years 0001 to 9999): " + value
                            : "not a real calendar date: " + value));
                } else if (INT_FIELDS.contains(field.getKey()) && value.isNumber() && Double.isFinite(value.doubleValue())
                        && !value.canConvertToInt()) {
                    problems.add(new Problem(paths.apply(fieldAt), "too large: " + value));
                } else {
                    checkValues(value, fieldAt, paths, problems);
                }
            }
        }
    }

    private static LocalDate parseDate(String text) {
        return Dates.parse(text).orElse(null);
    }

    // ---- problem paths ---------------------------------------------------------------------------------

    private static List<Object> elements(JsonNodePath location) {
        List<Object> elements = new ArrayList<>();
        for (int i = 0; i < location.getNameCount(); i++) {
            elements.add(location.getElement(i));
        }
        return elements;
    }

    static List<Object> plus(List<Object> path, Object element) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(element);
        return longer;
    }

    /** How often each id occurs in each list, so that a record is named by its id only when that is unique. */
    private static Map<String, Map<String, Integer>> idCounts(JsonNode root) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        ID_FIELD_BY_LIST.forEach((list, idField) -> {
            Map<String, Integer> listCounts = new HashMap<>();
            for (JsonNode record : root.path(list)) {
                JsonNode id = record.get(idField);
                if (id != null && id.isTextual()) {
                    listCounts.merge(id.asText(), 1, Integer::sum);
                }
            }
            counts.put(list, listCounts);
        });
        return counts;
    }

    static String pathOf(List<Object> elements, JsonNode root, Map<String, Map<String, Integer>> idCounts) {
        if (elements.isEmpty()) {
            return DOCUMENT;
        }
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < elements.size(); i++) {
            Object element = elements.get(i);
            if (element instanceof Integer) {
                int index = (Integer) element;
                String list = i == 1 ? String.valueOf(elements.get(0)) : null;
                if (list != null && ID_FIELD_BY_LIST.containsKey(list)) {
                    JsonNode id = root.path(list).path(index).get(ID_FIELD_BY_LIST.get(list));
                    String idText = id != null && id.isTextual() ? id.asText() : null;
                    path.setLength(0);
                    path.append(CaseloadValidator.recordPath(list, index, idText, idCounts.get(list)));
                } else if (isPlanAction(elements, i)) {
                    // threats[T].plan.actions[A]: an action is named by its id, unique within its threat's plan.
                    JsonNode actions = root.path("threats").path((Integer) elements.get(1)).path("plan").path("actions");
                    Map<String, Integer> actionIds = new HashMap<>();
                    actions.forEach(a -> {
                        if (a.path("id").isTextual()) {
                            actionIds.merge(a.path("id").asText(), 1, Integer::sum);
                        }
                    });
                    JsonNode id = actions.path(index).get("id");
                    String record = CaseloadValidator.recordPath("actions", index,
                            id != null && id.isTextual() ? id.asText() : null, actionIds);
                    path.setLength(path.length() - "actions".length());
                    path.append(record);
                } else {
                    path.append('[').append(index).append(']');
                }
            } else {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(element);
            }
        }
        return path.toString();
    }

    private static boolean isPlanAction(List<Object> elements, int i) {
        return i == 4 && "threats".equals(elements.get(0)) && elements.get(1) instanceof Integer
                && "plan".equals(elements.get(2)) && "actions".equals(elements.get(3));
    }

    // ---- mapping to the domain -------------------------------------------------------------------------

    private static Caseload toCaseload(JsonNode root) {
        // A missing or impossible asOf is already a reported problem; the epoch only lets the rules run on.
        LocalDate asOf = date(root.get("asOf"));
        return new Caseload(
                asOf == null ? LocalDate.EPOCH : asOf,
                policy(root.get("policy")),
                list(root.get("categories"), c -> new Category(text(c.get("code")), text(c.get("name")))),
                list(root.get("courses"), DatasetReader::course),
                list(root.get("officers"), DatasetReader::officer),
                list(root.get("trainingRecords"), r -> new TrainingRecord(text(r.get("officerId")),
                        text(r.get("courseCode")), date(r.get("completedOn")), date(r.get("expiresOn")))),
                list(root.get("threats"), DatasetReader::threat),
                plans(root.get("threats")),
                list(root.get("mentoringSessions"), DatasetReader::mentoringSession));
    }

    /** The plans of the threats that carry one (a threat without {@code plan} keeps its stored one on merge). */
    private static Map<String, ThreatPlan> plans(JsonNode threats) {
        Map<String, ThreatPlan> plans = new LinkedHashMap<>();
        if (threats != null) {
            for (JsonNode threat : threats) {
                JsonNode plan = threat.get("plan");
                if (plan != null && plan.isObject() && threat.path("id").isTextual()) {
                    plans.put(threat.get("id").asText(), new ThreatPlan(
                            list(plan.get("actions"), DatasetReader::planAction),
                            list(plan.get("reviews"), DatasetReader::planReview)));
                }
            }
        }
        return plans;
    }

    private static PlanAction planAction(JsonNode node) {
        return new PlanAction(Objects.requireNonNullElse(text(node.get("id")), ""),
                enumValue(Strand.class, node.get("strand")), text(node.get("text")),
                enumValue(ActionStatus.class, node.get("status")), text(node.get("ownerId")), date(node.get("due")));
    }

    private static PlanReview planReview(JsonNode node) {
        return new PlanReview(date(node.get("on")), text(node.get("outcome")), text(node.get("reviewerId")),
                date(node.get("nextReviewDue")));
    }

    private static MentoringSession mentoringSession(JsonNode node) {
        return new MentoringSession(text(node.get("mentorId")), text(node.get("menteeId")), date(node.get("on")),
                integer(node.get("minutes")), text(node.get("note")));
    }

    /** Null when absent or not one of the values: the schema has reported the latter already. */
    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node) {
        if (isAbsent(node)) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(node.asText())) {
                return value;
            }
        }
        return null;
    }

    /** Each setting given replaces the default whole; a setting not given keeps the default. */
    static Policy policy(JsonNode node) {
        Policy defaults = Policy.DEFAULTS;
        if (node == null) {
            return defaults;
        }
        return new Policy(
                node.has("nominalCapacityPoints") ? node.get("nominalCapacityPoints").asDouble()
                        : defaults.nominalCapacityPoints(),
                node.has("standardWeeklyHours") ? node.get("standardWeeklyHours").asDouble()
                        : defaults.standardWeeklyHours(),
                node.has("pointsByPriority") ? byPriority(node.get("pointsByPriority"), JsonNode::asDouble)
                        : defaults.pointsByPriority(),
                node.has("minSkillLevelByPriority") ? byPriority(node.get("minSkillLevelByPriority"), JsonNode::asInt)
                        : defaults.minSkillLevelByPriority(),
                node.has("minPipLevelByCategory") ? intMap(node.get("minPipLevelByCategory"))
                        : defaults.minPipLevelByCategory(),
                node.has("traineePriorities") ? list(node.get("traineePriorities"), JsonNode::asInt)
                        : defaults.traineePriorities(),
                node.has("longAbsenceDays") ? node.get("longAbsenceDays").asInt() : defaults.longAbsenceDays(),
                node.has("amberLoadPercent") ? node.get("amberLoadPercent").asDouble() : defaults.amberLoadPercent(),
                node.has("redLoadPercent") ? node.get("redLoadPercent").asDouble() : defaults.redLoadPercent(),
                node.has("moveCostPoints") ? node.get("moveCostPoints").asDouble() : defaults.moveCostPoints(),
                node.has("allowOverload") ? node.get("allowOverload").asBoolean() : defaults.allowOverload(),
                node.has("sustainedOverloadDays") ? node.get("sustainedOverloadDays").asInt()
                        : defaults.sustainedOverloadDays());
    }

    private static Course course(JsonNode node) {
        return new Course(text(node.get("code")), text(node.get("name")), integer(node.get("validMonths")),
                bool(node.get("accreditsLro"), false), text(node.get("category")));
    }

    static Officer officer(JsonNode node) {
        return new Officer(
                text(node.get("id")),
                text(node.get("name")),
                text(node.get("rank")),
                text(node.get("unit")),
                text(node.get("area")),
                number(node.get("weeklyHours")),
                node.has("pipLevel") ? node.get("pipLevel").asInt() : 0,
                node.has("skills") ? intMap(node.get("skills")) : Map.of(),
                text(node.get("mentorId")),
                list(node.get("reductions"), r -> new Reduction(text(r.get("reason")), r.path("percent").asDouble(),
                        date(r.get("from")), date(r.get("until")))),
                list(node.get("absences"), a -> new Absence(date(a.get("from")), date(a.get("until")),
                        text(a.get("reason")))),
                bool(node.get("active"), true));
    }

    static Threat threat(JsonNode node) {
        JsonNode status = node.get("status");
        return new Threat(
                text(node.get("id")),
                text(node.get("name")),
                text(node.get("category")),
                node.path("priority").asInt(),
                text(node.get("band")),
                number(node.get("riskScore")),
                number(node.get("workloadPoints")),
                integer(node.get("minSkillLevel")),
                integer(node.get("minPipLevel")),
                text(node.get("area")),
                text(node.get("officerId")),
                bool(node.get("pinned"), false),
                list(node.get("excludedOfficerIds"), JsonNode::asText),
                status == null || !"ARCHIVED".equals(status.asText()) ? ThreatStatus.ACTIVE : ThreatStatus.ARCHIVED,
                date(node.get("adoptedOn")),
                date(node.get("nextReviewDue")));
    }

    static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> items = new ArrayList<>();
        if (array != null) {
            array.forEach(element -> items.add(item.apply(element)));
        }
        return items;
    }

    static <V> Map<Integer, V> byPriority(JsonNode object, Function<JsonNode, V> value) {
        Map<Integer, V> map = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> map.put(Integer.valueOf(e.getKey()), value.apply(e.getValue())));
        return map;
    }

    static Map<String, Integer> intMap(JsonNode object) {
        Map<String, Integer> map = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asInt()));
        return map;
    }

    private static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull();
    }

    static String text(JsonNode node) {
        return isAbsent(node) ? null : node.asText();
    }

    static Double number(JsonNode node) {
        return isAbsent(node) ? null : node.asDouble();
    }

    static Integer integer(JsonNode node) {
        return isAbsent(node) ? null : node.asInt();
    }

    static boolean bool(JsonNode node, boolean absent) {
        return isAbsent(node) ? absent : node.asBoolean();
    }

    /** Null when absent or not a real date: the schema and date checks have reported the latter already. */
    static LocalDate date(JsonNode node) {
        return isAbsent(node) ? null : parseDate(node.asText());
    }
}
