package uk.police.soc.caseload.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The rules a valid caseload keeps beyond the JSON shape: unique ids, references between records, value
 * ranges, ordered date ranges. Used on every import and on every edit made in the app, so that both reject
 * the same things with the same messages.
 *
 * <p>The value ranges repeat what the dataset's JSON Schema says because the app's edit dialogs build domain
 * objects directly, without JSON, and must reject what an import rejects.
 */
public final class CaseloadValidator {

    private static final Set<Integer> PRIORITIES = Set.of(1, 2, 3, 4);
    private static final String NOT_FINITE = "must be a finite number (a dataset cannot hold infinity)";

    private final DateWords dates;
    private final String dateRange;

    /** Problems that write dates as the dataset does (2022-05-20): the command line and imports. */
    public CaseloadValidator() {
        this(DateWords.ISO);
    }

    /** Problems that write their dates as {@code dates} does, e.g. the force's format on screen. */
    public CaseloadValidator(DateWords dates) {
        this.dates = dates;
        this.dateRange = "must be a date from " + dates.write(Dates.FIRST) + " to " + dates.write(Dates.LAST)
                + " (the dataset format writes years with four digits)";
    }

    /** Identifiers and codes, as {@link Ids} defines them. */
    public static boolean isValidId(String id) {
        return Ids.isValid(id);
    }

    /**
     * How a problem path names the record at {@code index} of {@code list}: by its id when that is a valid id
     * no other record of the list shares, else by its index.
     */
    public static String recordPath(String list, int index, String id, Map<String, Integer> idCounts) {
        boolean usable = isValidId(id) && idCounts.getOrDefault(id, 0) == 1;
        return list + "[" + (usable ? id : String.valueOf(index)) + "]";
    }

    /** Every problem, each naming the record (by id where it has one) and the field; empty when valid. */
    public List<Problem> validate(Caseload caseload) {
        Problems problems = new Problems();
        problems.check(Dates.isWritable(caseload.asOf()), "asOf", dateRange);
        checkPolicy(caseload.policy(), problems);
        Set<String> categoryCodes = checkCategories(caseload.categories(), problems);
        Set<String> courseCodes = checkCourses(caseload.courses(), categoryCodes, problems);
        Set<String> officerIds = checkOfficers(caseload.officers(), categoryCodes, problems);
        checkTrainingRecords(caseload.trainingRecords(), officerIds, courseCodes, problems);
        checkThreats(caseload.threats(), categoryCodes, officerIds, problems);
        checkPlans(caseload, officerIds, problems);
        checkMentoringSessions(caseload.mentoringSessions(), officerIds, problems);
        return problems.list;
    }

    // ---- policy ----------------------------------------------------------------------------------------

    /**
     * The problems of the policy alone, with the paths {@link #validate(Caseload)} gives them: a settings form
     * checks each keystroke with this, without judging the whole register again.
     */
    public List<Problem> validatePolicy(Policy policy) {
        Problems problems = new Problems();
        checkPolicy(policy, problems);
        return problems.list;
    }

    private void checkPolicy(Policy policy, Problems problems) {
        String path = "policy";
        checkNumber(policy.nominalCapacityPoints(), v -> v > 0, path + ".nominalCapacityPoints", "must be above 0",
                problems);
        problems.check(policy.standardWeeklyHours() > 0 && policy.standardWeeklyHours() <= 60,
                path + ".standardWeeklyHours", "must be above 0 and at most 60");
        checkByPriority(policy.pointsByPriority(), path + ".pointsByPriority", problems,
                points -> points != null && positive(points), "must be above 0");
        checkByPriority(policy.minSkillLevelByPriority(), path + ".minSkillLevelByPriority", problems,
                level -> level != null && level >= 0 && level <= 3, "must be a skill level from 0 to 3");
        policy.minPipLevelByCategory().forEach((category, level) -> problems.check(level >= 0 && level <= 4,
                path + ".minPipLevelByCategory." + category, "must be a PIP level from 0 to 4"));
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < policy.traineePriorities().size(); i++) {
            Integer priority = policy.traineePriorities().get(i);
            String itemPath = path + ".traineePriorities[" + i + "]";
            if (!PRIORITIES.contains(priority)) {
                problems.add(itemPath, "must be a priority from 1 to 4");
            } else if (!seen.add(priority)) {
                problems.add(itemPath, "priority " + priority + " is listed twice");
            }
        }
        problems.check(policy.longAbsenceDays() >= 1, path + ".longAbsenceDays", "must be at least 1");
        boolean amber = positive(policy.amberLoadPercent());
        boolean red = positive(policy.redLoadPercent());
        checkNumber(policy.amberLoadPercent(), v -> v > 0, path + ".amberLoadPercent", "must be above 0", problems);
        checkNumber(policy.redLoadPercent(), v -> v > 0, path + ".redLoadPercent", "must be above 0", problems);
        // Over capacity (amber) comes before overloaded (red): with amber above red, more officers would be
        // "overloaded" than "over capacity".
        problems.check(!amber || !red || policy.amberLoadPercent() <= policy.redLoadPercent(),
                path + ".amberLoadPercent", "must not be above " + path + ".redLoadPercent (amber "
                        + number(policy.amberLoadPercent()) + " > red " + number(policy.redLoadPercent())
                        + "): an officer is over capacity before they are overloaded");
        checkNumber(policy.moveCostPoints(), v -> v >= 0, path + ".moveCostPoints", "must be 0 or more", problems);
        problems.check(policy.sustainedOverloadDays() >= 1, path + ".sustainedOverloadDays", "must be at least 1");
    }

    private <V> void checkByPriority(Map<Integer, V> byPriority, String path, Problems problems,
            java.util.function.Predicate<V> valid, String rangeMessage) {
        for (Integer priority : new java.util.TreeSet<>(PRIORITIES)) {
            problems.check(byPriority.containsKey(priority), path + "." + priority,
                    "missing (every priority 1 to 4 needs a value)");
        }
        byPriority.forEach((priority, value) -> {
            if (!PRIORITIES.contains(priority)) {
                problems.add(path + "." + priority, "not a priority (expected 1, 2, 3 and 4)");
            } else {
                problems.check(valid.test(value), path + "." + priority, rangeMessage);
            }
        });
    }

    // ---- categories and courses ------------------------------------------------------------------------

    private Set<String> checkCategories(List<Category> categories, Problems problems) {
        return checkRecords("categories", categories, "code", Category::code, Category::name, problems,
                (category, path) -> { });
    }

    private Set<String> checkCourses(List<Course> courses, Set<String> categoryCodes, Problems problems) {
        return checkRecords("courses", courses, "code", Course::code, Course::name, problems, (course, path) -> {
            problems.check(course.validMonths() == null || course.validMonths() >= 1, path + ".validMonths",
                    "must be at least 1 (or null: never expires)");
            checkReference(course.category(), categoryCodes, path + ".category", "category", problems);
        });
    }

    // ---- officers --------------------------------------------------------------------------------------

    private Set<String> checkOfficers(List<Officer> officers, Set<String> categoryCodes, Problems problems) {
        Set<String> officerIds = ids(officers, Officer::id);
        return checkRecords("officers", officers, "id", Officer::id, Officer::name, problems, (officer, path) -> {
            Double hours = officer.weeklyHours();
            problems.check(hours == null || (hours > 0 && hours <= 60), path + ".weeklyHours",
                    "must be above 0 and at most 60");
            problems.check(officer.pipLevel() >= 0 && officer.pipLevel() <= 4, path + ".pipLevel",
                    "must be a PIP level from 0 to 4");
            officer.skills().forEach((category, level) -> {
                String skillPath = path + ".skills." + category;
                checkReference(category, categoryCodes, skillPath, "category", problems);
                problems.check(level != null && level >= 0 && level <= 3, skillPath,
                        "must be a skill level from 0 to 3");
            });
            if (officer.mentorId() != null && officer.mentorId().equals(officer.id())) {
                problems.add(path + ".mentorId", "an officer cannot be their own mentor");
            } else {
                checkReference(officer.mentorId(), officerIds, path + ".mentorId", "officer", problems);
            }
            checkReductions(officer.reductions(), path + ".reductions", problems);
            checkAbsences(officer.absences(), path + ".absences", problems);
        });
    }

    private void checkReductions(List<Reduction> reductions, String listPath, Problems problems) {
        for (int i = 0; i < reductions.size(); i++) {
            Reduction reduction = reductions.get(i);
            String path = listPath + "[" + i + "]";
            problems.check(!isEmpty(reduction.reason()), path + ".reason", "must not be empty");
            problems.check(reduction.percent() > 0 && reduction.percent() <= 100, path + ".percent",
                    "must be above 0 and at most 100");
            checkDate(reduction.from(), path + ".from", problems);
            checkDate(reduction.until(), path + ".until", problems);
            checkOrder(reduction.from(), reduction.until(), path, problems);
        }
    }

    private void checkAbsences(List<Absence> absences, String listPath, Problems problems) {
        for (int i = 0; i < absences.size(); i++) {
            Absence absence = absences.get(i);
            String path = listPath + "[" + i + "]";
            problems.check(absence.from() != null, path + ".from", "is required");
            problems.check(absence.until() != null, path + ".until", "is required");
            checkDate(absence.from(), path + ".from", problems);
            checkDate(absence.until(), path + ".until", problems);
            checkOrder(absence.from(), absence.until(), path, problems);
        }
    }

    private void checkDate(LocalDate date, String path, Problems problems) {
        problems.check(Dates.isWritable(date), path, dateRange);
    }

    private void checkOrder(LocalDate from, LocalDate until, String path, Problems problems) {
        if (from != null && until != null && from.isAfter(until)) {
            problems.add(path + ".until", "ends (" + dates.write(until) + ") before it starts (" + dates.write(from)
                    + ")");
        }
    }

    // ---- training records ------------------------------------------------------------------------------

    private void checkTrainingRecords(List<TrainingRecord> records, Set<String> officerIds, Set<String> courseCodes,
            Problems problems) {
        Map<TrainingRecord.Key, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            TrainingRecord record = records.get(i);
            // Records have no id of their own, so they are named by index.
            String path = "trainingRecords[" + i + "]";
            if (record.officerId() == null) {
                problems.add(path + ".officerId", "is required");
            } else {
                checkReference(record.officerId(), officerIds, path + ".officerId", "officer", problems);
            }
            if (record.courseCode() == null) {
                problems.add(path + ".courseCode", "is required");
            } else {
                checkReference(record.courseCode(), courseCodes, path + ".courseCode", "course", problems);
            }
            checkDate(record.completedOn(), path + ".completedOn", problems);
            checkDate(record.expiresOn(), path + ".expiresOn", problems);
            if (record.completedOn() == null) {
                problems.add(path + ".completedOn", "is required");
            } else {
                Integer first = firstIndex.putIfAbsent(record.key(), i);
                if (first != null) {
                    problems.add(path, "same officer, course and completedOn as trainingRecords[" + first + "]");
                }
            }
        }
    }

    // ---- threats ---------------------------------------------------------------------------------------

    private void checkThreats(List<Threat> threats, Set<String> categoryCodes, Set<String> officerIds,
            Problems problems) {
        checkRecords("threats", threats, "id", Threat::id, Threat::name, problems, (threat, path) -> {
            if (threat.category() == null) {
                problems.add(path + ".category", "is required");
            } else {
                checkReference(threat.category(), categoryCodes, path + ".category", "category", problems);
            }
            problems.check(PRIORITIES.contains(threat.priority()), path + ".priority",
                    "must be a priority from 1 to 4");
            if (threat.riskScore() != null) {
                checkNumber(threat.riskScore(), v -> v >= 0, path + ".riskScore", "must be 0 or more (or null)",
                        problems);
            }
            if (threat.workloadPoints() != null) {
                checkNumber(threat.workloadPoints(), v -> v > 0, path + ".workloadPoints",
                        "must be above 0 (or null: from the policy)", problems);
            }
            checkDate(threat.adoptedOn(), path + ".adoptedOn", problems);
            checkDate(threat.nextReviewDue(), path + ".nextReviewDue", problems);
            Integer skill = threat.minSkillLevel();
            problems.check(skill == null || (skill >= 0 && skill <= 3), path + ".minSkillLevel",
                    "must be a skill level from 0 to 3 (or null: from the policy)");
            Integer pip = threat.minPipLevel();
            problems.check(pip == null || (pip >= 0 && pip <= 4), path + ".minPipLevel",
                    "must be a PIP level from 0 to 4 (or null: from the policy)");
            checkReference(threat.officerId(), officerIds, path + ".officerId", "officer", problems);
            problems.check(!threat.pinned() || threat.officerId() != null, path + ".pinned",
                    "a pinned threat needs an officerId");
            Set<String> excluded = new HashSet<>();
            for (int j = 0; j < threat.excludedOfficerIds().size(); j++) {
                String officerId = threat.excludedOfficerIds().get(j);
                String excludedPath = path + ".excludedOfficerIds[" + j + "]";
                if (!excluded.add(officerId)) {
                    problems.add(excludedPath, "officer " + Echo.quoted(officerId) + " is listed twice");
                } else {
                    checkReference(officerId, officerIds, excludedPath, "officer", problems);
                }
            }
        });
    }

    // ---- 4P plans and mentoring sessions -----------------------------------------------------------------

    private void checkPlans(Caseload caseload, Set<String> officerIds, Problems problems) {
        Map<String, Integer> threatCounts = counts(caseload.threats(), Threat::id);
        List<Threat> threats = caseload.threats();
        Set<String> planned = new HashSet<>(caseload.plans().keySet());
        for (int i = 0; i < threats.size(); i++) {
            Threat threat = threats.get(i);
            if (!planned.remove(threat.id())) {
                continue;
            }
            String path = recordPath("threats", i, threat.id(), threatCounts) + ".plan";
            ThreatPlan plan = caseload.plan(threat.id());
            checkRecords(path + ".actions", plan.actions(), "id", PlanAction::id, "text", PlanAction::text, problems,
                    (action, actionPath) -> {
                        problems.check(action.strand() != null, actionPath + ".strand", "is required");
                        problems.check(action.status() != null, actionPath + ".status", "is required");
                        checkReference(action.ownerId(), officerIds, actionPath + ".ownerId", "officer", problems);
                    }, "action");
            for (int j = 0; j < plan.reviews().size(); j++) {
                PlanReview review = plan.reviews().get(j);
                String reviewPath = path + ".reviews[" + j + "]";
                problems.check(review.on() != null, reviewPath + ".on", "is required");
                problems.check(review.outcome() != null, reviewPath + ".outcome", "is required");
                checkReference(review.reviewerId(), officerIds, reviewPath + ".reviewerId", "officer", problems);
            }
        }
        // Only the app's own edits can name a threat that is not there; a file's plan sits inside its threat.
        for (String threatId : planned) {
            problems.add("threats[" + threatId + "].plan", "unknown threat \"" + threatId + "\"");
        }
    }

    private void checkMentoringSessions(List<MentoringSession> sessions, Set<String> officerIds, Problems problems) {
        Map<MentoringSession.Key, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < sessions.size(); i++) {
            MentoringSession session = sessions.get(i);
            // Sessions have no id of their own, so they are named by index.
            String path = "mentoringSessions[" + i + "]";
            if (session.mentorId() == null) {
                problems.add(path + ".mentorId", "is required");
            } else {
                checkReference(session.mentorId(), officerIds, path + ".mentorId", "officer", problems);
            }
            if (session.menteeId() == null) {
                problems.add(path + ".menteeId", "is required");
            } else if (session.menteeId().equals(session.mentorId())) {
                problems.add(path + ".menteeId", "the same officer as mentorId: an officer cannot mentor themselves");
            } else {
                checkReference(session.menteeId(), officerIds, path + ".menteeId", "officer", problems);
            }
            problems.check(session.minutes() == null || session.minutes() > 0, path + ".minutes",
                    "must be above 0 (or null)");
            if (session.on() == null) {
                problems.add(path + ".on", "is required");
            } else {
                Integer first = firstIndex.putIfAbsent(session.key(), i);
                if (first != null) {
                    problems.add(path, "same mentor, mentee and date as mentoringSessions[" + first + "]");
                }
            }
        }
    }

    // ---- shared checks ---------------------------------------------------------------------------------

    /**
     * Checks each record's id and name, then the rest with {@code checkRest} given the record's path; returns
     * the ids in use.
     */
    private static <T> Set<String> checkRecords(String list, List<T> records, String idField, Function<T, String> id,
            Function<T, String> name, Problems problems, BiConsumer<T, String> checkRest) {
        return checkRecords(list, records, idField, id, "name", name, problems, checkRest, idField);
    }

    /**
     * As above; {@code kind} names the record in a duplicate's message, and {@code nameField} is the field of its
     * required text.
     */
    private static <T> Set<String> checkRecords(String list, List<T> records, String idField, Function<T, String> id,
            String nameField, Function<T, String> name, Problems problems, BiConsumer<T, String> checkRest,
            String kind) {
        Map<String, String> firstPaths = new HashMap<>();
        Map<String, Integer> counts = counts(records, id);
        for (int i = 0; i < records.size(); i++) {
            T record = records.get(i);
            String path = recordPath(list, i, id.apply(record), counts);
            checkId(id.apply(record), path + "." + idField, kind, firstPaths, problems);
            checkName(name.apply(record), path + "." + nameField, problems);
            checkRest.accept(record, path);
        }
        return counts.keySet();
    }

    private static <T> Set<String> ids(List<T> records, Function<T, String> id) {
        return counts(records, id).keySet();
    }

    private static <T> Map<String, Integer> counts(List<T> records, Function<T, String> id) {
        Map<String, Integer> counts = new HashMap<>();
        records.forEach(r -> counts.merge(Objects.requireNonNullElse(id.apply(r), ""), 1, Integer::sum));
        counts.remove("");
        return counts;
    }

    /** Reports a malformed id, or a repeated one at each record after the first that uses it. */
    private static void checkId(String id, String path, String kind, Map<String, String> firstPaths,
            Problems problems) {
        if (!isValidId(id)) {
            problems.add(path, Ids.RULE + ", got " + Echo.quoted(id));
            return;
        }
        String recordPath = path.substring(0, path.lastIndexOf('.'));
        String first = firstPaths.putIfAbsent(id, recordPath);
        if (first != null) {
            problems.add(path, "duplicate " + kind + " " + Echo.quoted(id) + " (already used by " + first + ")");
        }
    }

    private static void checkName(String name, String path, Problems problems) {
        problems.check(!isEmpty(name), path, "must not be empty");
    }

    /** A null reference is allowed (the field is optional); a non-null one must name an existing record. */
    private static void checkReference(String reference, Set<String> known, String path, String kind,
            Problems problems) {
        if (reference != null && !known.contains(reference)) {
            problems.add(path, "unknown " + kind + " " + Echo.quoted(reference));
        }
    }

    // Infinity and NaN are not numbers a dataset can hold: JSON has no way to write them back.
    private static boolean positive(double value) {
        return Double.isFinite(value) && value > 0;
    }

    /** A number must be finite first; only then does its range mean anything. */
    private static void checkNumber(double value, java.util.function.DoublePredicate inRange, String path,
            String rangeMessage, Problems problems) {
        if (!Double.isFinite(value)) {
            problems.add(path, NOT_FINITE);
        } else {
            problems.check(inRange.test(value), path, rangeMessage);
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) && Double.isFinite(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    // As the schema: a name of spaces is allowed (minLength 1), only an empty one is not.
    private static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }

    private static final class Problems {
        final List<Problem> list = new ArrayList<>();

        void add(String path, String message) {
            list.add(new Problem(path, message));
        }

        void check(boolean ok, String path, String message) {
            if (!ok) {
                add(path, message);
            }
        }
    }
}
