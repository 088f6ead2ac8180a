package uk.police.soc.caseload.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the planner knows about a force's SOC caseload on one planning date: the content of one
 * {@code soc-caseload/2} dataset, or of the store. Immutable; the {@code with...} methods return copies.
 *
 * @param plans the 4P plans by threat id; a threat missing from the map has an empty plan. In a dataset read
 *        from a file, the map holds exactly the threats that carried a {@code plan} (a merge import replaces
 *        those plans and keeps the others)
 * @param mentoringSessions evidence of mentoring, in the order recorded
 */
public record Caseload(
        LocalDate asOf,
        Policy policy,
        List<Category> categories,
        List<Course> courses,
        List<Officer> officers,
        List<TrainingRecord> trainingRecords,
        List<Threat> threats,
        Map<String, ThreatPlan> plans,
        List<MentoringSession> mentoringSessions) {

    public Caseload {
        Objects.requireNonNull(asOf, "asOf");
        policy = policy == null ? Policy.DEFAULTS : policy;
        categories = List.copyOf(categories);
        courses = List.copyOf(courses);
        officers = List.copyOf(officers);
        trainingRecords = List.copyOf(trainingRecords);
        threats = List.copyOf(threats);
        plans = plans == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(plans));
        mentoringSessions = mentoringSessions == null ? List.of() : List.copyOf(mentoringSessions);
    }

    /** A caseload with no 4P plans and no mentoring sessions (the content of a {@code soc-caseload/1} dataset). */
    public Caseload(LocalDate asOf, Policy policy, List<Category> categories, List<Course> courses,
            List<Officer> officers, List<TrainingRecord> trainingRecords, List<Threat> threats) {
        this(asOf, policy, categories, courses, officers, trainingRecords, threats, Map.of(), List.of());
    }

    public Caseload withAsOf(LocalDate day) {
        return new Caseload(day, policy, categories, courses, officers, trainingRecords, threats, plans,
                mentoringSessions);
    }

    public Caseload withPolicy(Policy newPolicy) {
        return new Caseload(asOf, newPolicy, categories, courses, officers, trainingRecords, threats, plans,
                mentoringSessions);
    }

    public Caseload withCategories(List<Category> newCategories) {
        return new Caseload(asOf, policy, newCategories, courses, officers, trainingRecords, threats, plans,
                mentoringSessions);
    }

    public Caseload withCourses(List<Course> newCourses) {
        return new Caseload(asOf, policy, categories, newCourses, officers, trainingRecords, threats, plans,
                mentoringSessions);
    }

    public Caseload withOfficers(List<Officer> newOfficers) {
        return new Caseload(asOf, policy, categories, courses, newOfficers, trainingRecords, threats, plans,
                mentoringSessions);
    }

    public Caseload withTrainingRecords(List<TrainingRecord> records) {
        return new Caseload(asOf, policy, categories, courses, officers, records, threats, plans, mentoringSessions);
    }

    public Caseload withThreats(List<Threat> newThreats) {
        return new Caseload(asOf, policy, categories, courses, officers, trainingRecords, newThreats, plans,
                mentoringSessions);
    }

    public Caseload withPlans(Map<String, ThreatPlan> newPlans) {
        return new Caseload(asOf, policy, categories, courses, officers, trainingRecords, threats, newPlans,
                mentoringSessions);
    }

    public Caseload withMentoringSessions(List<MentoringSession> sessions) {
        return new Caseload(asOf, policy, categories, courses, officers, trainingRecords, threats, plans, sessions);
    }

    /** The threat's 4P plan; empty when it has none. */
    public ThreatPlan plan(String threatId) {
        return plans.getOrDefault(threatId, ThreatPlan.EMPTY);
    }

    /** Whether any threat has a non-empty plan or any mentoring session is recorded: what soc-caseload/1 cannot carry. */
    public boolean hasEvidence() {
        return !mentoringSessions.isEmpty() || plans.values().stream().anyMatch(p -> !p.isEmpty());
    }

    public Optional<Threat> threat(String id) {
        return threats.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Officer> officer(String id) {
        return officers.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** Who leads each threat as the caseload stands. */
    public Allocation allocation() {
        return Allocation.of(this);
    }

    public Map<String, Course> coursesByCode() {
        return courses.stream().collect(Collectors.toMap(Course::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public Map<String, Officer> officersById() {
        return officers.stream().collect(Collectors.toMap(Officer::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
