package uk.police.soc.caseload.domain.scenario;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.police.soc.caseload.domain.Policy;

/**
 * Some of the policy settings, each {@code null} when not given: what a {@code setPolicy} change replaces.
 * The field names are the dataset's policy keys.
 */
public record PolicyPatch(
        Double nominalCapacityPoints,
        Double standardWeeklyHours,
        Map<Integer, Double> pointsByPriority,
        Map<Integer, Integer> minSkillLevelByPriority,
        Map<String, Integer> minPipLevelByCategory,
        List<Integer> traineePriorities,
        Integer longAbsenceDays,
        Double amberLoadPercent,
        Double redLoadPercent,
        Double moveCostPoints,
        Boolean allowOverload) {

    public static final PolicyPatch NONE =
            new PolicyPatch(null, null, null, null, null, null, null, null, null, null, null);

    /** Every setting's dataset key, in the policy table's order (allocation.md). */
    public static final List<String> FIELDS = List.of("nominalCapacityPoints", "standardWeeklyHours",
            "pointsByPriority", "minSkillLevelByPriority", "minPipLevelByCategory", "traineePriorities",
            "longAbsenceDays", "amberLoadPercent", "redLoadPercent", "moveCostPoints", "allowOverload");

    /**
     * A patch giving one setting, by its dataset key, with a value of that setting's type (a {@code Double},
     * an {@code Integer}, a map or list as in {@link Policy}, or a {@code Boolean}).
     *
     * @throws IllegalArgumentException for a key that is not a policy setting
     * @throws ClassCastException for a value of the wrong type
     */
    @SuppressWarnings("unchecked")
    public static PolicyPatch of(String field, Object value) {
        return switch (field) {
            case "nominalCapacityPoints" -> new PolicyPatch((Double) value, null, null, null, null, null, null, null,
                    null, null, null);
            case "standardWeeklyHours" -> new PolicyPatch(null, (Double) value, null, null, null, null, null, null,
                    null, null, null);
            case "pointsByPriority" -> new PolicyPatch(null, null, (Map<Integer, Double>) value, null, null, null,
                    null, null, null, null, null);
            case "minSkillLevelByPriority" -> new PolicyPatch(null, null, null, (Map<Integer, Integer>) value, null,
                    null, null, null, null, null, null);
            case "minPipLevelByCategory" -> new PolicyPatch(null, null, null, null, (Map<String, Integer>) value,
                    null, null, null, null, null, null);
            case "traineePriorities" -> new PolicyPatch(null, null, null, null, null, (List<Integer>) value, null,
                    null, null, null, null);
            case "longAbsenceDays" -> new PolicyPatch(null, null, null, null, null, null, (Integer) value, null,
                    null, null, null);
            case "amberLoadPercent" -> new PolicyPatch(null, null, null, null, null, null, null, (Double) value,
                    null, null, null);
            case "redLoadPercent" -> new PolicyPatch(null, null, null, null, null, null, null, null, (Double) value,
                    null, null);
            case "moveCostPoints" -> new PolicyPatch(null, null, null, null, null, null, null, null, null,
                    (Double) value, null);
            case "allowOverload" -> new PolicyPatch(null, null, null, null, null, null, null, null, null, null,
                    (Boolean) value);
            default -> throw new IllegalArgumentException("not a policy setting: " + field);
        };
    }

    /** The value this patch gives a setting, by its dataset key; null when it gives none. */
    public Object value(String field) {
        return switch (field) {
            case "nominalCapacityPoints" -> nominalCapacityPoints;
            case "standardWeeklyHours" -> standardWeeklyHours;
            case "pointsByPriority" -> pointsByPriority;
            case "minSkillLevelByPriority" -> minSkillLevelByPriority;
            case "minPipLevelByCategory" -> minPipLevelByCategory;
            case "traineePriorities" -> traineePriorities;
            case "longAbsenceDays" -> longAbsenceDays;
            case "amberLoadPercent" -> amberLoadPercent;
            case "redLoadPercent" -> redLoadPercent;
            case "moveCostPoints" -> moveCostPoints;
            case "allowOverload" -> allowOverload;
            default -> throw new IllegalArgumentException("not a policy setting: " + field);
        };
    }

    /** The value a policy has for a setting, by its dataset key, boxed as {@link #value} gives it. */
    public static Object valueIn(Policy policy, String field) {
        return switch (field) {
            case "nominalCapacityPoints" -> policy.nominalCapacityPoints();
            case "standardWeeklyHours" -> policy.standardWeeklyHours();
            case "pointsByPriority" -> policy.pointsByPriority();
            case "minSkillLevelByPriority" -> policy.minSkillLevelByPriority();
            case "minPipLevelByCategory" -> policy.minPipLevelByCategory();
            case "traineePriorities" -> policy.traineePriorities();
            case "longAbsenceDays" -> policy.longAbsenceDays();
            case "amberLoadPercent" -> policy.amberLoadPercent();
            case "redLoadPercent" -> policy.redLoadPercent();
            case "moveCostPoints" -> policy.moveCostPoints();
            case "allowOverload" -> policy.allowOverload();
            default -> throw new IllegalArgumentException("not a policy setting: " + field);
        };
    }

    public PolicyPatch {
        pointsByPriority = pointsByPriority == null ? null : Map.copyOf(pointsByPriority);
        minSkillLevelByPriority = minSkillLevelByPriority == null ? null : Map.copyOf(minSkillLevelByPriority);
        minPipLevelByCategory = minPipLevelByCategory == null ? null : Map.copyOf(minPipLevelByCategory);
        traineePriorities = traineePriorities == null ? null : List.copyOf(traineePriorities);
    }

    /** {@code policy} with every setting given here replacing its own, whole (a map given is the entire map). */
    public Policy applyTo(Policy policy) {
        return new Policy(
                or(nominalCapacityPoints, policy.nominalCapacityPoints()),
                or(standardWeeklyHours, policy.standardWeeklyHours()),
                or(pointsByPriority, policy.pointsByPriority()),
                or(minSkillLevelByPriority, policy.minSkillLevelByPriority()),
                or(minPipLevelByCategory, policy.minPipLevelByCategory()),
                or(traineePriorities, policy.traineePriorities()),
                or(longAbsenceDays, policy.longAbsenceDays()),
                or(amberLoadPercent, policy.amberLoadPercent()),
                or(redLoadPercent, policy.redLoadPercent()),
                or(moveCostPoints, policy.moveCostPoints()),
                or(allowOverload, policy.allowOverload()));
    }

    /** The settings given, by their dataset keys, in the policy table's order. */
    public Set<String> fieldsGiven() {
        Set<String> given = new LinkedHashSet<>();
        for (String field : FIELDS) {
            if (value(field) != null) {
                given.add(field);
            }
        }
        return given;
    }

    private static <T> T or(T given, T current) {
        return given != null ? given : current;
    }
}
