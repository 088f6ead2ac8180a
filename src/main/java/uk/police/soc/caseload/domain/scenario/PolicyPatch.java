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
        add(given, "nominalCapacityPoints", nominalCapacityPoints);
        add(given, "standardWeeklyHours", standardWeeklyHours);
        add(given, "pointsByPriority", pointsByPriority);
        add(given, "minSkillLevelByPriority", minSkillLevelByPriority);
        add(given, "minPipLevelByCategory", minPipLevelByCategory);
        add(given, "traineePriorities", traineePriorities);
        add(given, "longAbsenceDays", longAbsenceDays);
        add(given, "amberLoadPercent", amberLoadPercent);
        add(given, "redLoadPercent", redLoadPercent);
        add(given, "moveCostPoints", moveCostPoints);
        add(given, "allowOverload", allowOverload);
        return given;
    }

    private static void add(Set<String> given, String name, Object value) {
        if (value != null) {
            given.add(name);
        }
    }

    private static <T> T or(T given, T current) {
        return given != null ? given : current;
    }
}
