package uk.police.soc.caseload.solver.whatif;

import java.util.List;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.PlanFigures;
import uk.police.soc.caseload.domain.scenario.CaseloadChange;
import uk.police.soc.caseload.domain.scenario.ScenarioApplier;

/**
 * A scenario's first two columns of figures (scenarios.md): {@code before}, the caseload as it stands, and
 * {@code after}, the changes applied to a copy with every threat keeping its officer (except those of an officer
 * a change deactivated). The third, {@code planned}, is the planner run on {@link #afterCaseload()}, so that its
 * moves are counted against {@code after}: {@code AllocationSolver.solve} or {@code PlanningService.start}.
 */
public record WhatIf(Caseload beforeCaseload, Caseload afterCaseload, PlanFigures before, PlanFigures after) {

    /**
     * @throws uk.police.soc.caseload.domain.InvalidInputException when the changes do not leave a valid dataset,
     *         each problem with the path of the change that caused it
     */
    public static WhatIf of(Caseload caseload, List<CaseloadChange> changes) {
        Caseload after = new ScenarioApplier().apply(caseload, changes);
        return new WhatIf(caseload, after, new CaseloadAssessment(caseload).figures(),
                new CaseloadAssessment(after).figures());
    }
}
