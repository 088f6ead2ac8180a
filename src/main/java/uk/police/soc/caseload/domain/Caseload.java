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
 * {@code soc-caseload/1} dataset, or of the store. Immutable; the {@code with...} methods return copies.
 */
public record Caseload(
        LocalDate asOf,
        Policy policy,
        List<Category> categories,
        List<Course> courses,
        List<Officer> officers,
        List<TrainingRecord> trainingRecords,
        List<Threat> threats) {

    public Caseload {
        Objects.requireNonNull(asOf, "asOf");
        policy = policy == null ? Policy.DEFAULTS : policy;
        categories = List.copyOf(categories);
        courses = List.copyOf(courses);
        officers = List.copyOf(officers);
        trainingRecords = List.copyOf(trainingRecords);
        threats = List.copyOf(threats);
    }

    public Caseload withAsOf(LocalDate day) {
        return new Caseload(day, policy, categories, courses, officers, trainingRecords, threats);
    }

    public Caseload withPolicy(Policy newPolicy) {
        return new Caseload(asOf, newPolicy, categories, courses, officers, trainingRecords, threats);
    }

    public Caseload withOfficers(List<Officer> newOfficers) {
        return new Caseload(asOf, policy, categories, courses, newOfficers, trainingRecords, threats);
    }

    public Caseload withTrainingRecords(List<TrainingRecord> records) {
        return new Caseload(asOf, policy, categories, courses, officers, records, threats);
    }

    public Caseload withThreats(List<Threat> newThreats) {
        return new Caseload(asOf, policy, categories, courses, officers, trainingRecords, newThreats);
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
