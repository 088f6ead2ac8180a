package uk.police.soc.caseload.domain;

/**
 * The allocation policy's per-officer terms (allocation.md, "What the planner optimises", levels 3 and 4) and
 * how they change when points move from one officer to another. This is the one place they are written: the
 * plan figures, the solver's constraints, its descent phase and the recommendations all call it.
 */
public final class Objective {

    private Objective() {
    }

    /** An officer's overload term, max(0, load − capacity), with the policy's tolerance. */
    public static double overload(double load, double capacity) {
        return CaseloadAssessment.exceeds(load, capacity) ? load - capacity : 0;
    }

    /** An officer's balance term, 100 × (load / capacity)²; 0 for an officer without capacity. */
    public static double balance(double load, double capacity) {
        if (capacity <= 0) {
            return 0;
        }
        double ratio = load / capacity;
        return 100 * ratio * ratio;
    }

    /**
     * Points the planner placed beyond capacity when the policy forbids overload: an officer already over
     * capacity from load the planner may not move (pinned or uncoverable threats) may take nothing more, so
     * everything placed on them counts.
     */
    public static double placedBeyondCapacity(double fixedLoad, double placedLoad, double capacity) {
        if (placedLoad <= 0 || !CaseloadAssessment.exceeds(fixedLoad + placedLoad, capacity)) {
            return 0;
        }
        return fixedLoad + placedLoad - Math.max(capacity, fixedLoad);
    }

    /** The level-4 cost of the moves: {@code moveCostPoints} per threat moved. */
    public static double moveCost(Policy policy, int moves) {
        return policy.moveCostPoints() * moves;
    }

    /**
     * The change in the level-3 and level-4 terms when {@code points} leave one officer (load and capacity
     * before) and join another. A negative {@code points} moves points the other way, as a swap of two threats
     * of different size does. Moves are not included: their cost depends on where each threat started
     * ({@link #moveCost}).
     */
    public static Change moving(double fromLoad, double fromCapacity, double toLoad, double toCapacity,
            double points) {
        return new Change(overloadChange(fromLoad, fromCapacity, toLoad, toCapacity, points),
                balanceChange(fromLoad, fromCapacity, toLoad, toCapacity, points));
    }

    /** The change when {@code points} join an officer and leave no one (a threat that had no officer). */
    public static Change joining(double load, double capacity, double points) {
        return new Change(overload(load + points, capacity) - overload(load, capacity),
                balance(load + points, capacity) - balance(load, capacity));
    }

    /** The overload part of {@link #moving}, without allocating, for the solver's inner loops. */
    public static double overloadChange(double fromLoad, double fromCapacity, double toLoad, double toCapacity,
            double points) {
        return overload(fromLoad - points, fromCapacity) - overload(fromLoad, fromCapacity)
                + overload(toLoad + points, toCapacity) - overload(toLoad, toCapacity);
    }

    /** The balance part of {@link #moving}, without allocating, for the solver's inner loops. */
    public static double balanceChange(double fromLoad, double fromCapacity, double toLoad, double toCapacity,
            double points) {
        return balance(fromLoad - points, fromCapacity) - balance(fromLoad, fromCapacity)
                + balance(toLoad + points, toCapacity) - balance(toLoad, toCapacity);
    }

    /** A change in the overload points (level 3) and the balance term (level 4, without moves). */
    public record Change(double overload, double balance) {
    }
}
