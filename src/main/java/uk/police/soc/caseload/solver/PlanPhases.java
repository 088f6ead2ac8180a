package uk.police.soc.caseload.solver;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import uk.police.soc.caseload.domain.Allocation;

/**
 * The planner's own phases, run by OptaPlanner as custom phases before its local search (as the
 * machine-reassignment example starts from the original assignment): the greedy repair, then the descent.
 * {@code CustomPhaseCommand} is the one OptaPlanner interface outside its {@code api} packages that the planner
 * uses; it is how OptaPlanner documents custom phases, and nothing is cast to its internals.
 */
final class PlanPhases {

    private PlanPhases() {
    }

    /**
     * Phase 1, the first plan: current officers kept where they are eligible (and have room when overload is
     * not allowed), the rest placed greedily ({@link GreedyAllocator#repair()}). No hard violation, and every
     * coverable threat allocated when the policy allows overload.
     */
    static final class GreedyRepair implements CustomPhaseCommand<AllocationPlan> {
        private final AllocationModel model;

        GreedyRepair(AllocationModel model) {
            this.model = model;
        }

        @Override
        public void changeWorkingSolution(ScoreDirector<AllocationPlan> scoreDirector) {
            apply(model, new GreedyAllocator(model).repair(), scoreDirector);
        }
    }

    /**
     * Phase 2, the descent ({@link DescentImprover}) from the repaired plan, for at most {@code limit} from
     * when it starts, or until the run is stopped. It changes only levels 3 and 4, so it never makes the plan
     * worse.
     */
    static final class Descent implements CustomPhaseCommand<AllocationPlan> {
        private final AllocationModel model;
        private final Duration limit;
        private final BooleanSupplier stopped;

        Descent(AllocationModel model, Duration limit, BooleanSupplier stopped) {
            this.model = model;
            this.limit = limit;
            this.stopped = stopped;
        }

        @Override
        public void changeWorkingSolution(ScoreDirector<AllocationPlan> scoreDirector) {
            Allocation start = model.allocationOf(scoreDirector.getWorkingSolution());
            long deadline = System.nanoTime() + limit.toNanos();
            apply(model, new DescentImprover(model).improve(start, deadline, stopped), scoreDirector);
        }
    }

    /** A step that changes nothing and only notes that the phases before it are done. */
    static CustomPhaseCommand<AllocationPlan> marker(Runnable note) {
        return scoreDirector -> note.run();
    }

    /** Puts every movable threat of the working solution where {@code allocation} has it, telling the solver. */
    static void apply(AllocationModel model, Allocation allocation, ScoreDirector<AllocationPlan> scoreDirector) {
        for (PlannedThreat threat : scoreDirector.getWorkingSolution().getThreats()) {
            String officerId = allocation.leadOf(threat.getId());
            PlannedOfficer officer = officerId == null ? null : model.officer(officerId);
            if (officer != threat.getOfficer()) {
                scoreDirector.beforeVariableChanged(threat, "officer");
                threat.setOfficer(officer);
                scoreDirector.afterVariableChanged(threat, "officer");
            }
        }
        scoreDirector.triggerVariableListeners();
    }
}
