package uk.police.soc.caseload.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Why a threat cost the plan something, as facts; {@code presentation.PlanWhy} puts it in words.
 *
 * @param officerId the officer concerned: the ineligible one, the one it moves away from; null when unallocated
 * @param eligibleOfficers how many officers could lead it
 */
public record ThreatJustification(Reason reason, String threatId, String officerId, int eligibleOfficers)
        implements ConstraintJustification {

    public enum Reason {
        /** With an officer who does not meet the rules to lead it. */
        OFFICER_NOT_ELIGIBLE,
        /** Coverable but without an officer. */
        UNALLOCATED,
        /** Moved away from the officer it had. */
        MOVED
    }
}
