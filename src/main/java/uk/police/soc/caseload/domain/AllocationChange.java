package uk.police.soc.caseload.domain;

import java.time.Instant;

/**
 * One committed change of a threat's LRO, kept by the store (never imported).
 *
 * @param fromOfficerId null: the threat had no LRO (or did not exist)
 * @param toOfficerId null: the threat is left with none (or was removed)
 * @param rationale why, in the words of whoever moved it (or the planner's explanation); may be null
 */
public record AllocationChange(Instant at, String user, String threatId, String fromOfficerId, String toOfficerId,
        AllocationReason reason, String rationale) {
}
