package uk.police.soc.caseload.solver.whatif;

import java.util.List;
import java.util.Map;

/**
 * How well the caseload as it stands survives losing one officer (scenarios.md, "Resilience"): facts only, in
 * dataset order; the CLI and the app put them into words.
 *
 * @param threats every active threat with its coverage depth
 * @param categories per category with an active threat, in the dataset's category order
 * @param officers the active officers who lead or are eligible for at least one active threat
 */
public record Resilience(List<ThreatCoverage> threats, List<CategoryCoverage> categories,
        List<OfficerResilience> officers) {

    public Resilience {
        threats = List.copyOf(threats);
        categories = List.copyOf(categories);
        officers = List.copyOf(officers);
    }

    /** The active threats only one officer may lead: the single points of failure, by threat id. */
    public Map<String, String> soleCoverOfficerByThreat() {
        Map<String, String> sole = new java.util.LinkedHashMap<>();
        for (ThreatCoverage threat : threats) {
            if (threat.coverageDepth() == 1) {
                sole.put(threat.threatId(), threat.eligibleOfficerIds().get(0));
            }
        }
        return sole;
    }

    /**
     * An active threat and who may lead it.
     *
     * @param coverageDepth the number of officers eligible for it
     * @param eligibleOfficerIds those officers, in dataset order
     */
    public record ThreatCoverage(String threatId, int coverageDepth, List<String> eligibleOfficerIds) {
        public ThreatCoverage {
            eligibleOfficerIds = List.copyOf(eligibleOfficerIds);
        }
    }

    /**
     * @param threats active threats in the category
     * @param eligibleOfficers officers eligible for at least one of them
     * @param uncoverable threats in it with depth 0
     * @param singleCover threats in it with depth 1
     */
    public record CategoryCoverage(String category, int threats, int eligibleOfficers, int uncoverable,
            int singleCover) {
    }

    /**
     * One officer and what their absence would break.
     *
     * @param leads the active threats they lead
     * @param soleCoverFor the active threats whose only eligible officer they are
     */
    public record OfficerResilience(String officerId, List<String> leads, List<String> soleCoverFor,
            IfUnavailable ifUnavailable) {
        public OfficerResilience {
            leads = List.copyOf(leads);
            soleCoverFor = List.copyOf(soleCoverFor);
        }
    }

    /**
     * The plan if the officer became long-absent and the threats they led were placed again by the greedy rule.
     *
     * @param newlyUncoverable active threats that were coverable and now are not
     * @param leftWithoutOfficer the threats they led that end with no officer (uncoverable or unallocated)
     * @param unallocated coverable active threats with no officer on that allocation
     * @param reallocated the threats they led that another officer picks up: threat id to officer id, in
     *        the order the greedy rule placed them
     */
    public record IfUnavailable(List<String> newlyUncoverable, List<String> leftWithoutOfficer,
            List<String> unallocated, double overloadPoints, double peakLoadPercent, long lroShortfall,
            Map<String, String> reallocated) {
        public IfUnavailable {
            newlyUncoverable = List.copyOf(newlyUncoverable);
            leftWithoutOfficer = List.copyOf(leftWithoutOfficer);
            unallocated = List.copyOf(unallocated);
            reallocated = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(reallocated));
        }
    }
}
