package uk.police.soc.caseload.service;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import uk.police.soc.caseload.domain.AllocationChange;
import uk.police.soc.caseload.domain.AllocationReason;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadValidator;
import uk.police.soc.caseload.domain.Category;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.MentoringSession;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.PlanAction;
import uk.police.soc.caseload.domain.PlanReview;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.ThreatPlan;
import uk.police.soc.caseload.domain.TrainingRecord;
import uk.police.soc.caseload.domain.WorkloadDay;
import uk.police.soc.caseload.domain.scenario.Scenario;
import uk.police.soc.caseload.persistence.CaseloadStore;
import uk.police.soc.caseload.report.inspection.InspectionFacts;
import uk.police.soc.caseload.persistence.ChangeFeed;
import uk.police.soc.caseload.persistence.ChangeStamp;
import uk.police.soc.caseload.persistence.Database;

/**
 * The service over a store (an H2 file or a shared PostgreSQL database). Every write is one transaction that
 * takes the store's write lock, reads the store, checks that what it would overwrite is still what the desk
 * read (when the desk says what it read), works out the store as it would be afterwards, validates that whole
 * with {@link CaseloadValidator}, and only then writes: an invalid change throws {@link InvalidInputException}
 * and a stale one {@link StaleRecordException} before anything is written, and any later failure rolls back.
 * In the same transaction it records every change of a threat's officer in the allocation history and today's
 * workload record (docs/decisions/0023).
 */
final class StoredCaseloadService implements CaseloadService {

    private final Database database;
    private final String actor;
    private final CaseloadValidator validator = new CaseloadValidator();
    private final Clock clock;
    private final ForceConfig force;
    private volatile boolean closed;

    StoredCaseloadService(Database database) {
        this(database, ChangeStamp.osUser());
    }

    /** {@code actor} is who the records this service saves are stamped with. */
    StoredCaseloadService(Database database, String actor) {
        this(database, actor, Clock.systemUTC(), ForceConfig.DEFAULTS);
    }

    /**
     * @param clock when changes happen: tests drive the days of the workload history with it
     * @param force the force's time zone decides which day a change belongs to
     */
    StoredCaseloadService(Database database, String actor, Clock clock, ForceConfig force) {
        this.database = database;
        this.actor = actor;
        this.clock = clock;
        this.force = force;
    }

    @Override
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), force.timeZone());
    }

    @Override
    public ForceConfig force() {
        return force;
    }

    /** Who saves, and when by the service's clock (to the millisecond, as both stores keep it). */
    private ChangeStamp stamp() {
        return new ChangeStamp(actor, clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    @Override
    public String storeName() {
        return database.describe();
    }

    @Override
    public long changeCount() {
        checkOpen();
        return StoreFailures.translated(database::changeCount);
    }

    @Override
    public LiveUpdates liveUpdates() {
        checkOpen();
        ChangeFeed feed = database.changes();
        return new LiveUpdates() {
            @Override
            public long awaitChange(long seen, Duration atMost) {
                return StoreFailures.translated(() -> feed.awaitChange(seen, atMost));
            }

            @Override
            public void close() {
                feed.close();
            }
        };
    }

    /** Gives a database that has never had a policy its first one (a new database). */
    void initialisePolicy(Supplier<Policy> initial) {
        if (database.read(connection -> new CaseloadStore(connection).policy().find()).isPresent()) {
            return;
        }
        database.write(connection -> {
            CaseloadStore store = new CaseloadStore(connection, stamp());
            if (store.policy().find().isEmpty()) {
                store.policy().save(initial.get());
            }
            return null;
        });
    }

    @Override
    public Caseload load(LocalDate asOf) {
        checkOpen();
        return StoreFailures.translated(() -> database.read(connection -> new CaseloadStore(connection).load(asOf)));
    }

    @Override
    public Policy policy() {
        checkOpen();
        return StoreFailures.translated(() -> database.read(connection -> new CaseloadStore(connection).policy().find()
                .orElse(Policy.DEFAULTS)));
    }

    @Override
    public ImportSummary importCaseload(Caseload dataset, boolean replace) {
        return write(dataset.asOf(), null, (stored, read) -> List.of(),
                (threatId, isNew) -> new Attribution(AllocationReason.IMPORT, null),
                stored -> replace ? dataset : merged(stored, dataset),
                (store, before, after) -> {
                    if (replace) {
                        store.deleteAll();
                        store.save(dataset);
                    } else {
                        // Only what the file changes gets a new version: other desks' edits stay valid.
                        store.saveChanged(before, after);
                    }
                    return new ImportSummary(dataset.categories().size(), dataset.courses().size(),
                            dataset.officers().size(), dataset.trainingRecords().size(), dataset.threats().size());
                });
    }

    @Override
    public void savePolicy(Policy policy, Caseload basedOn) {
        write(today(), basedOn, (stored, read) -> List.of(Touch.policy(stored, read)),
                stored -> stored.withPolicy(policy), store -> {
            store.policy().save(policy);
            return null;
        });
    }

    @Override
    public void saveThreat(Threat threat, Caseload basedOn, AllocationReason reason, String rationale) {
        write(today(), basedOn, (stored, read) -> List.of(Touch.threat(threat.id(), stored, read)),
                (threatId, isNew) -> new Attribution(reason != null ? reason
                        : isNew ? AllocationReason.NEW_THREAT : AllocationReason.OTHER, rationale),
                stored -> stored.withThreats(upsert(stored.threats(), List.of(threat), Threat::id)),
                store -> store.threats().save(threat));
    }

    @Override
    public void saveOfficers(List<Officer> officers, Caseload basedOn) {
        write(today(), basedOn,
                (stored, read) -> officers.stream().map(o -> Touch.officer(o.id(), stored, read)).toList(),
                stored -> stored.withOfficers(upsert(stored.officers(), officers, Officer::id)),
                store -> {
                    for (Officer officer : officers) {
                        store.officers().save(officer);
                    }
                    return null;
                });
    }

    @Override
    public void saveCourse(Course course, Caseload basedOn) {
        write(today(), basedOn, (stored, read) -> List.of(Touch.course(course.code(), stored, read)),
                stored -> withCourses(stored, upsert(stored.courses(), List.of(course), Course::code)),
                store -> store.courses().save(course));
    }

    @Override
    public void deleteCourse(String code, Caseload basedOn) {
        write(today(), basedOn, (stored, read) -> List.of(Touch.course(code, stored, read)), stored -> {
            String path = "courses[" + code + "]";
            if (!stored.coursesByCode().containsKey(code)) {
                throw new InvalidInputException(path, "no such course");
            }
            long uses = stored.trainingRecords().stream().filter(r -> r.courseCode().equals(code)).count();
            if (uses > 0) {
                throw new InvalidInputException(path, "still used by " + uses + " training record"
                        + (uses == 1 ? "" : "s"));
            }
            return withCourses(stored, stored.courses().stream().filter(c -> !c.code().equals(code)).toList());
        }, store -> store.courses().delete(code));
    }

    @Override
    public void saveTrainingRecords(List<TrainingRecord> records, Caseload basedOn) {
        write(today(), basedOn,
                (stored, read) -> records.stream().map(r -> Touch.trainingRecord(r.key(), stored, read)).toList(),
                stored -> stored.withTrainingRecords(upsert(stored.trainingRecords(), records, TrainingRecord::key)),
                store -> {
                    for (TrainingRecord record : records) {
                        store.trainingRecords().save(record);
                    }
                    return null;
                });
    }

    @Override
    public void deleteTrainingRecord(TrainingRecord.Key key, Caseload basedOn) {
        write(today(), basedOn, (stored, read) -> List.of(Touch.trainingRecord(key, stored, read)),
                stored -> {
            List<TrainingRecord> remaining = new ArrayList<>(stored.trainingRecords());
            if (!remaining.removeIf(r -> r.key().equals(key))) {
                throw new InvalidInputException("trainingRecords[" + key.officerId() + ", " + key.courseCode() + ", "
                        + key.completedOn() + "]", "no such training record");
            }
            return stored.withTrainingRecords(remaining);
        }, store -> store.trainingRecords().delete(key));
    }

    @Override
    public void applyAllocation(Map<String, String> threatToOfficer, Caseload basedOn, AllocationReason reason,
            Map<String, String> rationaleByThreat) {
        write(today(), basedOn, (stored, read) -> Touch.allocation(threatToOfficer, stored, read),
                (threatId, isNew) -> new Attribution(reason, rationaleByThreat.get(threatId)), stored -> {
            requireThreats(stored, threatToOfficer.keySet(), "allocation");
            return stored.withThreats(stored.threats().stream()
                    .map(t -> threatToOfficer.containsKey(t.id()) ? t.withOfficerId(threatToOfficer.get(t.id())) : t)
                    .toList());
        }, store -> {
            for (Map.Entry<String, String> assignment : threatToOfficer.entrySet()) {
                store.threats().assign(assignment.getKey(), assignment.getValue());
            }
            return null;
        });
    }

    @Override
    public void setPinned(String threatId, boolean pinned, Caseload basedOn) {
        write(today(), basedOn, (stored, read) -> List.of(Touch.threat(threatId, stored, read)), stored -> {
            requireThreats(stored, List.of(threatId), "threats");
            return stored.withThreats(stored.threats().stream()
                    .map(t -> t.id().equals(threatId) ? t.withPinned(pinned) : t)
                    .toList());
        }, store -> store.threats().setPinned(threatId, pinned));
    }

    // ---- evidence ------------------------------------------------------------------------------------

    @Override
    public void savePlanActions(String threatId, List<PlanAction> actions) {
        write(today(), stored -> {
            requireThreats(stored, List.of(threatId), "threats");
            return withPlan(stored, threatId, stored.plan(threatId).withActions(actions));
        }, (store, before, after) -> {
            store.plans().replace(threatId, after.plan(threatId));
            return null;
        });
    }

    @Override
    public void recordReview(String threatId, PlanReview review) {
        write(today(), stored -> {
            requireThreats(stored, List.of(threatId), "threats");
            Caseload after = withPlan(stored, threatId, withReview(stored.plan(threatId), review));
            return review.on() != null && isLatest(stored.plan(threatId), review)
                    ? after.withThreats(after.threats().stream().map(t -> t.id().equals(threatId)
                            ? t.withNextReviewDue(review.nextReviewDue()) : t).toList())
                    : after;
        }, (store, before, after) -> {
            store.plans().replace(threatId, after.plan(threatId));
            Threat threat = after.threat(threatId).orElseThrow();
            if (!threat.equals(before.threat(threatId).orElseThrow())) {
                store.threats().save(threat);
            }
            return null;
        });
    }

    private static ThreatPlan withReview(ThreatPlan plan, PlanReview review) {
        List<PlanReview> reviews = new ArrayList<>(plan.reviews());
        reviews.add(review);
        return plan.withReviews(reviews);
    }

    /** On or after every review already recorded: a review recorded later on the same day is the latest. */
    private static boolean isLatest(ThreatPlan plan, PlanReview review) {
        return plan.reviews().stream().noneMatch(r -> r.on() != null && r.on().isAfter(review.on()));
    }

    private static Caseload withPlan(Caseload caseload, String threatId, ThreatPlan plan) {
        Map<String, ThreatPlan> plans = new LinkedHashMap<>(caseload.plans());
        plans.put(threatId, plan);
        return caseload.withPlans(plans);
    }

    @Override
    public void saveMentoringSession(MentoringSession session) {
        write(today(), stored -> stored.withMentoringSessions(
                        upsert(stored.mentoringSessions(), List.of(session), MentoringSession::key)),
                store -> store.mentoringSessions().save(session));
    }

    @Override
    public void deleteMentoringSession(MentoringSession.Key key) {
        write(today(), stored -> {
            List<MentoringSession> remaining = new ArrayList<>(stored.mentoringSessions());
            if (!remaining.removeIf(s -> s.key().equals(key))) {
                throw new InvalidInputException("mentoringSessions[" + key.mentorId() + ", " + key.menteeId() + ", "
                        + key.on() + "]", "no such mentoring session");
            }
            return stored.withMentoringSessions(remaining);
        }, store -> store.mentoringSessions().delete(key));
    }

    @Override
    public List<AllocationChange> allocationHistory() {
        checkOpen();
        return StoreFailures.translated(() -> database.read(
                connection -> new CaseloadStore(connection).allocationHistory().findAll()));
    }

    @Override
    public List<WorkloadDay> workloadHistory(LocalDate last) {
        checkOpen();
        return StoreFailures.translated(() -> database.read(
                connection -> new CaseloadStore(connection).workloadHistory().findUpTo(last)));
    }

    @Override
    public InspectionFacts inspectionReport(LocalDate asOf, LocalDate from, String reason, String recipient) {
        checkOpen();
        return StoreFailures.translated(() -> database.read(connection -> {
            CaseloadStore store = new CaseloadStore(connection);
            return InspectionFacts.of(force.unitName(), store.load(asOf), store.workloadHistory().findUpTo(asOf),
                    store.allocationHistory().findAll(), from, actor, clock.instant(), force.timeZone());
        }));
    }

    @Override
    public void close() {
        closed = true;
    }

    @FunctionalInterface
    private interface StoreWrite<T> {
        T apply(CaseloadStore store) throws SQLException;
    }

    /** Writes a change knowing the store before it and after it. */
    @FunctionalInterface
    private interface ChangeWrite<T> {
        T apply(CaseloadStore store, Caseload before, Caseload after) throws SQLException;
    }

    /** Which records a write would overwrite, as stored now and as the desk read them. */
    @FunctionalInterface
    private interface Touches {
        List<Touch> of(Caseload stored, Caseload read);
    }

    @Override
    public List<Scenario> scenarios() {
        checkOpen();
        return StoreFailures.translated(() -> database.read(
                connection -> new CaseloadStore(connection).scenarios().findAll()));
    }

    @Override
    public void saveScenario(Scenario scenario) {
        checkOpen();
        String name = scenario.name() == null ? "" : scenario.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidInputException("name", "a scenario needs a name of 1 to 200 characters");
        }
        Scenario named = new Scenario(name, scenario.changes(), scenario.version());
        StoreFailures.translated(() -> database.write(connection -> {
            new CaseloadStore(connection, ChangeStamp.now(actor)).scenarios().save(named);
            return null;
        }));
    }

    @Override
    public void deleteScenario(String name) {
        checkOpen();
        StoreFailures.translated(() -> database.write(connection -> {
            new CaseloadStore(connection, ChangeStamp.now(actor)).scenarios().delete(name);
            return null;
        }));
    }

    /** Why a write changed a threat's officer, as the allocation history records it. */
    private record Attribution(AllocationReason reason, String rationale) {
    }

    /** Decides the attribution of a change of officer: the threat, and whether the write created it. */
    @FunctionalInterface
    private interface Attributor {
        Attribution of(String threatId, boolean newThreat);

        /** Writes that change no officer on purpose; should one ever do, it is still recorded. */
        Attributor OTHER = (threatId, isNew) -> new Attribution(AllocationReason.OTHER, null);
    }

    private <T> T write(LocalDate asOf, UnaryOperator<Caseload> change, StoreWrite<T> persist) {
        return write(asOf, null, (stored, read) -> List.of(), Attributor.OTHER, change, persist);
    }

    private <T> T write(LocalDate asOf, UnaryOperator<Caseload> change, ChangeWrite<T> persist) {
        return write(asOf, null, (stored, read) -> List.of(), Attributor.OTHER, change, persist);
    }

    private <T> T write(LocalDate asOf, Caseload basedOn, Touches touches, UnaryOperator<Caseload> change,
                        StoreWrite<T> persist) {
        return write(asOf, basedOn, touches, Attributor.OTHER, change, persist);
    }

    private <T> T write(LocalDate asOf, Caseload basedOn, Touches touches, UnaryOperator<Caseload> change,
                        ChangeWrite<T> persist) {
        return write(asOf, basedOn, touches, Attributor.OTHER, change, persist);
    }

    private <T> T write(LocalDate asOf, Caseload basedOn, Touches touches, Attributor attributor,
                        UnaryOperator<Caseload> change, StoreWrite<T> persist) {
        return write(asOf, basedOn, touches, attributor, change, (store, before, after) -> persist.apply(store));
    }

    /**
     * One write: under the store's write lock, the records it {@code touches} must be as in {@code basedOn}
     * (what the desk read; null: whatever is stored), else {@link StaleRecordException}; {@code change} gives
     * the whole store as it would be afterwards (throwing {@link InvalidInputException} for what it cannot
     * apply); it is validated; then {@code persist} writes it. In the same transaction every change of a threat's
     * officer goes into the allocation history (attributed by {@code attributor}) and today's workload record is
     * stored as things now stand.
     */
    private <T> T write(LocalDate asOf, Caseload basedOn, Touches touches, Attributor attributor,
                        UnaryOperator<Caseload> change, ChangeWrite<T> persist) {
        checkOpen();
        return StoreFailures.translated(() -> database.write(connection -> {
            ChangeStamp stamp = stamp();
            CaseloadStore store = new CaseloadStore(connection, stamp);
            Caseload stored = store.load(asOf);
            if (basedOn != null) {
                Touch.requireUnchanged(store, touches.of(stored, basedOn));
            }
            Caseload after = change.apply(stored);
            List<Problem> problems = validator.validate(after);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            T result = persist.apply(store, stored, after);
            recordAllocationChanges(store, stored, after, attributor, stamp);
            store.workloadHistory().save(WorkloadDay.of(after, LocalDate.ofInstant(stamp.at(), force.timeZone())));
            return result;
        }));
    }

    private static void recordAllocationChanges(CaseloadStore store, Caseload before, Caseload after,
            Attributor attributor, ChangeStamp stamp) throws SQLException {
        Map<String, String> from = officerByThreat(before);
        Map<String, String> to = officerByThreat(after);
        Set<String> threatIds = new LinkedHashSet<>(from.keySet());
        threatIds.addAll(to.keySet());
        Instant at = stamp.at();
        for (String threatId : threatIds) {
            String fromOfficer = from.get(threatId);
            String toOfficer = to.get(threatId);
            if (!Objects.equals(fromOfficer, toOfficer)) {
                Attribution why = attributor.of(threatId, !from.containsKey(threatId));
                store.allocationHistory().append(new AllocationChange(at, stamp.by(), threatId, fromOfficer,
                        toOfficer, why.reason(), why.rationale()));
            }
        }
    }

    /** Threat id to officer id (null: none), in register order: a replace import may drop threats. */
    private static Map<String, String> officerByThreat(Caseload caseload) {
        Map<String, String> officers = new LinkedHashMap<>();
        caseload.threats().forEach(t -> officers.put(t.id(), t.officerId()));
        return officers;
    }

    /** The store after a merge import: records of the dataset replace stored ones with the same key, new ones go last. */
    private static Caseload merged(Caseload stored, Caseload dataset) {
        Map<String, ThreatPlan> plans = new LinkedHashMap<>(stored.plans());
        plans.putAll(dataset.plans());
        return new Caseload(dataset.asOf(), dataset.policy(),
                upsert(stored.categories(), dataset.categories(), Category::code),
                upsert(stored.courses(), dataset.courses(), Course::code),
                upsert(stored.officers(), dataset.officers(), Officer::id),
                upsert(stored.trainingRecords(), dataset.trainingRecords(), TrainingRecord::key),
                upsert(stored.threats(), dataset.threats(), Threat::id),
                plans,
                upsert(stored.mentoringSessions(), dataset.mentoringSessions(), MentoringSession::key));
    }

    private static <T, K> List<T> upsert(List<T> stored, List<T> changes, Function<T, K> key) {
        Map<K, T> byKey = new LinkedHashMap<>();
        stored.forEach(record -> byKey.put(key.apply(record), record));
        changes.forEach(record -> byKey.put(key.apply(record), record));
        return List.copyOf(byKey.values());
    }

    private static Caseload withCourses(Caseload caseload, List<Course> courses) {
        return caseload.withCourses(courses);
    }

    private static void requireThreats(Caseload stored, Collection<String> threatIds, String path) {
        List<Problem> unknown = threatIds.stream()
                .filter(id -> stored.threat(id).isEmpty())
                .map(id -> new Problem(path + "[" + id + "]", "unknown threat \"" + id + "\""))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the caseload service has been closed");
        }
    }
}
