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
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.Category;
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
                fixes.add(new Fix(officer.id(), true, Map.of(), null));
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
     * What to change about one officer: accreditation, category skills to reach and a PIP level to reach.
     * Equal fixes found through different threats collapse into one suggestion.
     */
    record Fix(String officerId, boolean accredit, Map<String, Integer> skills, Integer pipLevel) {
        Fix {
            skills = new TreeMap<>(skills);
        }

        static Fix of(Officer officer, EnumSet<EligibilityRule> unmet, Threat threat, CaseloadAssessment assessment) {
            Map<String, Integer> skills = unmet.contains(EligibilityRule.SKILL)
                    ? Map.of(threat.category(), assessment.minSkillLevel(threat)) : Map.of();
            Integer pip = unmet.contains(EligibilityRule.PIP_LEVEL) ? assessment.minPipLevel(threat) : null;
            return new Fix(officer.id(), unmet.contains(EligibilityRule.NOT_ACCREDITED), skills, pip);
        }

        int parts() {
            return (accredit ? 1 : 0) + skills.size() + (pipLevel == null ? 0 : 1);
        }

        TrainingAction action() {
            if (parts() > 1) {
                return TrainingAction.COMBINED_TRAINING;
            }
            return accredit ? TrainingAction.LRO_COURSE
                    : pipLevel != null ? TrainingAction.PIP_TRAINING : TrainingAction.SKILL_TRAINING;
        }

        int effort(Officer officer) {
            int levels = skills.entrySet().stream().mapToInt(e -> e.getValue() - officer.skillIn(e.getKey())).sum();
            return (accredit ? 1 : 0) + levels + (pipLevel == null ? 0 : pipLevel - officer.pipLevel());
        }

        Officer applyTo(Officer officer) {
            Map<String, Integer> raised = new LinkedHashMap<>(officer.skills());
            skills.forEach((category, level) -> raised.merge(category, level, Math::max));
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
        String what = describe(fix, officer);
        StringBuilder text = new StringBuilder(what).append(" for ").append(display(officer)).append(" would ");
        List<String> alsoLawful = madeLawful.stream().filter(id -> !madeCoverable.contains(id)).toList();
        if (!madeCoverable.isEmpty()) {
            text.append("make ").append(count(madeCoverable.size(), "uncoverable threat")).append(" coverable (")
                    .append(String.join(", ", madeCoverable)).append(')');
            if (!alsoLawful.isEmpty()) {
                text.append(" and ");
            }
        }
        if (!alsoLawful.isEmpty()) {
            text.append("let them lead ").append(alsoLawful.size()).append(madeCoverable.isEmpty() ? "" : " more")
                    .append(ofTheThreatsTheyHold(officer.id())).append(" within the rules (")
                    .append(String.join(", ", alsoLawful)).append(')');
        }
        Map.Entry<String, Integer> skill = fix.skills().isEmpty() ? null : fix.skills().entrySet().iterator().next();
        String courseCode = fix.accredit() ? lroCourse.map(Course::code).orElse(null)
                : skill != null && fix.parts() == 1 ? courseFor(skill.getKey()).map(Course::code).orElse(null) : null;
        TrainingSuggestion suggestion = new TrainingSuggestion(text.toString(), fix.action(), officer.id(),
                madeCoverable, madeLawful, courseCode, skill == null ? null : skill.getKey(),
                skill == null ? null : skill.getValue(), fix.pipLevel(), null, null,
                weight(madeCoverable, madeLawful));
        return Optional.of(new Ranked(suggestion, fix.effort(officer)));
    }

    private String describe(Fix fix, Officer officer) {
        List<String> parts = new ArrayList<>();
        if (fix.accredit()) {
            parts.add(lroCourse.map(c -> "LRO course (" + c.code() + ")").orElse("LRO accreditation"));
        }
        fix.skills().forEach((category, level) -> {
            String course = courseFor(category).map(c -> " (" + c.code() + ")").orElse("");
            parts.add(categoryName(category) + " training" + course + " to skill level " + level
                    + " (now " + officer.skillIn(category) + ")");
        });
        if (fix.pipLevel() != null) {
            parts.add("PIP level " + fix.pipLevel() + " (now " + officer.pipLevel() + ")");
        }
        return String.join(" plus ", parts);
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
        StringBuilder text = new StringBuilder("Renew ").append(record.courseCode()).append(" for ")
                .append(display(officer)).append(" before it expires on ").append(record.expiresOn());
        List<String> consequences = new ArrayList<>();
        if (!atRisk.isEmpty()) {
            consequences.add(count(atRisk.size(), "threat") + " would lose a qualified LRO ("
                    + String.join(", ", atRisk) + ")");
        }
        if (!mentees.isEmpty()) {
            consequences.add(mentees.stream().map(this::display).collect(Collectors.joining(", "))
                    + (mentees.size() == 1 ? " would lose an accredited mentor" : " would lose their accredited mentor"));
        }
        List<String> led = TrainingGaps.ledThreatIds(caseload, officer.id());
        if (!consequences.isEmpty()) {
            text.append(": otherwise ").append(String.join(" and ", consequences));
        } else if (!led.isEmpty()) {
            text.append(" (they lead ").append(count(led.size(), "threat"))
                    .append(", though other rules already stop them leading those)");
        }
        TrainingSuggestion suggestion = new TrainingSuggestion(text.toString(), TrainingAction.RENEW_ACCREDITATION, officer.id(),
                atRisk, led, record.courseCode(), null, null, null,
                null, record.expiresOn(), weight(atRisk, List.of()));
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
        StringBuilder text = new StringBuilder("Assign an accredited mentor to ").append(display(trainee));
        mentor.ifPresent(m -> {
            double percent = CaseloadAssessment.loadPercent(loads.get(m.id()), before.capacity(m.id()));
            text.append(" (proposed: ").append(display(m)).append(", at ")
                    .append(String.format(java.util.Locale.ROOT, "%.1f", percent)).append("% load");
            expiring.stream()
                    .filter(r -> r.accreditsLro() && r.officerId().equals(m.id()))
                    .findFirst()
                    .ifPresent(r -> text.append("; their ").append(r.courseCode()).append(" expires on ")
                            .append(r.expiresOn()));
            text.append(')');
        });
        if (gap != null) {
            Officer named = officers.get(gap.mentorId());
            text.append(": their mentor ").append(named == null ? gap.mentorId() : display(named)).append(' ')
                    .append(gap.reason().substring("mentor ".length())).append(" on ").append(caseload.asOf());
        } else {
            text.append(" while they train");
        }
        if (!madeLawful.isEmpty()) {
            text.append("; as a mentored trainee they could lead ").append(madeLawful.size())
                    .append(ofTheThreatsTheyHold(trainee.id())).append(" within the rules (")
                    .append(String.join(", ", madeLawful)).append(')');
        }
        TrainingSuggestion suggestion = new TrainingSuggestion(text.toString(), TrainingAction.ASSIGN_MENTOR, trainee.id(),
                madeLawful, madeLawful, null, null, null, null, mentor.map(Officer::id).orElse(null), null,
                weight(madeLawful, List.of()));
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

    private String categoryName(String code) {
        return caseload.categories().stream()
                .filter(c -> c.code().equals(code))
                .map(Category::name)
                .findFirst()
                .orElse(code);
    }

    private int weight(List<String> threatIds, List<String> moreThreatIds) {
        Set<String> distinct = new LinkedHashSet<>(threatIds);
        distinct.addAll(moreThreatIds);
        return distinct.stream().mapToInt(id -> 5 - threats.get(id).priority()).sum();
    }

    private String display(Officer officer) {
        return officer.name() == null || officer.name().isBlank() ? officer.id() : officer.name();
    }

    private String ofTheThreatsTheyHold(String officerId) {
        int held = TrainingGaps.ledThreatIds(caseload, officerId).size();
        return held == 1 ? " (the only threat they hold)" : " of the " + held + " threats they hold";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private record Ranked(TrainingSuggestion suggestion, int effort) {
    }
}
