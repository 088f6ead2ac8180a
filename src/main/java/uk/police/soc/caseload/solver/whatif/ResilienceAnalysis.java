package uk.police.soc.caseload.solver.whatif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.Category;
import uk.police.soc.caseload.domain.GreedyPlacement;
import uk.police.soc.caseload.domain.GreedyPlacement.WhenFull;
import uk.police.soc.caseload.domain.Objective;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.solver.whatif.Resilience.CategoryCoverage;
import uk.police.soc.caseload.solver.whatif.Resilience.IfUnavailable;
import uk.police.soc.caseload.solver.whatif.Resilience.OfficerResilience;
import uk.police.soc.caseload.solver.whatif.Resilience.ThreatCoverage;

/**
 * Works out {@link Resilience} for a caseload on its planning date, on the allocation as it stands.
 *
 * <p>Eligibility is judged once for every officer–threat pair; each officer's absence then changes only the
 * threats they led and the officers who pick them up, so a national caseload (4,600 threats, 900 officers)
 * takes well under the two seconds a manager will wait. An absent officer stays accredited (their mentees keep
 * their standing) and is eligible for nothing, so no other officer's eligibility changes: the eligible sets
 * minus that officer are exactly the eligibility of the changed caseload.
 */
public final class ResilienceAnalysis {

    private final CaseloadAssessment assessment;
    private final Caseload caseload;
    private final List<Threat> activeThreats = new ArrayList<>();
    private final Map<String, List<Officer>> eligibleByThreat = new HashMap<>();
    private final GreedyPlacement placement;
    /** Officer ids in dataset order, with their capacities; every officer's load as the caseload stands. */
    private final List<String> officerIds;
    private final double[] baseCapacities;
    private final Map<String, Double> baseLoads;
    private final Set<String> eligibleForSome = new HashSet<>();
    /** Coverable active threats with no officer as the caseload stands. */
    private final List<String> unallocatedNow = new ArrayList<>();
    private final Map<String, Integer> datasetIndex = new HashMap<>();
    private double totalPoints;
    private double eligibleCapacity;

    public ResilienceAnalysis(CaseloadAssessment assessment) {
        this.assessment = assessment;
        this.caseload = assessment.caseload();
        this.placement = new GreedyPlacement(assessment);
        this.baseLoads = assessment.loads();
        this.officerIds = caseload.officers().stream().map(Officer::id).toList();
        this.baseCapacities = officerIds.stream().mapToDouble(assessment::capacity).toArray();
        for (Threat threat : caseload.threats()) {
            if (!threat.isActive()) {
                continue;
            }
            datasetIndex.put(threat.id(), activeThreats.size());
            activeThreats.add(threat);
            totalPoints += assessment.points(threat);
            List<Officer> eligible = assessment.eligibleOfficers(threat);
            eligibleByThreat.put(threat.id(), eligible);
            eligible.forEach(officer -> eligibleForSome.add(officer.id()));
            if (!eligible.isEmpty() && threat.officerId() == null) {
                unallocatedNow.add(threat.id());
            }
        }
        for (String officerId : eligibleForSome) {
            eligibleCapacity += assessment.capacity(officerId);
        }
    }

    public Resilience analyse() {
        List<ThreatCoverage> threats = new ArrayList<>();
        Map<String, List<String>> soleCover = new HashMap<>();
        Map<String, List<String>> leads = new HashMap<>();
        for (Threat threat : activeThreats) {
            List<String> eligible = eligibleByThreat.get(threat.id()).stream().map(Officer::id).toList();
            threats.add(new ThreatCoverage(threat.id(), eligible.size(), eligible));
            if (eligible.size() == 1) {
                soleCover.computeIfAbsent(eligible.get(0), k -> new ArrayList<>()).add(threat.id());
            }
            if (threat.officerId() != null) {
                leads.computeIfAbsent(threat.officerId(), k -> new ArrayList<>()).add(threat.id());
            }
        }
        List<OfficerResilience> officers = new ArrayList<>();
        for (Officer officer : caseload.officers()) {
            boolean leadsSome = leads.containsKey(officer.id());
            if (!officer.active() || !(leadsSome || eligibleForSome.contains(officer.id()))) {
                continue;
            }
            List<String> led = leads.getOrDefault(officer.id(), List.of());
            List<String> sole = soleCover.getOrDefault(officer.id(), List.of());
            officers.add(new OfficerResilience(officer.id(), led, sole, ifUnavailable(officer.id(), led, sole)));
        }
        return new Resilience(threats, categories(), officers);
    }

    /** The allocation with {@code absentId} long-absent, their threats placed again one by one (scenarios.md). */
    private IfUnavailable ifUnavailable(String absentId, List<String> led, List<String> soleCover) {
        Map<String, Double> loads = new HashMap<>(baseLoads);
        loads.put(absentId, 0.0);
        List<Threat> toPlace = new ArrayList<>();
        Set<String> withoutOfficer = new HashSet<>();
        for (String threatId : led) {
            Threat threat = threatById(threatId);
            if (othersEligible(threat, absentId).isEmpty()) {
                withoutOfficer.add(threatId);
            } else {
                toPlace.add(threat);
            }
        }
        toPlace.sort(placement.order());
        Map<String, String> reallocated = new LinkedHashMap<>();
        for (Threat threat : toPlace) {
            // The absent officer is eligible for nothing: choosing among the others is choosing as the rule would.
            Officer chosen = placement.choose(threat, othersEligible(threat, absentId), loads, WhenFull.LEAVE_UNALLOCATED);
            if (chosen == null) {
                withoutOfficer.add(threat.id());
            } else {
                reallocated.put(threat.id(), chosen.id());
                loads.merge(chosen.id(), assessment.points(threat), Double::sum);
            }
        }

        // Unallocated: those already without an officer that stay coverable, and those nobody had room for.
        Set<String> unallocated = new HashSet<>(withoutOfficer);
        unallocated.removeIf(threatId -> othersEligible(threatById(threatId), absentId).isEmpty());
        for (String threatId : unallocatedNow) {
            if (!soleCover.contains(threatId)) {
                unallocated.add(threatId);
            }
        }
        // Summed over every officer in dataset order, as the plan figures are, so the numbers are the same.
        double overload = 0;
        double peak = 0;
        for (int i = 0; i < officerIds.size(); i++) {
            String id = officerIds.get(i);
            double capacity = id.equals(absentId) ? 0 : baseCapacities[i];
            double load = loads.get(id);
            overload += Objective.overload(load, capacity);
            peak = Math.max(peak, CaseloadAssessment.loadPercent(load, capacity));
        }
        double remainingCapacity = eligibleCapacity
                - (eligibleForSome.contains(absentId) ? assessment.capacity(absentId) : 0);
        return new IfUnavailable(soleCover, inDatasetOrder(withoutOfficer), inDatasetOrder(unallocated), overload, peak,
                assessment.lroShortfall(totalPoints, remainingCapacity), reallocated);
    }

    private Threat threatById(String threatId) {
        return activeThreats.get(datasetIndex.get(threatId));
    }

    private List<Officer> othersEligible(Threat threat, String absentId) {
        List<Officer> eligible = eligibleByThreat.get(threat.id());
        return eligible.stream().anyMatch(o -> o.id().equals(absentId))
                ? eligible.stream().filter(o -> !o.id().equals(absentId)).toList() : eligible;
    }

    private List<String> inDatasetOrder(Set<String> threatIds) {
        return threatIds.stream().sorted(Comparator.comparingInt(datasetIndex::get)).toList();
    }

    private List<CategoryCoverage> categories() {
        List<CategoryCoverage> categories = new ArrayList<>();
        for (Category category : caseload.categories()) {
            int threats = 0;
            int uncoverable = 0;
            int single = 0;
            Set<String> eligible = new HashSet<>();
            for (Threat threat : activeThreats) {
                if (!threat.category().equals(category.code())) {
                    continue;
                }
                threats++;
                List<Officer> officers = eligibleByThreat.get(threat.id());
                officers.forEach(officer -> eligible.add(officer.id()));
                uncoverable += officers.isEmpty() ? 1 : 0;
                single += officers.size() == 1 ? 1 : 0;
            }
            if (threats > 0) {
                categories.add(new CategoryCoverage(category.code(), threats, eligible.size(), uncoverable, single));
            }
        }
        return categories;
    }
}
