package uk.police.soc.caseload.solver;

import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;

/**
 * The levels of the planner's score, in the policy's order (allocation.md, "What the planner optimises"), each
 * named as the plan figure it holds. Hard levels are never traded for soft ones.
 */
public enum ScoreLevel {
    /** hard 0: unpinned coverable threats with an officer not eligible for them (a count). */
    HARD_VIOLATIONS(true, 0, false),
    /** hard 1: points placed beyond capacity when the policy forbids overload. */
    PLACED_BEYOND_CAPACITY(true, 1, true),
    /** soft 0: Σ points × (5 − priority) of unallocated coverable threats. */
    UNALLOCATED_WEIGHT(false, 0, true),
    /** soft 1: Σ max(0, load − capacity). */
    OVERLOAD_POINTS(false, 1, true),
    /** soft 2: Σ 100 × (load / capacity)² plus moveCostPoints per move. */
    BALANCE_AND_MOVES(false, 2, true);

    public static final int HARD_LEVELS = 2;
    public static final int SOFT_LEVELS = 3;

    private final boolean hard;
    private final int index;
    /** Held in millionths ({@link ScoreScale#MICROS}); the hard violation count is held as it is. */
    private final boolean scaled;

    ScoreLevel(boolean hard, int index, boolean scaled) {
        this.hard = hard;
        this.index = index;
        this.scaled = scaled;
    }

    /** One unit of penalty at this level, for a constraint's {@code penalizeLong}. */
    public BendableLongScore unit() {
        return hard ? BendableLongScore.ofHard(HARD_LEVELS, SOFT_LEVELS, index, 1)
                : BendableLongScore.ofSoft(HARD_LEVELS, SOFT_LEVELS, index, 1);
    }

    /** The penalty at this level of {@code score}, in the policy's units (points, balance units, a count). */
    public double of(BendableLongScore score) {
        long raw = -(hard ? score.hardScore(index) : score.softScore(index));
        return scaled ? ScoreScale.points(raw) : raw;
    }
}
