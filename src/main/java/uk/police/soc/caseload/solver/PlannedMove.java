package uk.police.soc.caseload.solver;

/**
 * One threat the proposal gives a different officer, with both officers' load % before and after the whole
 * proposal. {@code fromOfficerId} null: it had no LRO; {@code toOfficerId} null: it is left without one.
 */
public record PlannedMove(String threatId, double points, String fromOfficerId, String toOfficerId,
        double fromLoadPercentBefore, double fromLoadPercentAfter,
        double toLoadPercentBefore, double toLoadPercentAfter) {
}
