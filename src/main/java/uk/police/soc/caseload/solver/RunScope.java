package uk.police.soc.caseload.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Threat;

/**
 * What a manager lets one planner run change.
 *
 * @param breachesOnly only fix rule breaches (threats led by an officer who may not lead them) and give unallocated
 *     threats an LRO, with the fewest moves: every other threat keeps its officer
 * @param heldThreatIds threats the run must leave where they are, as if pinned
 * @param heldOfficerIds officers the run must leave alone: they keep every threat they lead and are given none
 */
public record RunScope(boolean breachesOnly, Set<String> heldThreatIds, Set<String> heldOfficerIds) {

    /** A full run over the whole caseload. */
    public static final RunScope FULL = new RunScope(false, Set.of(), Set.of());

    public RunScope {
        heldThreatIds = Set.copyOf(heldThreatIds);
        heldOfficerIds = Set.copyOf(heldOfficerIds);
    }

    public boolean holdsAnything() {
        return !heldThreatIds.isEmpty() || !heldOfficerIds.isEmpty();
    }

    /**
     * The caseload the run plans: held threats and every threat of a held officer pinned, held officers excluded
     * from every other threat. Figures are never taken from it (the pins and exclusions are the run's, not the
     * force's): a proposal is always judged on the caseload as it is.
     */
    Caseload plannedCaseload(Caseload caseload) {
        if (!holdsAnything()) {
            return caseload;
        }
        List<Threat> threats = new ArrayList<>();
        for (Threat threat : caseload.threats()) {
            boolean held = heldThreatIds.contains(threat.id())
                    || (threat.officerId() != null && heldOfficerIds.contains(threat.officerId()));
            if (held && threat.officerId() != null) {
                threats.add(threat.withPinned(true));
            } else if (held) {
                // An unallocated held threat stays unallocated: no officer may take it in this run.
                List<String> everyone = caseload.officers().stream().map(o -> o.id()).toList();
                threats.add(threat.withExcludedOfficerIds(everyone));
            } else if (!heldOfficerIds.isEmpty()) {
                List<String> excluded = new ArrayList<>(threat.excludedOfficerIds());
                heldOfficerIds.stream().filter(id -> !excluded.contains(id)).sorted().forEach(excluded::add);
                threats.add(threat.withExcludedOfficerIds(excluded));
            } else {
                threats.add(threat);
            }
        }
        return caseload.withThreats(threats);
    }
}
