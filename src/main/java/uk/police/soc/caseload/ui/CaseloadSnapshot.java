package uk.police.soc.caseload.ui;

import uk.police.soc.caseload.domain.LoadStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.police.soc.caseload.domain.AllocationChange;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.OfficerLoad;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.PlanFigures;
import uk.police.soc.caseload.domain.PlanHealth;
import uk.police.soc.caseload.domain.SustainedOverload;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.WorkloadDay;

/**
 * Everything the screens show for one caseload on one planning date. Built once per refresh, off the FX
 * thread, so that a national-sized register only costs the FX thread a {@code setAll}.
 */
public record CaseloadSnapshot(
        CaseloadAssessment assessment,
        PlanFigures figures,
        List<ThreatRow> threats,
        List<OfficerRow> officers,
        List<AllocationChange> allocationHistory,
        List<WorkloadDay> workloadHistory) {

    public static CaseloadSnapshot of(Caseload caseload) {
        return of(caseload, List.of(), List.of());
    }

    /**
     * @param allocationHistory every recorded change of LRO, oldest first
     * @param workloadHistory the daily workload records up to the planning date, oldest first
     */
    public static CaseloadSnapshot of(Caseload caseload, List<AllocationChange> allocationHistory,
            List<WorkloadDay> workloadHistory) {
        CaseloadAssessment assessment = new CaseloadAssessment(caseload);
        PlanFigures figures = assessment.figures();
        Map<String, Integer> threatsLed = new HashMap<>();
        caseload.threats().stream()
                .filter(t -> t.isActive() && t.officerId() != null)
                .forEach(t -> threatsLed.merge(t.officerId(), 1, Integer::sum));

        List<OfficerRow> officers = new ArrayList<>();
        Map<String, OfficerLoad> loads = new HashMap<>();
        figures.officers().forEach(l -> loads.put(l.officerId(), l));
        for (Officer officer : caseload.officers()) {
            OfficerLoad load = loads.get(officer.id());
            officers.add(new OfficerRow(officer, load.capacity(), load.load(), load.loadPercent(),
                    LoadStatus.of(load, caseload.policy()), accreditationOf(assessment, officer.id()),
                    threatsLed.getOrDefault(officer.id(), 0), officer.absenceOn(caseload.asOf()),
                    assessment.isLongAbsent(officer.id())));
        }

        java.util.Set<String> uncoverable = new java.util.HashSet<>(figures.uncoverable());
        Map<String, Officer> officersById = caseload.officersById();
        List<ThreatRow> threats = new ArrayList<>();
        for (Threat threat : caseload.threats()) {
            Officer lead = threat.officerId() == null ? null : officersById.get(threat.officerId());
            String leadName = lead == null ? "" : lead.name() == null ? lead.id() : lead.name();
            boolean coverable = threat.isActive() ? !uncoverable.contains(threat.id()) : assessment.isCoverable(threat);
            List<Officer> eligible = threat.isActive() ? assessment.eligibleOfficers(threat) : List.of();
            String soleCover = eligible.size() == 1 ? nameOf(eligible.get(0)) : "";
            threats.add(new ThreatRow(threat, assessment.points(threat), leadName, coverable,
                    lead != null && assessment.isAccredited(lead.id()),
                    lead != null && assessment.isEligible(lead, threat),
                    ThreatRow.reviewState(threat, caseload.asOf()), eligible.size(), soleCover,
                    Formats.category(caseload, threat.category()),
                    threat.isActive() ? PlanHealth.of(threat, caseload.plan(threat.id()), caseload.asOf()) : null,
                    lead == null || !threat.isActive() ? java.util.Set.of()
                            : java.util.Set.copyOf(assessment.unmetRules(lead, threat))));
        }
        return new CaseloadSnapshot(assessment, figures, List.copyOf(threats), List.copyOf(officers),
                List.copyOf(allocationHistory), List.copyOf(workloadHistory));
    }

    private static String nameOf(Officer officer) {
        return officer.name() == null ? officer.id() : officer.name();
    }

    public static OfficerRow.Accreditation accreditationOf(CaseloadAssessment assessment, String officerId) {
        if (assessment.isAccredited(officerId)) {
            return OfficerRow.Accreditation.ACCREDITED;
        }
        if (assessment.isMentoredTrainee(officerId)) {
            return OfficerRow.Accreditation.MENTORED_TRAINEE;
        }
        return OfficerRow.Accreditation.NONE;
    }

    public Caseload caseload() {
        return assessment.caseload();
    }

    /** Nothing stored yet: the app offers the worked example or an import. */
    public boolean isEmpty() {
        return caseload().officers().isEmpty() && caseload().threats().isEmpty();
    }

    /** The officers in sustained overload on the planning date, by the stored workload history. */
    public List<SustainedOverload> sustainedOverload() {
        return SustainedOverload.judge(workloadHistory, caseload().asOf(), caseload().policy().sustainedOverloadDays());
    }

    /** The changes of LRO of one threat, oldest first. */
    public List<AllocationChange> historyOfThreat(String threatId) {
        return allocationHistory.stream().filter(c -> c.threatId().equals(threatId)).toList();
    }

    /** The threats an officer took and gave up, oldest first. */
    public List<AllocationChange> historyOfOfficer(String officerId) {
        return allocationHistory.stream().filter(c -> officerId.equals(c.fromOfficerId())
                || officerId.equals(c.toOfficerId())).toList();
    }

    public OfficerRow officer(String id) {
        return officers.stream().filter(o -> o.id().equals(id)).findFirst().orElse(null);
    }
}
