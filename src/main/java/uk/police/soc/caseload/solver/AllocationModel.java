package uk.police.soc.caseload.solver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Allocation;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.PlanFigures;
import uk.police.soc.caseload.domain.Threat;

/**
 * A caseload cut into what the planner may change and what it may not, with every derived value taken from
 * {@link CaseloadAssessment}: the movable threats (active, unpinned, coverable) with the officers eligible for
 * each, and every officer's capacity and fixed load (active threats the planner may not move).
 */
public final class AllocationModel {

    private final CaseloadAssessment assessment;
    private final Allocation reference;
    private final Map<String, PlannedOfficer> officers = new LinkedHashMap<>();
    private final List<Threat> movableThreats = new ArrayList<>();
    private final Map<String, List<PlannedOfficer>> eligibleByThreat = new LinkedHashMap<>();
    private final Map<String, List<Officer>> eligibleOfficersByThreat = new LinkedHashMap<>();

    public AllocationModel(Caseload caseload) {
        this(new CaseloadAssessment(caseload));
    }

    public AllocationModel(CaseloadAssessment assessment) {
        this.assessment = assessment;
        Caseload caseload = assessment.caseload();
        this.reference = caseload.allocation();
        Map<String, Long> fixedLoad = new LinkedHashMap<>();
        for (Threat threat : caseload.threats()) {
            if (!threat.isActive()) {
                continue;
            }
            List<Officer> eligibleOfficers = threat.pinned() ? List.of() : assessment.eligibleOfficers(threat);
            if (!threat.pinned() && !eligibleOfficers.isEmpty()) {
                movableThreats.add(threat);
                eligibleOfficersByThreat.put(threat.id(), eligibleOfficers);
            } else if (threat.officerId() != null) {
                fixedLoad.merge(threat.officerId(), ScoreScale.micros(assessment.points(threat)), Long::sum);
            }
        }
        boolean strict = !assessment.policy().allowOverload();
        for (Officer officer : caseload.officers()) {
            officers.put(officer.id(), new PlannedOfficer(officer.id(), assessment.capacity(officer.id()),
                    fixedLoad.getOrDefault(officer.id(), 0L), strict));
        }
        eligibleOfficersByThreat.forEach((threatId, list) ->
                eligibleByThreat.put(threatId, list.stream().map(o -> officers.get(o.id())).toList()));
    }

    public CaseloadAssessment assessment() {
        return assessment;
    }

    public Caseload caseload() {
        return assessment.caseload();
    }

    public List<PlannedOfficer> officers() {
        return List.copyOf(officers.values());
    }

    public PlannedOfficer officer(String id) {
        return officers.get(id);
    }

    public List<Threat> movableThreats() {
        return List.copyOf(movableThreats);
    }

    public List<PlannedOfficer> eligibleOfficers(String threatId) {
        return eligibleByThreat.getOrDefault(threatId, List.of());
    }

    /** The officers eligible for a movable threat, as the domain knows them; empty for any other threat. */
    public List<Officer> eligibleOfficers(Threat threat) {
        return eligibleOfficersByThreat.getOrDefault(threat.id(), List.of());
    }

    /** The caseload's own allocation, against which moves are counted. */
    public Allocation reference() {
        return reference;
    }

    /**
     * A fresh solver problem whose movable threats start where {@code start} puts them. Officers unknown to the
     * caseload count as none.
     */
    public AllocationPlan newPlan(Allocation start) {
        double moveCost = assessment.policy().moveCostPoints();
        List<PlannedThreat> entities = new ArrayList<>();
        for (Threat threat : movableThreats) {
            PlannedThreat entity = new PlannedThreat(threat.id(), threat.priority(),
                    ScoreScale.micros(assessment.points(threat)), ScoreScale.micros(assessment.unallocatedWeight(threat)),
                    ScoreScale.micros(moveCost), threat.officerId(), eligibleByThreat.get(threat.id()));
            String officerId = start.leadOf(threat.id());
            entity.setOfficer(officerId == null ? null : officers.get(officerId));
            entities.add(entity);
        }
        return new AllocationPlan(officers(), entities);
    }

    /** Every threat's officer under {@code plan}: the plan's for movable threats, their own for the rest. */
    public Allocation allocationOf(AllocationPlan plan) {
        Allocation.Builder allocation = reference().toBuilder();
        for (PlannedThreat entity : plan.getThreats()) {
            allocation.assign(entity.getId(), entity.getOfficer() == null ? null : entity.getOfficer().getId());
        }
        return allocation.build();
    }

    /** The policy's plan figures of {@code allocation}, moves counted against the caseload's own allocation. */
    public PlanFigures figures(Allocation allocation) {
        return assessment.figures(allocation, reference());
    }
}
