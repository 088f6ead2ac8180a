package uk.police.soc.caseload.solver;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * A threat the solver may move: active, unpinned and coverable. Its values are only the officers eligible for
 * it, so the solver never wastes time on the other hundreds.
 */
@PlanningEntity
public class PlannedThreat {

    @PlanningId
    private String id;
    private int priority;
    private long pointsMicros;
    private long unallocatedWeightMicros;
    private long moveCostMicros;
    /** The officer in the allocation given to the planner (null: none); leaving it is a move. */
    private String originalOfficerId;
    private List<PlannedOfficer> eligibleOfficers;
    private Set<String> eligibleOfficerIds;

    // Null allowed because with allowOverload false a threat that fits nowhere stays unallocated.
    @PlanningVariable(valueRangeProviderRefs = "eligibleOfficers", nullable = true)
    private PlannedOfficer officer;

    /** No-arg constructor required by the solver when it clones solutions. */
    public PlannedThreat() {
    }

    public PlannedThreat(String id, int priority, long pointsMicros, long unallocatedWeightMicros,
            long moveCostMicros, String originalOfficerId, List<PlannedOfficer> eligibleOfficers) {
        this.id = id;
        this.priority = priority;
        this.pointsMicros = pointsMicros;
        this.unallocatedWeightMicros = unallocatedWeightMicros;
        this.moveCostMicros = moveCostMicros;
        this.originalOfficerId = originalOfficerId;
        this.eligibleOfficers = List.copyOf(eligibleOfficers);
        this.eligibleOfficerIds = eligibleOfficers.stream().map(PlannedOfficer::getId).collect(Collectors.toSet());
    }

    public String getId() {
        return id;
    }

    public int priority() {
        return priority;
    }

    public long pointsMicros() {
        return pointsMicros;
    }

    public double points() {
        return ScoreScale.points(pointsMicros);
    }

    public long unallocatedWeightMicros() {
        return unallocatedWeightMicros;
    }

    public long moveCostMicros() {
        return moveCostMicros;
    }

    public String originalOfficerId() {
        return originalOfficerId;
    }

    @ValueRangeProvider(id = "eligibleOfficers")
    public List<PlannedOfficer> getEligibleOfficers() {
        return eligibleOfficers;
    }

    public boolean isEligible(PlannedOfficer candidate) {
        return eligibleOfficerIds.contains(candidate.getId());
    }

    /** It had an officer in the given allocation and now has another or none. */
    public boolean isMoved() {
        return originalOfficerId != null && (officer == null || !originalOfficerId.equals(officer.getId()));
    }

    public PlannedOfficer getOfficer() {
        return officer;
    }

    public void setOfficer(PlannedOfficer officer) {
        this.officer = officer;
    }

    @Override
    public String toString() {
        return id + "->" + officer;
    }
}
