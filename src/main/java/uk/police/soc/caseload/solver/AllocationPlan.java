package uk.police.soc.caseload.solver;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;

/**
 * The solver's view of one caseload: every officer as a fact, every movable threat as an entity. Threats the
 * solver may not move live in the officers' fixed load.
 */
@PlanningSolution
public class AllocationPlan {

    @ProblemFactCollectionProperty
    private List<PlannedOfficer> officers;

    @PlanningEntityCollectionProperty
    private List<PlannedThreat> threats;

    @PlanningScore(bendableHardLevelsSize = ScoreLevel.HARD_LEVELS, bendableSoftLevelsSize = ScoreLevel.SOFT_LEVELS)
    private BendableLongScore score;

    /** No-arg constructor required by the solver when it clones solutions. */
    public AllocationPlan() {
    }

    public AllocationPlan(List<PlannedOfficer> officers, List<PlannedThreat> threats) {
        this.officers = officers;
        this.threats = threats;
    }

    public List<PlannedOfficer> getOfficers() {
        return officers;
    }

    public List<PlannedThreat> getThreats() {
        return threats;
    }

    public BendableLongScore getScore() {
        return score;
    }

    public void setScore(BendableLongScore score) {
        this.score = score;
    }
}
