package uk.police.soc.caseload.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.police.soc.caseload.domain.scenario.PolicyPatch;

/**
 * The allocation policy's settings in words: what each is called, how a value is written for a person to edit,
 * and a scenario's policy change as a sentence. Keys are the dataset's (allocation.md).
 */
public final class PolicyWords {

    private PolicyWords() {
    }

    /** What a setting is called, with its unit, e.g. "Red (overloaded) above, % load". */
    public static String label(String field) {
        return switch (field) {
            case "nominalCapacityPoints" -> "Nominal capacity (points)";
            case "standardWeeklyHours" -> "Standard week (hours)";
            case "pointsByPriority" -> "Points by priority";
            case "minSkillLevelByPriority" -> "Minimum skill by priority (0–3)";
            case "minPipLevelByCategory" -> "Minimum PIP level by category (0–4)";
            case "traineePriorities" -> "Priorities a mentored trainee may lead";
            case "longAbsenceDays" -> "Long absence (days or more)";
            case "amberLoadPercent" -> "Amber (over capacity) above (% load)";
            case "redLoadPercent" -> "Red (overloaded) above (% load)";
            case "moveCostPoints" -> "Cost of a move (points)";
            case "allowOverload" -> "Allow overload";
            default -> field;
        };
    }

    /** How the value is typed, shown beside the field. */
    public static String example(String field) {
        return switch (field) {
            case "pointsByPriority" -> "priority: points, e.g. 1: 30, 2: 20, 3: 12, 4: 6";
            case "minSkillLevelByPriority" -> "priority: level, e.g. 1: 2, 2: 2, 3: 1, 4: 1";
            case "minPipLevelByCategory" -> "category code: level, e.g. MSHT: 2 (none: leave empty)";
            case "traineePriorities" -> "priorities, e.g. 3, 4 (none: leave empty)";
            case "longAbsenceDays" -> "a whole number of days";
            case "allowOverload" -> "";
            default -> "a number";
        };
    }

    /**
     * A setting's value as a person types it: {@code 110}, {@code 81.5}, {@code 1: 30, 2: 20},
     * {@code MSHT: 2}, {@code 3, 4}; a boolean as {@code yes} or {@code no}.
     */
    public static String editable(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            new TreeMap<>(map).forEach((key, v) -> entries.add(key + ": " + plain(v)));
            return String.join(", ", entries);
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(PolicyWords::plain).toList());
        }
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        return plain(value);
    }

    /** A scenario's policy change in words: "Policy: red (overloaded) above 90% load; overload not allowed". */
    public static String describe(PolicyPatch patch) {
        List<String> parts = new ArrayList<>();
        for (String field : patch.fieldsGiven()) {
            parts.add(sentence(field, patch.value(field)));
        }
        return "Policy: " + (parts.isEmpty() ? "no setting changed" : String.join("; ", parts));
    }

    private static String sentence(String field, Object value) {
        return switch (field) {
            case "nominalCapacityPoints" -> "nominal capacity " + plain(value) + " points";
            case "standardWeeklyHours" -> "standard week " + plain(value) + " hours";
            case "pointsByPriority" -> "points by priority " + byPriority(value);
            case "minSkillLevelByPriority" -> "minimum skill by priority " + byPriority(value);
            case "minPipLevelByCategory" -> ((Map<?, ?>) value).isEmpty() ? "no minimum PIP level by category"
                    : "minimum PIP level " + pipLevels((Map<?, ?>) value);
            case "traineePriorities" -> ((List<?>) value).isEmpty() ? "mentored trainees may lead no priority"
                    : "mentored trainees may lead " + String.join(", ",
                            ((List<?>) value).stream().map(p -> "P" + p).toList());
            case "longAbsenceDays" -> "an absence of " + plain(value) + " days or more is long";
            case "amberLoadPercent" -> "amber (over capacity) above " + plain(value) + "% load";
            case "redLoadPercent" -> "red (overloaded) above " + plain(value) + "% load";
            case "moveCostPoints" -> "a move costs " + plain(value) + " points";
            case "allowOverload" -> Boolean.TRUE.equals(value) ? "overload allowed" : "overload not allowed";
            default -> field + " " + editable(value);
        };
    }

    /** "MSHT 2, CSAE 3". */
    private static String pipLevels(Map<?, ?> byCategory) {
        return entries(byCategory, "");
    }

    /** "P1 30, P2 20". */
    private static String byPriority(Object value) {
        return entries((Map<?, ?>) value, "P");
    }

    private static String entries(Map<?, ?> map, String keyPrefix) {
        List<String> entries = new ArrayList<>();
        new TreeMap<>(map).forEach((key, v) -> entries.add(keyPrefix + key + " " + plain(v)));
        return String.join(", ", entries);
    }

    /** 30 rather than 30.0; 81.5 as it is. */
    private static String plain(Object value) {
        if (value instanceof Double number && number == Math.rint(number) && !Double.isInfinite(number)
                && Math.abs(number) < 1e15) {
            return String.valueOf(number.longValue());
        }
        return String.valueOf(value);
    }
}
