package uk.police.soc.caseload.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;
import uk.police.soc.caseload.domain.CaseloadAssessment;

/** Why an officer's load cost the plan something: their load against their capacity. */
public record OfficerLoadJustification(String officerId, double load, double capacity)
        implements ConstraintJustification {

    public double loadPercent() {
        return CaseloadAssessment.loadPercent(load, capacity);
    }
}
