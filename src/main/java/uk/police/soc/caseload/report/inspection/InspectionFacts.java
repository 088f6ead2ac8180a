package uk.police.soc.caseload.report.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.police.soc.caseload.domain.AllocationChange;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.HistoryFilter;
import uk.police.soc.caseload.domain.MentoringSession;
import uk.police.soc.caseload.domain.PlanFigures;
import uk.police.soc.caseload.domain.PlanHealth;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.WorkloadDay;
import uk.police.soc.caseload.domain.WorkloadTrend;
import uk.police.soc.caseload.report.training.TrainingGapReport;
import uk.police.soc.caseload.solver.whatif.Resilience.CategoryCoverage;
import uk.police.soc.caseload.solver.whatif.ResilienceAnalysis;
import uk.police.soc.caseload.report.training.TrainingGaps;

/**
 * Every figure of the inspection report (evidence.md, "The inspection report"), worked out by the same rules the
 * command line uses ({@code summary}, {@code training-report}, {@code plan-health}, {@code trend},
 * {@code history}), so that the report and the commands agree for the same store and date.
 *
 * @param caseload the store judged on {@code asOf}
 * @param from the first day of the period (default 90 days before {@code asOf})
 * @param threatsByCategoryAndPriority active threats: category code to counts by priority 1 to 4
 * @param accreditedLroIds the accredited LROs, in dataset order
 * @param trend the workload history over the period and sustained overload on {@code asOf}
 * @param sessionsByPair mentoring sessions in the period, per mentor and mentee, in order of first session
 * @param coverage coverage by category, MSHT first, then the dataset's order
 * @param changes the allocation changes in the period, oldest first
 */
public record InspectionFacts(
        String unitName,
        LocalDate asOf,
        LocalDate from,
        String producedBy,
        Instant producedAt,
        ZoneId zone,
        Caseload caseload,
        PlanFigures figures,
        Map<String, int[]> threatsByCategoryAndPriority,
        List<String> accreditedLroIds,
        WorkloadTrend trend,
        TrainingGapReport training,
        List<PairSessions> sessionsByPair,
        List<CategoryCoverage> coverage,
        List<PlanHealth> planHealth,
        List<AllocationChange> changes) {

    /** The days before {@code asOf} the period covers when {@code --from} is not given. */
    public static final int DEFAULT_PERIOD_DAYS = 90;
    /** The category the inspection asks about first (modern slavery and human trafficking). */
    public static final String FIRST_CATEGORY = "MSHT";

    /** The mentoring sessions one mentor held with one mentee in the period. */
    public record PairSessions(String mentorId, String menteeId, int sessions, int minutes, LocalDate last) {
    }

    /**
     * @param caseload the store, judged on the report's date
     * @param history every stored daily record up to that date
     * @param allChanges the whole allocation history
     * @param from the first day of the period, or null for {@value #DEFAULT_PERIOD_DAYS} days before
     */
    public static InspectionFacts of(String unitName, Caseload caseload, List<WorkloadDay> history,
            List<AllocationChange> allChanges, LocalDate from, String producedBy, Instant producedAt, ZoneId zone) {
        LocalDate asOf = caseload.asOf();
        LocalDate first = from == null ? asOf.minusDays(DEFAULT_PERIOD_DAYS) : from;
        CaseloadAssessment assessment = new CaseloadAssessment(caseload);
        Map<String, int[]> byCategory = new LinkedHashMap<>();
        for (Threat threat : caseload.threats()) {
            if (threat.isActive()) {
                byCategory.computeIfAbsent(threat.category(), c -> new int[4])[threat.priority() - 1]++;
            }
        }
        List<String> accredited = caseload.officers().stream().map(o -> o.id())
                .filter(assessment::isAccredited).toList();
        // Coverage as the resilience question defines it (scenarios.md): one definition for both.
        List<CategoryCoverage> coverage = new ArrayList<>(new ResilienceAnalysis(assessment).analyse().categories());
        coverage.sort(Comparator.comparing(c -> !FIRST_CATEGORY.equals(c.category())));
        return new InspectionFacts(unitName, asOf, first, producedBy, producedAt, zone, caseload,
                assessment.figures(), byCategory, accredited,
                WorkloadTrend.of(history, first, asOf, null, caseload.policy().sustainedOverloadDays()),
                TrainingGaps.report(caseload, TrainingGaps.DEFAULT_WITHIN_DAYS),
                sessionsByPair(caseload.mentoringSessions(), first, asOf), coverage, PlanHealth.of(caseload),
                new HistoryFilter(null, null, first, asOf, zone).apply(allChanges));
    }

    private static List<PairSessions> sessionsByPair(List<MentoringSession> sessions, LocalDate from, LocalDate to) {
        Map<List<String>, PairSessions> pairs = new LinkedHashMap<>();
        sessions.stream().filter(s -> !s.on().isBefore(from) && !s.on().isAfter(to))
                .sorted(Comparator.comparing(MentoringSession::on))
                .forEach(s -> pairs.merge(List.of(s.mentorId(), s.menteeId()),
                        new PairSessions(s.mentorId(), s.menteeId(), 1, s.minutes() == null ? 0 : s.minutes(), s.on()),
                        (a, b) -> new PairSessions(a.mentorId(), a.menteeId(), a.sessions() + 1,
                                a.minutes() + b.minutes(), b.last())));
        return List.copyOf(pairs.values());
    }

    public int activeThreats() {
        return threatsByCategoryAndPriority.values().stream().mapToInt(c -> c[0] + c[1] + c[2] + c[3]).sum();
    }

    /** Active threats per accredited LRO; null when there is no accredited LRO. */
    public Double threatsPerAccreditedLro() {
        return accreditedLroIds.isEmpty() ? null : (double) activeThreats() / accreditedLroIds.size();
    }
}
