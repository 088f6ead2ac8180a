package uk.police.soc.caseload.ui.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.police.soc.caseload.domain.Problem;

/**
 * Reads a policy setting's value as a person types it on the Scenarios screen (as {@code PolicyWords.editable}
 * writes it): a number, a whole number, {@code 1: 30, 2: 20} for a setting by priority, {@code MSHT: 2} by
 * category, {@code 3, 4} for priorities. What does not read is a problem at the path a changes file would
 * report; whether a value is in range is left to the validator, so that the screen says what the command says.
 */
final class PolicyValues {

    private static final Pattern ENTRY = Pattern.compile("\\s*P?([^:=\\s]+)\\s*[:=]\\s*(\\S+)\\s*");

    private PolicyValues() {
    }

    /** The value of the setting, or null with a problem added to {@code problems}. */
    static Object read(String field, String text, boolean allowOverload, String path, List<Problem> problems) {
        String typed = text == null ? "" : text.strip();
        switch (field) {
            case "allowOverload":
                return allowOverload;
            case "pointsByPriority":
                return byKey(typed, path, problems, PolicyValues::priority, PolicyValues::number);
            case "minSkillLevelByPriority":
                return byKey(typed, path, problems, PolicyValues::priority, PolicyValues::whole);
            case "minPipLevelByCategory":
                return byKey(typed, path, problems, key -> key, PolicyValues::whole);
            case "traineePriorities":
                return priorities(typed, path, problems);
            case "longAbsenceDays":
                return value(typed, path, problems, PolicyValues::whole);
            default:
                return value(typed, path, problems, PolicyValues::number);
        }
    }

    private interface Reader<T> {
        /** The value, or null with a problem message in {@code why[0]}. */
        T read(String text, String[] why);
    }

    private static <T> T value(String typed, String path, List<Problem> problems, Reader<T> reader) {
        if (typed.isEmpty()) {
            problems.add(new Problem(path, "is required"));
            return null;
        }
        String[] why = new String[1];
        T value = reader.read(typed, why);
        if (value == null) {
            problems.add(new Problem(path, why[0]));
        }
        return value;
    }

    private static <K, V> Map<K, V> byKey(String typed, String path, List<Problem> problems,
            java.util.function.Function<String, K> key, Reader<V> reader) {
        Map<K, V> map = new LinkedHashMap<>();
        if (typed.isEmpty()) {
            return map;
        }
        for (String part : typed.split(",")) {
            Matcher entry = ENTRY.matcher(part);
            if (!entry.matches()) {
                problems.add(new Problem(path, "\"" + part.strip() + "\" is not written as key: value, e.g. 1: 30"));
                continue;
            }
            K k = key.apply(entry.group(1));
            if (k == null) {
                problems.add(new Problem(path, "\"" + entry.group(1) + "\" is not a priority (1 to 4)"));
                continue;
            }
            String[] why = new String[1];
            V value = reader.read(entry.group(2), why);
            if (value == null) {
                problems.add(new Problem(path + "." + k, why[0]));
            } else if (map.put(k, value) != null) {
                problems.add(new Problem(path + "." + k, "is given twice"));
            }
        }
        return map;
    }

    private static List<Integer> priorities(String typed, String path, List<Problem> problems) {
        List<Integer> priorities = new ArrayList<>();
        if (typed.isEmpty()) {
            return priorities;
        }
        String[] parts = typed.split(",");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            Integer priority = priority(part.startsWith("P") || part.startsWith("p") ? part.substring(1) : part);
            if (priority == null) {
                problems.add(new Problem(path + "[" + i + "]", "\"" + part + "\" is not a priority (1 to 4)"));
            } else {
                priorities.add(priority);
            }
        }
        return priorities;
    }

    private static Integer priority(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double number(String text, String[] why) {
        try {
            double value = Double.parseDouble(text.strip());
            if (!Double.isFinite(value)) {
                why[0] = "must be a finite number";
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            why[0] = "\"" + text.strip() + "\" is not a number";
            return null;
        }
    }

    private static Integer whole(String text, String[] why) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            why[0] = "\"" + text.strip() + "\" is not a whole number";
            return null;
        }
    }
}
