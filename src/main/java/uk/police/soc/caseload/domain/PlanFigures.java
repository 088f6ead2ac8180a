package uk.police.soc.caseload.domain;

import java.util.List;

/**
 * The figures every report shows for an allocation (allocation policy, "Plan figures").
 *
 * @param totalPoints total points of the active threats
 * @param hardViolations unpinned coverable threats assigned to an officer not eligible for them
 * @param uncoverable ids of active threats no officer is eligible for
 * @param unallocated ids of coverable active threats with no officer
 * @param overloadPoints Σ max(0, load − capacity)
 * @param peakLoadPercent the highest load %, possibly +∞
 * @param balance Σ 100 × (load / capacity)² over officers with capacity
 * @param moves unpinned active threats whose officer changed from the reference allocation
 * @param officersOverCapacity officers whose load % is above the amber threshold
 * @param officersOverloaded officers whose load % is above the red threshold
 * @param lroShortfall full-time LROs the force lacks to carry its caseload at 100% (a long: a small
 *        {@code nominalCapacityPoints} can make it exceed an int)
 * @param unallocatedWeight Σ points × (5 − priority) over the unallocated coverable threats
 * @param officers every officer's load, in dataset order
 */
public record PlanFigures(
        double totalPoints,
        int hardViolations,
        List<String> uncoverable,
        List<String> unallocated,
        double overloadPoints,
        double peakLoadPercent,
        double balance,
        int moves,
        int officersOverCapacity,
        int officersOverloaded,
        long lroShortfall,
        double unallocatedWeight,
        List<OfficerLoad> officers) {

    public PlanFigures {
        uncoverable = List.copyOf(uncoverable);
        unallocated = List.copyOf(unallocated);
        officers = List.copyOf(officers);
    }

    /**
     * Whether this plan is better than {@code other} at the first level where they differ: hard violations,
     * unallocated weight, overload, then balance plus the cost of moves. Differences within ε count as ties.
     */
    public boolean beats(PlanFigures other, double moveCostPoints) {
        if (hardViolations != other.hardViolations) {
            return hardViolations < other.hardViolations;
        }
        if (Math.abs(unallocatedWeight - other.unallocatedWeight) > CaseloadAssessment.EPSILON) {
            return unallocatedWeight < other.unallocatedWeight;
        }
        if (Math.abs(overloadPoints - other.overloadPoints) > CaseloadAssessment.EPSILON) {
            return overloadPoints < other.overloadPoints;
        }
        double mine = balance + moveCostPoints * moves;
        double theirs = other.balance + moveCostPoints * other.moves;
        return mine < theirs - CaseloadAssessment.EPSILON;
    }
}
