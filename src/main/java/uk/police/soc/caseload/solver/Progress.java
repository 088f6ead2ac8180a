package uk.police.soc.caseload.solver;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;

/**
 * A better plan found during a run, in the policy's units, read off the solver's score. The balance here
 * already includes the cost of moves (level 4 of the policy).
 *
 * @param allocation every threat id to its officer id (null: none) in this plan, for callers that want to show it
 *     or work out its full figures with {@code CaseloadAssessment.figures}
 * @param placedBeyondCapacity points placed above capacity when the policy forbids overload (always 0 in a
 *     plan the planner returns, since leaving a threat unallocated is always possible)
 */
public record Progress(Duration elapsed, Map<String, String> allocation, long hardViolations,
        double placedBeyondCapacity, double unallocatedWeight, double overloadPoints, double balanceWithMoves) {

    public Progress {
        allocation = Collections.unmodifiableMap(allocation);
    }

    static Progress of(Duration elapsed, Map<String, String> allocation, BendableLongScore score) {
        return new Progress(elapsed, allocation,
                -score.hardScore(ScoreScale.INELIGIBLE),
                -ScoreScale.points(score.hardScore(ScoreScale.PLACED_BEYOND_CAPACITY)),
                -ScoreScale.points(score.softScore(ScoreScale.UNALLOCATED)),
                -ScoreScale.points(score.softScore(ScoreScale.OVERLOAD)),
                -ScoreScale.points(score.softScore(ScoreScale.BALANCE)));
    }
}
