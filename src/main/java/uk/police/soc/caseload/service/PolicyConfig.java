package uk.police.soc.caseload.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.police.soc.caseload.domain.Policy;

/**
 * The policy settings a new database starts with: {@code config/policy.json}, in the shape of a dataset's
 * {@code policy} object (see {@code config/README.md}). Settings it leaves out take {@link Policy#DEFAULTS}.
 * The folder is {@code config/} under the working directory, or the {@value #PROPERTY} system property.
 */
public final class PolicyConfig {

    public static final String PROPERTY = "soc.config";
    static final String FILE_NAME = "policy.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PRIORITIES = List.of("1", "2", "3", "4");

    private final Path file;
    private final List<String> problems = new ArrayList<>();

    private PolicyConfig(Path file) {
        this.file = file;
    }

    /** The configured policy; {@link Policy#DEFAULTS} when there is no config file. */
    public static Policy load() {
        return load(System.getProperty(PROPERTY), Path.of(""));
    }

    static Policy load(String configuredFolder, Path workingDirectory) {
        if (configuredFolder != null && !configuredFolder.isBlank()) {
            Path configured = Path.of(configuredFolder);
            Path file = Files.isDirectory(configured) ? configured.resolve(FILE_NAME) : configured;
            if (!Files.isRegularFile(file)) {
                throw new ConfigException(file + ": no such config file (named by the " + PROPERTY + " property)");
            }
            return read(file);
        }
        Path file = workingDirectory.resolve("config").resolve(FILE_NAME);
        return Files.isRegularFile(file) ? read(file) : Policy.DEFAULTS;
    }

    /** The policy in {@code file}; a {@link ConfigException} naming the file and every bad field otherwise. */
    public static Policy read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ": not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
        }
        return new PolicyConfig(file).toPolicy(root);
    }

    private Policy toPolicy(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new ConfigException(file + ": must hold a JSON object of policy settings");
        }
        Policy d = Policy.DEFAULTS;
        Set<String> known = Set.of("nominalCapacityPoints", "standardWeeklyHours", "pointsByPriority",
                "minSkillLevelByPriority", "minPipLevelByCategory", "traineePriorities", "longAbsenceDays",
                "amberLoadPercent", "redLoadPercent", "moveCostPoints", "allowOverload");
        root.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                problems.add(name + ": unknown setting");
            }
        });
        Policy policy = new Policy(
                number(root, "nominalCapacityPoints", d.nominalCapacityPoints(), 0, false, Double.MAX_VALUE),
                number(root, "standardWeeklyHours", d.standardWeeklyHours(), 0, false, 60),
                byPriority(root, "pointsByPriority", d.pointsByPriority(),
                        (path, node) -> number(path, node, 0, false, Double.MAX_VALUE)),
                byPriority(root, "minSkillLevelByPriority", d.minSkillLevelByPriority(),
                        (path, node) -> integer(path, node, 0, 3)),
                minPipLevelByCategory(root, d.minPipLevelByCategory()),
                traineePriorities(root, d.traineePriorities()),
                integer(root, "longAbsenceDays", d.longAbsenceDays(), 1, Integer.MAX_VALUE),
                number(root, "amberLoadPercent", d.amberLoadPercent(), 0, false, Double.MAX_VALUE),
                number(root, "redLoadPercent", d.redLoadPercent(), 0, false, Double.MAX_VALUE),
                number(root, "moveCostPoints", d.moveCostPoints(), 0, true, Double.MAX_VALUE),
                bool(root, "allowOverload", d.allowOverload()));
        if (!problems.isEmpty()) {
            throw new ConfigException(problems.stream().map(p -> file + ": " + p).collect(Collectors.joining("\n")));
        }
        return policy;
    }

    private interface Setting<T> {
        T read(String path, JsonNode node);
    }

    private <T> Map<Integer, T> byPriority(JsonNode root, String name, Map<Integer, T> fallback, Setting<T> value) {
        JsonNode node = root.get(name);
        if (node == null) {
            return fallback;
        }
        if (!node.isObject()) {
            problems.add(name + ": must be an object with keys \"1\" to \"4\"");
            return fallback;
        }
        Map<Integer, T> result = new HashMap<>();
        for (String priority : PRIORITIES) {
            JsonNode entry = node.get(priority);
            if (entry == null) {
                problems.add(name + "." + priority + ": missing (every priority 1 to 4 needs a value)");
            } else {
                T read = value.read(name + "." + priority, entry);
                result.put(Integer.valueOf(priority), read == null ? fallback.get(Integer.valueOf(priority)) : read);
            }
        }
        node.fieldNames().forEachRemaining(key -> {
            if (!PRIORITIES.contains(key)) {
                problems.add(name + "." + key + ": not a priority (1 to 4)");
            }
        });
        return result;
    }

    private Map<String, Integer> minPipLevelByCategory(JsonNode root, Map<String, Integer> fallback) {
        JsonNode node = root.get("minPipLevelByCategory");
        if (node == null) {
            return fallback;
        }
        if (!node.isObject()) {
            problems.add("minPipLevelByCategory: must be an object of category code to PIP level");
            return fallback;
        }
        Map<String, Integer> result = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Integer level = integer("minPipLevelByCategory." + entry.getKey(), entry.getValue(), 0, 4);
            if (level != null) {
                result.put(entry.getKey(), level);
            }
        }
        return result;
    }

    private List<Integer> traineePriorities(JsonNode root, List<Integer> fallback) {
        JsonNode node = root.get("traineePriorities");
        if (node == null) {
            return fallback;
        }
        if (!node.isArray()) {
            problems.add("traineePriorities: must be an array of priorities (1 to 4)");
            return fallback;
        }
        Set<Integer> result = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            Integer priority = integer("traineePriorities[" + i + "]", node.get(i), 1, 4);
            if (priority != null && !result.add(priority)) {
                problems.add("traineePriorities[" + i + "]: priority " + priority + " is listed twice");
            }
        }
        return List.copyOf(result);
    }

    private double number(JsonNode root, String name, double fallback, double min, boolean minAllowed, double max) {
        JsonNode node = root.get(name);
        Double value = node == null ? null : number(name, node, min, minAllowed, max);
        return value == null ? fallback : value;
    }

    private Double number(String path, JsonNode node, double min, boolean minAllowed, double max) {
        return checked(path, node, JsonNode::isNumber, JsonNode::doubleValue, min, minAllowed, max,
                "a number " + (minAllowed ? "of at least " : "above ") + format(min)
                        + (max < Double.MAX_VALUE ? " and at most " + format(max) : ""));
    }

    private int integer(JsonNode root, String name, int fallback, int min, int max) {
        JsonNode node = root.get(name);
        Integer value = node == null ? null : integer(name, node, min, max);
        return value == null ? fallback : value;
    }

    private Integer integer(String path, JsonNode node, int min, int max) {
        Double value = checked(path, node, n -> n.isIntegralNumber() && n.canConvertToInt(), JsonNode::doubleValue,
                min, true, max, "a whole number from " + min + (max < Integer.MAX_VALUE ? " to " + max : " up"));
        return value == null ? null : value.intValue();
    }

    private Double checked(String path, JsonNode node, java.util.function.Predicate<JsonNode> isRightType,
                           Function<JsonNode, Double> value, double min, boolean minAllowed, double max,
                           String expected) {
        if (isRightType.test(node)) {
            double v = value.apply(node);
            if ((minAllowed ? v >= min : v > min) && v <= max) {
                return v;
            }
        }
        problems.add(path + ": must be " + expected + ", not " + node);
        return null;
    }

    private boolean bool(JsonNode root, String name, boolean fallback) {
        JsonNode node = root.get(name);
        if (node == null) {
            return fallback;
        }
        if (!node.isBoolean()) {
            problems.add(name + ": must be true or false, not " + node);
            return fallback;
        }
        return node.booleanValue();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
