package uk.police.soc.caseload.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The force's allocation policy settings (allocation policy, version 1).
 *
 * @param pointsByPriority workload points, by priority 1 to 4, of a threat whose own points are not set
 * @param minSkillLevelByPriority category skill needed, by priority, when a threat does not set its own
 * @param minPipLevelByCategory PIP level needed, by category, when a threat does not set its own; absent: 0
 * @param traineePriorities priorities a mentored trainee may lead
 * @param longAbsenceDays an absence at least this long, covering the planning date, stops an officer leading
 * @param amberLoadPercent load % above this is over capacity
 * @param redLoadPercent load % above this is overloaded
 * @param moveCostPoints the cost of moving one threat from its LRO, in units of the balance term
 * @param allowOverload whether every coverable threat gets an LRO even when it overloads someone
 * @param sustainedOverloadDays an officer overloaded on each of this many days running is in sustained overload
 */
public record Policy(
        double nominalCapacityPoints,
        double standardWeeklyHours,
        Map<Integer, Double> pointsByPriority,
        Map<Integer, Integer> minSkillLevelByPriority,
        Map<String, Integer> minPipLevelByCategory,
        List<Integer> traineePriorities,
        int longAbsenceDays,
        double amberLoadPercent,
        double redLoadPercent,
        double moveCostPoints,
        boolean allowOverload,
        int sustainedOverloadDays) {

    /** The default of {@link #sustainedOverloadDays}: four weeks. */
    public static final int DEFAULT_SUSTAINED_OVERLOAD_DAYS = 28;

    public static final Policy DEFAULTS = new Policy(
            100, 37,
            Map.of(1, 30.0, 2, 20.0, 3, 12.0, 4, 6.0),
            Map.of(1, 2, 2, 2, 3, 1, 4, 1),
            Map.of("MSHT", 2),
            List.of(3, 4),
            28, 100, 110, 10, true, DEFAULT_SUSTAINED_OVERLOAD_DAYS);

    public Policy {
        pointsByPriority = Map.copyOf(Objects.requireNonNull(pointsByPriority, "pointsByPriority"));
        minSkillLevelByPriority = Map.copyOf(Objects.requireNonNull(minSkillLevelByPriority, "minSkillLevelByPriority"));
        minPipLevelByCategory = Map.copyOf(Objects.requireNonNull(minPipLevelByCategory, "minPipLevelByCategory"));
        traineePriorities = List.copyOf(Objects.requireNonNull(traineePriorities, "traineePriorities"));
    }

    /** The settings of allocation policy version 1, with the default sustained-overload period. */
    public Policy(double nominalCapacityPoints, double standardWeeklyHours, Map<Integer, Double> pointsByPriority,
            Map<Integer, Integer> minSkillLevelByPriority, Map<String, Integer> minPipLevelByCategory,
            List<Integer> traineePriorities, int longAbsenceDays, double amberLoadPercent, double redLoadPercent,
            double moveCostPoints, boolean allowOverload) {
        this(nominalCapacityPoints, standardWeeklyHours, pointsByPriority, minSkillLevelByPriority,
                minPipLevelByCategory, traineePriorities, longAbsenceDays, amberLoadPercent, redLoadPercent,
                moveCostPoints, allowOverload, DEFAULT_SUSTAINED_OVERLOAD_DAYS);
    }

    public double pointsFor(int priority) {
        return pointsByPriority.get(priority);
    }

    public int minSkillLevelFor(int priority) {
        return minSkillLevelByPriority.get(priority);
    }

    public int minPipLevelFor(String categoryCode) {
        return minPipLevelByCategory.getOrDefault(categoryCode, 0);
    }

    public boolean traineeMayLead(int priority) {
        return traineePriorities.contains(priority);
    }

    public Policy withAllowOverload(boolean allow) {
        return new Policy(nominalCapacityPoints, standardWeeklyHours, pointsByPriority, minSkillLevelByPriority,
                minPipLevelByCategory, traineePriorities, longAbsenceDays, amberLoadPercent, redLoadPercent,
                moveCostPoints, allow, sustainedOverloadDays);
    }

    public Policy withMoveCostPoints(double cost) {
        return new Policy(nominalCapacityPoints, standardWeeklyHours, pointsByPriority, minSkillLevelByPriority,
                minPipLevelByCategory, traineePriorities, longAbsenceDays, amberLoadPercent, redLoadPercent,
                cost, allowOverload, sustainedOverloadDays);
    }

    public Policy withLongAbsenceDays(int days) {
        return new Policy(nominalCapacityPoints, standardWeeklyHours, pointsByPriority, minSkillLevelByPriority,
                minPipLevelByCategory, traineePriorities, days, amberLoadPercent, redLoadPercent,
                moveCostPoints, allowOverload, sustainedOverloadDays);
    }

    public Policy withSustainedOverloadDays(int days) {
        return new Policy(nominalCapacityPoints, standardWeeklyHours, pointsByPriority, minSkillLevelByPriority,
                minPipLevelByCategory, traineePriorities, longAbsenceDays, amberLoadPercent, redLoadPercent,
                moveCostPoints, allowOverload, days);
    }
}
