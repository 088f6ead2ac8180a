package uk.police.soc.caseload.solver;

import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.Threat;

/**
 * Why a proposal's moves were made, counted, so that a figure that gets worse can be explained: a threat that
 * leaves an officer who may not lead it (a rule breach fixed), a threat that had no LRO and gets one, or a
 * move the planner chose for balance.
 *
 * @param breachesFixed moves of a threat away from an officer not eligible for it
 * @param breachPoints the workload points those threats carry
 * @param unallocatedPlaced moves that give a threat without an LRO an officer
 * @param unallocatedPoints the points of those threats
 * @param chosen the other moves: the threat could have stayed
 */
public record MoveReasons(int breachesFixed, double breachPoints, int unallocatedPlaced, double unallocatedPoints,
        int chosen) {

    /** The reasons for {@code proposal}'s moves, judged on the caseload it was planned on. */
    public static MoveReasons of(Caseload caseload, Proposal proposal) {
        CaseloadAssessment assessment = new CaseloadAssessment(caseload);
        int breaches = 0;
        double breachPoints = 0;
        int placed = 0;
        double placedPoints = 0;
        int chosen = 0;
        for (PlannedMove move : proposal.moves()) {
            switch (why(assessment, move)) {
                case UNALLOCATED_PLACED -> {
                    placed++;
                    placedPoints += move.points();
                }
                case BREACH_FIXED -> {
                    breaches++;
                    breachPoints += move.points();
                }
                case CHOSEN -> chosen++;
            }
        }
        return new MoveReasons(breaches, breachPoints, placed, placedPoints, chosen);
    }

    /** Why one move was made. */
    public enum Why {
        /** The threat leaves an officer who may not lead it. */
        BREACH_FIXED,
        /** The threat had no LRO. */
        UNALLOCATED_PLACED,
        /** The threat could have stayed: the planner moved it for balance. */
        CHOSEN
    }

    /** Why {@code move} was made, judged on the caseload {@code assessment} assesses (the one planned). */
    public static Why why(CaseloadAssessment assessment, PlannedMove move) {
        if (move.fromOfficerId() == null) {
            return Why.UNALLOCATED_PLACED;
        }
        Threat threat = assessment.caseload().threat(move.threatId()).orElseThrow();
        return assessment.isEligible(move.fromOfficerId(), threat) ? Why.CHOSEN : Why.BREACH_FIXED;
    }

    /** Every move fixed a breach or placed an unallocated threat. */
    public boolean allForced() {
        return chosen == 0;
    }
}
