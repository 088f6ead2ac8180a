package uk.police.soc.caseload.solver;

import java.time.Duration;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;

/**
 * A better plan found during a run, in the policy's units, read off the solver's score. The balance here
 * already includes the cost of moves (level 4 of the policy).
 *
 * @param placedBeyondCapacity points placed above capacity when the policy forbids overload (always 0 in a
 *     plan the planner returns, since leaving a threat unallocated is always possible)
 */
public record Progress(Duration elapsed, long hardViolations, double placedBeyondCapacity, double unallocatedWeight,
        double overloadPoints, double balanceWithMoves) {

    static Progress of(Duration elapsed, BendableLongScore score) {
        return new Progress(elapsed,
                -score.hardScore(ScoreScale.INELIGIBLE),
                -ScoreScale.points(score.hardScore(ScoreScale.PLACED_BEYOND_CAPACITY)),
                -ScoreScale.points(score.softScore(ScoreScale.UNALLOCATED)),
                -ScoreScale.points(score.softScore(ScoreScale.OVERLOAD)),
                -ScoreScale.points(score.softScore(ScoreScale.BALANCE)));
    }
}
