package uk.police.soc.caseload.report.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.EligibilityRule;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.TrainingRecord;
import uk.police.soc.caseload.report.training.TrainingGapReport.ExpiringRecord;
import uk.police.soc.caseload.report.training.TrainingGapReport.TraineeWithoutMentor;
import uk.police.soc.caseload.report.training.TrainingGapReport.UnaccreditedLeader;

/**
 * Turns training gaps into actions a trainer can take, each judged by simulation: the action is applied to a
 * copy of the caseload and {@link CaseloadAssessment} says which threats become coverable or lawfully led.
 * Suggestions are ranked by {@code weight} = Σ (5 − priority) over the threats they help, then by the effort
 * (courses to take, levels to gain).
 */
final class SuggestionPlanner {

    /** The rules training can put right; absence, capacity, leaving and exclusions are not training matters. */
    private static final Set<EligibilityRule> TRAINABLE =
            EnumSet.of(EligibilityRule.NOT_ACCREDITED, EligibilityRule.SKILL, EligibilityRule.PIP_LEVEL);


    private final CaseloadAssessment before;
    private final Caseload caseload;
    private final Map<String, Officer> officers;
    private final Map<String, Threat> threats = new LinkedHashMap<>();
    private final List<Threat> uncoverable;
    private final Optional<Course> lroCourse;
    private final Map<String, Double> loads;
    private final Map<String, Integer> mentoringProposals = new java.util.HashMap<>();

    SuggestionPlanner(CaseloadAssessment assessment) {
        this.before = assessment;
        this.caseload = assessment.caseload();
        this.officers = caseload.officersById();
        caseload.threats().forEach(t -> threats.put(t.id(), t));
        this.uncoverable = caseload.threats().stream()
                .filter(t -> t.isActive() && !assessment.isCoverable(t))
                .toList();
        this.lroCourse = caseload.courses().stream().filter(Course::accreditsLro).findFirst();
        this.loads = assessment.loads(caseload.allocation());
    }

    List<TrainingSuggestion> suggest(List<UnaccreditedLeader> unaccredited, List<ExpiringRecord> expiring,
            List<TraineeWithoutMentor> withoutMentor) {
        Set<Fix> fixes = new LinkedHashSet<>();
        for (Threat threat : uncoverable) {
            before.nearestOfficers(threat).forEach((officer, unmet) -> {
                if (!unmet.isEmpty() && TRAINABLE.containsAll(unmet)) {
                    fixes.add(Fix.of(officer, unmet, threat, before));
                }
            });
        }
        for (UnaccreditedLeader leader : unaccredited) {
            Officer officer = officers.get(leader.officerId());
            if (officer.active()) {
                fixes.add(new Fix(officer.id(), true, null, null, null));
            }
        }

        List<Ranked> ranked = new ArrayList<>();
        for (Fix fix : fixes) {
            trainingSuggestion(fix).ifPresent(ranked::add);
        }
        for (ExpiringRecord record : expiring) {
            if (record.accreditsLro()) {
                ranked.add(renewal(record));
            }
        }
        for (TraineeWithoutMentor trainee : withoutMentor) {
            ranked.add(mentorFor(officers.get(trainee.officerId()), trainee, expiring));
        }
        for (UnaccreditedLeader leader : unaccredited) {
            Officer officer = officers.get(leader.officerId());
            if (officer.active() && officer.mentorId() == null) {
                Ranked mentor = mentorFor(officer, null, expiring);
                if (!mentor.suggestion().ledThreatIds().isEmpty()) {
                    ranked.add(mentor);
                }
            }
        }
        ranked.sort(Comparator.comparingInt((Ranked r) -> -r.suggestion().weight())
                .thenComparingInt(Ranked::effort)
                .thenComparing(r -> r.suggestion().action())
                .thenComparing(r -> r.suggestion().officerId()));
        return ranked.stream().map(Ranked::suggestion).toList();
    }

    // ---- training that makes someone eligible ----------------------------------------------------------------

    /**
     * What to change about one officer: accreditation, one category's skill to reach (the category of the threat
     * that asked for it) and a PIP level to reach. Equal fixes found through different threats collapse into one
     * suggestion.
     */
    record Fix(String officerId, boolean accredit, String category, Integer skillLevel, Integer pipLevel) {

        static Fix of(Officer officer, EnumSet<EligibilityRule> unmet, Threat threat, CaseloadAssessment assessment) {
            boolean skill = unmet.contains(EligibilityRule.SKILL);
            Integer pip = unmet.contains(EligibilityRule.PIP_LEVEL) ? assessment.minPipLevel(threat) : null;
            return new Fix(officer.id(), unmet.contains(EligibilityRule.NOT_ACCREDITED),
                    skill ? threat.category() : null, skill ? assessment.minSkillLevel(threat) : null, pip);
        }

        int parts() {
            return (accredit ? 1 : 0) + (category == null ? 0 : 1) + (pipLevel == null ? 0 : 1);
        }

        TrainingAction action() {
            if (parts() > 1) {
                return TrainingAction.COMBINED_TRAINING;
            }
            return accredit ? TrainingAction.LRO_COURSE
                    : pipLevel != null ? TrainingAction.PIP_TRAINING : TrainingAction.SKILL_TRAINING;
        }

        int effort(Officer officer) {
            int levels = category == null ? 0 : skillLevel - officer.skillIn(category);
            return (accredit ? 1 : 0) + levels + (pipLevel == null ? 0 : pipLevel - officer.pipLevel());
        }

        Officer applyTo(Officer officer) {
            Map<String, Integer> raised = new LinkedHashMap<>(officer.skills());
            if (category != null) {
                raised.merge(category, skillLevel, Math::max);
            }
            return officer.withSkills(raised).withPipLevel(pipLevel == null ? officer.pipLevel()
                    : Math.max(officer.pipLevel(), pipLevel));
        }
    }

    private Optional<Ranked> trainingSuggestion(Fix fix) {
        Officer officer = officers.get(fix.officerId());
        Officer trained = fix.applyTo(officer);
        Caseload simulated = replaceOfficer(caseload, trained);
        if (fix.accredit()) {
            simulated = accredited(simulated, officer.id());
        }
        CaseloadAssessment after = new CaseloadAssessment(simulated);
        List<String> madeCoverable = uncoverable.stream().filter(after::isCoverable).map(Threat::id).toList();
        List<String> madeLawful = newlyEligibleLedThreats(officer, trained, after);
        if (madeCoverable.isEmpty() && madeLawful.isEmpty()) {
            return Optional.empty();
        }
        String lroCourseCode = fix.accredit() ? lroCourse.map(Course::code).orElse(null) : null;
        String skillCourseCode = fix.category() == null ? null : courseFor(fix.category()).map(Course::code).orElse(null);
        String courseCode = fix.accredit() ? lroCourseCode : fix.parts() == 1 ? skillCourseCode : null;
        TrainingSuggestion.Training training = new TrainingSuggestion.Training(fix.accredit(), lroCourseCode,
                skillCourseCode, fix.category() == null ? null : officer.skillIn(fix.category()),
                fix.pipLevel() == null ? null : officer.pipLevel());
        TrainingSuggestion suggestion = new TrainingSuggestion(fix.action(), officer.id(), madeCoverable, madeLawful,
                held(officer.id()), courseCode, training, fix.category(), fix.skillLevel(), fix.pipLevel(), null,
                null, List.of(), null, weight(madeCoverable, madeLawful));
        return Optional.of(new Ranked(suggestion, fix.effort(officer)));
    }

    // ---- keeping accreditation and mentoring -------------------------------------------------------------------

    private Ranked renewal(ExpiringRecord record) {
        Officer officer = officers.get(record.officerId());
        // Simulate the lapse: without the record (and any earlier one of the same course) the officer may lose
        // accreditation, and with it their own threats and their mentees' standing.
        List<TrainingRecord> remaining = caseload.trainingRecords().stream()
                .filter(r -> !(r.officerId().equals(record.officerId()) && r.courseCode().equals(record.courseCode())
                        && before.isValid(r)))
                .toList();
        CaseloadAssessment after = new CaseloadAssessment(caseload.withTrainingRecords(remaining));
        List<String> atRisk = caseload.threats().stream()
                .filter(t -> t.isActive() && t.officerId() != null && before.isEligible(t.officerId(), t)
                        && !after.isEligible(t.officerId(), t))
                .map(Threat::id)
                .toList();
        List<Officer> mentees = caseload.officers().stream()
                .filter(o -> record.officerId().equals(o.mentorId()) && before.isMentoredTrainee(o.id()))
                .toList();
        List<String> led = TrainingGaps.ledThreatIds(caseload, officer.id());
        TrainingSuggestion suggestion = new TrainingSuggestion(TrainingAction.RENEW_ACCREDITATION, officer.id(),
                atRisk, led, led.size(), record.courseCode(), null, null, null, null, null, null,
                mentees.stream().map(Officer::id).toList(), record.expiresOn(), weight(atRisk, List.of()));
        return new Ranked(suggestion, 1);
    }

    /** A mentor for a trainee whose mentor is not accredited ({@code gap} given), or for an unmentored leader. */
    private Ranked mentorFor(Officer trainee, TraineeWithoutMentor gap, List<ExpiringRecord> expiring) {
        Optional<Officer> mentor = bestMentorFor(trainee);
        List<String> madeLawful = mentor
                .map(m -> {
                    Officer mentored = trainee.withMentorId(m.id());
                    return newlyEligibleLedThreats(trainee, mentored,
                            new CaseloadAssessment(replaceOfficer(caseload, mentored)));
                })
                .orElse(List.of());
        TrainingSuggestion.ProposedMentor proposed = mentor.map(m -> {
            Optional<ExpiringRecord> expiry = expiring.stream()
                    .filter(r -> r.accreditsLro() && r.officerId().equals(m.id()))
                    .findFirst();
            return new TrainingSuggestion.ProposedMentor(m.id(),
                    CaseloadAssessment.loadPercent(loads.get(m.id()), before.capacity(m.id())),
                    expiry.map(ExpiringRecord::courseCode).orElse(null),
                    expiry.map(ExpiringRecord::expiresOn).orElse(null));
        }).orElse(null);
        TrainingSuggestion.MentorGap named = gap == null ? null
                : new TrainingSuggestion.MentorGap(gap.mentorId(), gap.reason(), caseload.asOf());
        TrainingSuggestion suggestion = new TrainingSuggestion(TrainingAction.ASSIGN_MENTOR, trainee.id(),
                madeLawful, madeLawful, held(trainee.id()), null, null, null, null, null, proposed, named, List.of(),
                null, weight(madeLawful, List.of()));
        return new Ranked(suggestion, 1);
    }

    /** An accredited LRO who is available and has the most spare capacity (capacity − load); ties by id. */
    private Optional<Officer> bestMentorFor(Officer trainee) {
        Optional<Officer> best = caseload.officers().stream()
                .filter(o -> !o.id().equals(trainee.id()) && before.isAccredited(o.id())
                        && !before.isLongAbsent(o.id()) && before.capacity(o.id()) > 0)
                .min(Comparator.comparingDouble((Officer o) -> -spareCapacity(o))
                        .thenComparing(Officer::id));
        // Each proposal takes the mentoring share of a full-time capacity, so that one LRO with spare time is
        // not proposed for every trainee in the force.
        best.ifPresent(m -> mentoringProposals.merge(m.id(), 1, Integer::sum));
        return best;
    }

    private double spareCapacity(Officer officer) {
        double proposed = mentoringProposals.getOrDefault(officer.id(), 0)
                * caseload.policy().nominalCapacityPoints() * TrainingGaps.MENTORING_REDUCTION_PERCENT / 100;
        return before.capacity(officer.id()) - loads.get(officer.id()) - proposed;
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private List<String> newlyEligibleLedThreats(Officer was, Officer now, CaseloadAssessment after) {
        return caseload.threats().stream()
                .filter(t -> t.isActive() && was.id().equals(t.officerId()))
                .filter(t -> !before.isEligible(was, t) && after.isEligible(now, t))
                .map(Threat::id)
                .toList();
    }

    private static Caseload replaceOfficer(Caseload caseload, Officer replacement) {
        return caseload.withOfficers(caseload.officers().stream()
                .map(o -> o.id().equals(replacement.id()) ? replacement : o)
                .toList());
    }

    /** The caseload with the officer holding a fresh completion of an accrediting course. */
    private Caseload accredited(Caseload simulated, String officerId) {
        Course course = lroCourse.orElse(new Course("LRO (simulated)", "LRO accreditation", null, true, null));
        List<Course> courses = new ArrayList<>(simulated.courses());
        if (lroCourse.isEmpty()) {
            courses.add(course);
        }
        List<TrainingRecord> records = new ArrayList<>(simulated.trainingRecords());
        records.add(new TrainingRecord(officerId, course.code(), simulated.asOf(), null));
        return new Caseload(simulated.asOf(), simulated.policy(), simulated.categories(), courses,
                simulated.officers(), records, simulated.threats());
    }

    private Optional<Course> courseFor(String category) {
        return caseload.courses().stream()
                .filter(c -> !c.accreditsLro() && Objects.equals(c.category(), category))
                .findFirst();
    }


    private int weight(List<String> threatIds, List<String> moreThreatIds) {
        Set<String> distinct = new LinkedHashSet<>(threatIds);
        distinct.addAll(moreThreatIds);
        return distinct.stream().mapToInt(id -> 5 - threats.get(id).priority()).sum();
    }




    private int held(String officerId) {
        return TrainingGaps.ledThreatIds(caseload, officerId).size();
    }

    private record Ranked(TrainingSuggestion suggestion, int effort) {
    }
}
