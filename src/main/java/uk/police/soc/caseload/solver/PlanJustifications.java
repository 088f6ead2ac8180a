package uk.police.soc.caseload.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.score.stream.ConstraintJustification;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import uk.police.soc.caseload.domain.Allocation;

/**
 * What costs a plan what, constraint by constraint: the solver's own justifications, for anyone checking the
 * score against the policy.
 */
public final class PlanJustifications {

    private PlanJustifications() {
    }

    /**
     * Constraint name (in the policy's order) to the justification of each match that costs something: an
     * {@link OfficerLoadJustification} or a {@link ThreatJustification}. {@code presentation.PlanWhy} words them.
     */
    public static Map<String, List<ConstraintJustification>> of(AllocationModel model, Allocation allocation) {
        AllocationPlan plan = model.newPlan(allocation);
        SolutionManager<AllocationPlan, BendableLongScore> manager = SolutionManager.create(
                SolverFactory.create(AllocationSolver.scoringConfig()));
        Map<String, ConstraintMatchTotal<BendableLongScore>> totals = manager.explain(plan).getConstraintMatchTotalMap();
        Map<String, List<ConstraintJustification>> justifications = new LinkedHashMap<>();
        List<ConstraintMatchTotal<BendableLongScore>> ordered = new ArrayList<>(totals.values());
        ordered.sort(Comparator.comparingInt(
                total -> AllocationConstraints.NAMES_IN_POLICY_ORDER.indexOf(total.getConstraintName())));
        for (ConstraintMatchTotal<BendableLongScore> total : ordered) {
            List<ConstraintJustification> costly = new ArrayList<>();
            for (ConstraintMatch<BendableLongScore> match : total.getConstraintMatchSet()) {
                if (!match.getScore().isZero()) {
                    costly.add(match.getJustification());
                }
            }
            if (!costly.isEmpty()) {
                justifications.put(total.getConstraintName(), costly);
            }
        }
        return justifications;
    }
}
