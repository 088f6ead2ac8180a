package uk.police.soc.caseload.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why a threat cost the plan something, already phrased for a SOC manager. */
public record ThreatJustification(String threatId, String officerId, String sentence)
        implements ConstraintJustification {

    public String describe() {
        return sentence;
    }
}
