package uk.police.soc.caseload.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.police.soc.caseload.domain.Allocation;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.GreedyPlacement;
import uk.police.soc.caseload.domain.GreedyPlacement.WhenFull;
import uk.police.soc.caseload.domain.Threat;

/**
 * The greedy baseline of the policy and the solver's starting plan, both placed by the domain's
 * {@link GreedyPlacement}.
 *
 * <p>{@link #baseline()} is the policy's yardstick exactly: every movable threat placed by the rule.
 * {@link #repair()} is the first phase of a run: it keeps each threat with its current officer where that
 * officer is eligible (and has room, when overload is not allowed), so a re-plan starts with no moves, and places
 * only the rest, looking further down the list for an officer with room.
 */
public final class GreedyAllocator {

    private final AllocationModel model;
    private final GreedyPlacement placement;

    public GreedyAllocator(AllocationModel model) {
        this.model = model;
        this.placement = new GreedyPlacement(model.assessment());
    }

    /** The greedy baseline allocation of every threat. */
    public Allocation baseline() {
        return placement.place(model.reference(), model.movableThreats(), model::eligibleOfficers,
                WhenFull.LEAVE_UNALLOCATED);
    }

    /** The solver's starting allocation: current officers kept where allowed, the rest placed greedily. */
    public Allocation repair() {
        CaseloadAssessment assessment = model.assessment();
        boolean strict = !assessment.policy().allowOverload();
        Map<String, Double> loads = new HashMap<>();
        model.officers().forEach(o -> loads.put(o.getId(), o.fixedLoad()));
        List<Threat> ordered = new ArrayList<>(model.movableThreats());
        ordered.sort(placement.order());
        List<Threat> toPlace = new ArrayList<>();
        for (Threat threat : ordered) {
            PlannedOfficer current = threat.officerId() == null ? null : model.officer(threat.officerId());
            double points = assessment.points(threat);
            boolean keep = current != null && model.eligibleOfficers(threat.id()).contains(current)
                    && (!strict || !CaseloadAssessment.exceeds(loads.get(current.getId()) + points, current.capacity()));
            if (keep) {
                loads.merge(current.getId(), points, Double::sum);
            } else {
                toPlace.add(threat);
            }
        }
        return placement.place(model.reference(), toPlace, model::eligibleOfficers, WhenFull.TRY_NEXT_OFFICER);
    }
}
