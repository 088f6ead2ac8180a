package uk.police.soc.caseload.solver;

import java.time.Duration;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;

/**
 * A better plan found during a run, in the policy's units. The balance here already includes the cost of
 * moves (level 4 of the policy) and covers only what the planner can change plus fixed loads.
 */
public record Progress(Duration elapsed, long hardViolations, double unallocatedWeight, double overloadPoints,
        double balanceWithMoves) {

    static Progress of(Duration elapsed, BendableLongScore score) {
        return new Progress(elapsed,
                -score.hardScore(ScoreScale.INELIGIBLE) - (score.hardScore(ScoreScale.PLACED_BEYOND_CAPACITY) < 0 ? 1 : 0),
                -ScoreScale.points(score.softScore(ScoreScale.UNALLOCATED)),
                -ScoreScale.points(score.softScore(ScoreScale.OVERLOAD)),
                -ScoreScale.points(score.softScore(ScoreScale.BALANCE)));
    }
}
