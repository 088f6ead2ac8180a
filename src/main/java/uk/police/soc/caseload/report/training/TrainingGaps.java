package uk.police.soc.caseload.report.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.EligibilityRule;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.TrainingRecord;
import uk.police.soc.caseload.report.training.TrainingGapReport.ExpiringRecord;
import uk.police.soc.caseload.report.training.TrainingGapReport.NearestOfficer;
import uk.police.soc.caseload.report.training.TrainingGapReport.TraineeWithoutMentor;
import uk.police.soc.caseload.report.training.TrainingGapReport.UnaccreditedLeader;
import uk.police.soc.caseload.report.training.TrainingGapReport.UncoverableThreat;

/**
 * Works out the training gap report ("Training figures" of the allocation policy) from a caseload on its
 * planning date. Every rule comes from {@link CaseloadAssessment}; this class only selects and arranges.
 */
public final class TrainingGaps {

    public static final int DEFAULT_WITHIN_DAYS = 90;

    /** The report lists at most this many nearest officers per uncoverable threat. */
    public static final int MAX_NEAREST_OFFICERS = 5;

    /** The capacity reduction, in percent, the app offers to record for a mentor when a pair starts. */
    public static final int MENTORING_REDUCTION_PERCENT = 10;

    private TrainingGaps() {
    }

    public static TrainingGapReport report(Caseload caseload, int withinDays) {
        if (withinDays < 0) {
            throw new IllegalArgumentException("withinDays must not be negative: " + withinDays);
        }
        CaseloadAssessment assessment = new CaseloadAssessment(caseload);
        List<UncoverableThreat> uncoverable = uncoverable(assessment);
        List<ExpiringRecord> expiring = expiring(assessment, withinDays);
        List<TraineeWithoutMentor> withoutMentor = traineesWithoutMentor(assessment);
        List<UnaccreditedLeader> unaccredited = unaccreditedLeading(assessment);
        List<TrainingSuggestion> suggestions =
                new SuggestionPlanner(assessment).suggest(unaccredited, expiring, withoutMentor);
        return new TrainingGapReport(caseload.asOf(), withinDays, unaccredited, expiring, uncoverable,
                withoutMentor, suggestions);
    }

    /** Officers leading at least one active threat who are not accredited LROs, in dataset order. */
    static List<UnaccreditedLeader> unaccreditedLeading(CaseloadAssessment assessment) {
        List<UnaccreditedLeader> leaders = new ArrayList<>();
        for (Officer officer : assessment.caseload().officers()) {
            List<String> led = ledThreatIds(assessment.caseload(), officer.id());
            if (!led.isEmpty() && !assessment.isAccredited(officer.id())) {
                leaders.add(new UnaccreditedLeader(officer.id(), officer.name(),
                        assessment.isMentoredTrainee(officer.id()), led));
            }
        }
        return leaders;
    }

    /**
     * Records of active officers, valid on the planning date, expiring on or before {@code asOf + withinDays},
     * unless the officer holds another valid record of the same course that lasts longer (a renewal). Sorted by
     * expiry, then officer and course.
     */
    public static List<ExpiringRecord> expiring(CaseloadAssessment assessment, int withinDays) {
        Caseload caseload = assessment.caseload();
        Map<String, Officer> officers = caseload.officersById();
        Map<String, Course> courses = caseload.coursesByCode();
        LocalDate horizon = assessment.asOf().plusDays(withinDays);
        List<ExpiringRecord> expiring = new ArrayList<>();
        for (TrainingRecord record : caseload.trainingRecords()) {
            Officer officer = officers.get(record.officerId());
            LocalDate expiry = assessment.expiry(record);
            if (officer == null || !officer.active() || expiry == null || expiry.isAfter(horizon)
                    || !assessment.isValid(record) || isRenewed(assessment, record, expiry)) {
                continue;
            }
            Course course = courses.get(record.courseCode());
            expiring.add(new ExpiringRecord(officer.id(), officer.name(), record.courseCode(), record.completedOn(),
                    expiry, course != null && course.accreditsLro(), ledThreatIds(caseload, officer.id())));
        }
        expiring.sort(Comparator.comparing(ExpiringRecord::expiresOn)
                .thenComparing(ExpiringRecord::officerId)
                .thenComparing(ExpiringRecord::courseCode)
                .thenComparing(ExpiringRecord::completedOn));
        return expiring;
    }

    private static boolean isRenewed(CaseloadAssessment assessment, TrainingRecord record, LocalDate expiry) {
        for (TrainingRecord other : assessment.caseload().trainingRecords()) {
            if (other != record && other.officerId().equals(record.officerId())
                    && other.courseCode().equals(record.courseCode()) && assessment.isValid(other)) {
                LocalDate otherExpiry = assessment.expiry(other);
                if (otherExpiry == null || otherExpiry.isAfter(expiry)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Active officers, not accredited, whose mentor is not an accredited LRO on the planning date. */
    static List<TraineeWithoutMentor> traineesWithoutMentor(CaseloadAssessment assessment) {
        Map<String, Officer> officers = assessment.caseload().officersById();
        List<TraineeWithoutMentor> trainees = new ArrayList<>();
        for (Officer officer : assessment.caseload().officers()) {
            String mentorId = officer.mentorId();
            if (mentorId == null || !officer.active() || assessment.isAccredited(officer.id())
                    || assessment.isAccredited(mentorId)) {
                continue;
            }
            Officer mentor = officers.get(mentorId);
            MentorProblem reason = mentor == null ? MentorProblem.NOT_ON_RECORD
                    : !mentor.active() ? MentorProblem.LEFT_THE_UNIT : MentorProblem.NOT_ACCREDITED;
            trainees.add(new TraineeWithoutMentor(officer.id(), officer.name(), mentorId, reason));
        }
        return trainees;
    }

    /** Active threats no one is eligible for, in register order, each with its nearest officers (at most 5). */
    static List<UncoverableThreat> uncoverable(CaseloadAssessment assessment) {
        List<UncoverableThreat> uncoverable = new ArrayList<>();
        for (Threat threat : assessment.caseload().threats()) {
            if (!threat.isActive() || assessment.isCoverable(threat)) {
                continue;
            }
            List<NearestOfficer> nearest = new ArrayList<>();
            for (Map.Entry<Officer, EnumSet<EligibilityRule>> entry : assessment.nearestOfficers(threat).entrySet()) {
                if (nearest.size() == MAX_NEAREST_OFFICERS) {
                    break;
                }
                nearest.add(new NearestOfficer(entry.getKey().id(), entry.getKey().name(), codes(entry.getValue())));
            }
            uncoverable.add(new UncoverableThreat(threat.id(), threat.name(), threat.category(), threat.priority(),
                    nearest));
        }
        return uncoverable;
    }

    static List<String> codes(EnumSet<EligibilityRule> rules) {
        return rules.stream().map(EligibilityRule::code).toList();
    }

    /** The active threats the officer leads, in register order. */
    static List<String> ledThreatIds(Caseload caseload, String officerId) {
        return caseload.threats().stream()
                .filter(t -> t.isActive() && Objects.equals(t.officerId(), officerId))
                .map(Threat::id)
                .toList();
    }
}
