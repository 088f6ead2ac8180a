package uk.police.soc.caseload.solver;

import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
import uk.police.soc.caseload.domain.CaseloadAssessment;

/**
 * The score's levels and units (docs/decisions/0002-solver-score.md). Every level holds a real-valued policy
 * figure multiplied by {@link #MICROS} and rounded once per officer or threat, so that a change of one
 * millionth of a balance unit still steers the solver and no integer rounding hides a better plan.
 */
public final class ScoreScale {

    public static final int HARD_LEVELS = 2;
    public static final int SOFT_LEVELS = 3;

    /** hard 0: unpinned coverable threats with an officer not eligible for them (a count). */
    public static final int INELIGIBLE = 0;
    /** hard 1: micro-points placed beyond capacity when the policy forbids overload. */
    public static final int PLACED_BEYOND_CAPACITY = 1;
    /** soft 0: Σ points × (5 − priority) of unallocated coverable threats, in millionths. */
    public static final int UNALLOCATED = 0;
    /** soft 1: Σ max(0, load − capacity), in micro-points. */
    public static final int OVERLOAD = 1;
    /** soft 2: Σ 100 × (load / capacity)² plus moveCostPoints per move, in millionths. */
    public static final int BALANCE = 2;

    public static final double MICROS = 1_000_000;

    private ScoreScale() {
    }

    public static long micros(double value) {
        return Math.round(value * MICROS);
    }

    public static double points(long micros) {
        return micros / MICROS;
    }

    public static BendableLongScore hard(int level, long amount) {
        return BendableLongScore.ofHard(HARD_LEVELS, SOFT_LEVELS, level, amount);
    }

    public static BendableLongScore soft(int level, long amount) {
        return BendableLongScore.ofSoft(HARD_LEVELS, SOFT_LEVELS, level, amount);
    }

    /** An officer's balance term, 100 × (load / capacity)²; 0 without capacity. */
    public static double balance(double load, double capacity) {
        if (capacity <= 0) {
            return 0;
        }
        double ratio = load / capacity;
        return 100 * ratio * ratio;
    }

    /** max(0, load − capacity), with the policy's tolerance. */
    public static double overload(double load, double capacity) {
        return CaseloadAssessment.exceeds(load, capacity) ? load - capacity : 0;
    }

    public static long balanceMicros(double load, double capacity) {
        return micros(balance(load, capacity));
    }

    public static long overloadMicros(double load, double capacity) {
        return micros(overload(load, capacity));
    }

    /**
     * Points the planner placed beyond capacity: an officer already over capacity from fixed load may take
     * nothing more, so everything placed on them counts.
     */
    public static long placedBeyondCapacityMicros(double fixedLoad, double placedLoad, double capacity) {
        if (placedLoad <= 0 || !CaseloadAssessment.exceeds(fixedLoad + placedLoad, capacity)) {
            return 0;
        }
        return micros(fixedLoad + placedLoad - Math.max(capacity, fixedLoad));
    }
}
