package uk.police.soc.caseload.solver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import uk.police.soc.caseload.domain.Allocation;

/**
 * What costs a plan what, constraint by constraint, in sentences: the solver's own justifications, for the
 * desktop app's "why" panel and for anyone checking the score against the policy.
 */
public final class PlanJustifications {

    private PlanJustifications() {
    }

    /** Constraint name (in the policy's order) to one sentence per match that costs something. */
    public static Map<String, List<String>> describe(AllocationModel model, Allocation allocation) {
        AllocationPlan plan = model.newPlan(allocation);
        SolutionManager<AllocationPlan, BendableLongScore> manager = SolutionManager.create(
                SolverFactory.create(AllocationSolver.scoringConfig()));
        Map<String, ConstraintMatchTotal<BendableLongScore>> totals = manager.explain(plan).getConstraintMatchTotalMap();
        Map<String, List<String>> sentences = new LinkedHashMap<>();
        List<ConstraintMatchTotal<BendableLongScore>> ordered = new ArrayList<>(totals.values());
        ordered.sort(java.util.Comparator.comparingInt(
                total -> AllocationConstraints.NAMES_IN_POLICY_ORDER.indexOf(total.getConstraintName())));
        for (ConstraintMatchTotal<BendableLongScore> total : ordered) {
            List<String> lines = new ArrayList<>();
            for (ConstraintMatch<BendableLongScore> match : total.getConstraintMatchSet()) {
                if (match.getScore().isZero()) {
                    continue;
                }
                Object justification = match.getJustification();
                if (justification instanceof OfficerLoadJustification load) {
                    lines.add(load.describe());
                } else if (justification instanceof ThreatJustification threat) {
                    lines.add(threat.describe());
                }
            }
            if (!lines.isEmpty()) {
                lines.sort(null);
                sentences.put(total.getConstraintName(), lines);
            }
        }
        return sentences;
    }
}
