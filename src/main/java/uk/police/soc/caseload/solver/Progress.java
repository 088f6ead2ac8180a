package uk.police.soc.caseload.solver;

import java.time.Duration;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
import uk.police.soc.caseload.domain.Allocation;

/**
 * A better plan found during a run, level by level as {@link ScoreLevel} names them, in the policy's units.
 *
 * @param allocation who leads each threat in this plan, for callers that want to show it or work out its full
 *     figures with {@code CaseloadAssessment.figures}
 * @param placedBeyondCapacity points placed above capacity when the policy forbids overload (always 0 in a
 *     plan the planner returns, since leaving a threat unallocated is always possible)
 * @param balanceAndMoves the level-4 sum: balance plus moveCostPoints per move
 */
public record Progress(Duration elapsed, Allocation allocation, long hardViolations,
        double placedBeyondCapacity, double unallocatedWeight, double overloadPoints, double balanceAndMoves) {

    static Progress of(Duration elapsed, Allocation allocation, BendableLongScore score) {
        return new Progress(elapsed, allocation,
                (long) ScoreLevel.HARD_VIOLATIONS.of(score),
                ScoreLevel.PLACED_BEYOND_CAPACITY.of(score),
                ScoreLevel.UNALLOCATED_WEIGHT.of(score),
                ScoreLevel.OVERLOAD_POINTS.of(score),
                ScoreLevel.BALANCE_AND_MOVES.of(score));
    }
}
