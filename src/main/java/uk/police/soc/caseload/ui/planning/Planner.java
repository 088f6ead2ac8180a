package uk.police.soc.caseload.ui.planning;

import java.time.Duration;
import java.util.function.Consumer;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.solver.AllocationModel;
import uk.police.soc.caseload.solver.AllocationSolver;
import uk.police.soc.caseload.solver.Progress;
import uk.police.soc.caseload.solver.Proposal;

/** One planner run, stoppable from another thread. An interface so that tests can stand in for the solver. */
public interface Planner {

    /** Plans the caseload; reports each better plan as it is found; returns the best plan when done or stopped. */
    Proposal plan(Caseload caseload, Consumer<Progress> onProgress);

    void stop();

    /** The solver with a time budget. */
    static Planner solver(Duration budget) {
        AllocationSolver solver = new AllocationSolver(budget);
        return new Planner() {
            @Override
            public Proposal plan(Caseload caseload, Consumer<Progress> onProgress) {
                return solver.solve(new AllocationModel(caseload), onProgress);
            }

            @Override
            public void stop() {
                solver.stop();
            }
        };
    }
}
