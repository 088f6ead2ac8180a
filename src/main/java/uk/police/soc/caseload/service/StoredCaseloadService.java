package uk.police.soc.caseload.service;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadValidator;
import uk.police.soc.caseload.domain.Category;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.TrainingRecord;
import uk.police.soc.caseload.persistence.CaseloadStore;
import uk.police.soc.caseload.persistence.ChangeFeed;
import uk.police.soc.caseload.persistence.ChangeStamp;
import uk.police.soc.caseload.persistence.Database;

/**
 * The service over a store (an H2 file or a shared PostgreSQL database). Every write is one transaction that
 * takes the store's write lock, reads the store, checks that what it would overwrite is still what the desk
 * read (when the desk says what it read), works out the store as it would be afterwards, validates that whole
 * with {@link CaseloadValidator}, and only then writes: an invalid change throws {@link InvalidInputException}
 * and a stale one {@link StaleRecordException} before anything is written, and any later failure rolls back.
 */
final class StoredCaseloadService implements CaseloadService {

    private final Database database;
    private final String actor;
    private final CaseloadValidator validator = new CaseloadValidator();
    private volatile boolean closed;

    StoredCaseloadService(Database database) {
        this(database, ChangeStamp.osUser());
    }

    /** {@code actor} is who the records this service saves are stamped with. */
    StoredCaseloadService(Database database, String actor) {
        this.database = database;
        this.actor = actor;
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
            CaseloadStore store = new CaseloadStore(connection, ChangeStamp.now(actor));
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
                stored -> replace ? dataset : merged(stored, dataset),
                (store, before, after) -> {
                    if (replace) {
                        store.deleteAll();
                        store.save(dataset);
                    } else {
                        // Only what the file changes gets a new version: other desks' edits stay valid.
                        store.saveChanged(before, after);
                    }
                    store.planningDates().recordDataAsOf(dataset.asOf());
                    return new ImportSummary(dataset.categories().size(), dataset.courses().size(),
                            dataset.officers().size(), dataset.trainingRecords().size(), dataset.threats().size());
                });
    }

    @Override
    public uk.police.soc.caseload.domain.PlanningDates planningDates() {
        checkOpen();
        return StoreFailures.translated(() -> database.read(connection ->
                new CaseloadStore(connection).planningDates().find()));
    }

    @Override
    public void rememberPlanningDate(LocalDate day) {
        checkOpen();
        // A preference, not a change to the caseload: other desks need not refresh, so no change is announced.
        StoreFailures.translated(() -> database.inTransaction(connection -> {
            new CaseloadStore(connection).planningDates().rememberPlanningDate(day);
            return null;
        }));
    }

    @Override
    public void savePolicy(Policy policy, Caseload basedOn) {
        write(LocalDate.now(), basedOn, (stored, read) -> List.of(Touch.policy(stored, read)),
                stored -> stored.withPolicy(policy), store -> {
            store.policy().save(policy);
            return null;
        });
    }

    @Override
    public void saveThreat(Threat threat, Caseload basedOn) {
        write(LocalDate.now(), basedOn, (stored, read) -> List.of(Touch.threat(threat.id(), stored, read)),
                stored -> stored.withThreats(upsert(stored.threats(), List.of(threat), Threat::id)),
                store -> store.threats().save(threat));
    }

    @Override
    public void saveOfficers(List<Officer> officers, Caseload basedOn) {
        write(LocalDate.now(), basedOn,
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
        write(LocalDate.now(), basedOn, (stored, read) -> List.of(Touch.course(course.code(), stored, read)),
                stored -> withCourses(stored, upsert(stored.courses(), List.of(course), Course::code)),
                store -> store.courses().save(course));
    }

    @Override
    public void deleteCourse(String code, Caseload basedOn) {
        write(LocalDate.now(), basedOn, (stored, read) -> List.of(Touch.course(code, stored, read)), stored -> {
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
        write(LocalDate.now(), basedOn,
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
        write(LocalDate.now(), basedOn, (stored, read) -> List.of(Touch.trainingRecord(key, stored, read)),
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
    public void applyAllocation(Map<String, String> threatToOfficer, Caseload basedOn) {
        write(LocalDate.now(), basedOn, (stored, read) -> Touch.allocation(threatToOfficer, stored, read), stored -> {
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
        write(LocalDate.now(), basedOn, (stored, read) -> List.of(Touch.threat(threatId, stored, read)), stored -> {
            requireThreats(stored, List.of(threatId), "threats");
            return stored.withThreats(stored.threats().stream()
                    .map(t -> t.id().equals(threatId) ? t.withPinned(pinned) : t)
                    .toList());
        }, store -> store.threats().setPinned(threatId, pinned));
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

    private <T> T write(LocalDate asOf, UnaryOperator<Caseload> change, StoreWrite<T> persist) {
        return write(asOf, null, (stored, read) -> List.of(), change, persist);
    }

    /**
     * One write: under the store's write lock, the records it {@code touches} must be as in {@code basedOn}
     * (what the desk read; null: whatever is stored), else {@link StaleRecordException}; {@code change} gives
     * the whole store as it would be afterwards (throwing {@link InvalidInputException} for what it cannot
     * apply); it is validated; then {@code persist} writes it.
     */
    private <T> T write(LocalDate asOf, Caseload basedOn, Touches touches, UnaryOperator<Caseload> change,
                        StoreWrite<T> persist) {
        return write(asOf, basedOn, touches, change, (store, before, after) -> persist.apply(store));
    }

    private <T> T write(LocalDate asOf, Caseload basedOn, Touches touches, UnaryOperator<Caseload> change,
                        ChangeWrite<T> persist) {
        checkOpen();
        return StoreFailures.translated(() -> database.write(connection -> {
            CaseloadStore store = new CaseloadStore(connection, ChangeStamp.now(actor));
            Caseload stored = store.load(asOf);
            if (basedOn != null) {
                Touch.requireUnchanged(store, touches.of(stored, basedOn));
            }
            Caseload after = change.apply(stored);
            List<Problem> problems = validator.validate(after);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return persist.apply(store, stored, after);
        }));
    }

    /** The store after a merge import: records of the dataset replace stored ones with the same key, new ones go last. */
    private static Caseload merged(Caseload stored, Caseload dataset) {
        return new Caseload(dataset.asOf(), dataset.policy(),
                upsert(stored.categories(), dataset.categories(), Category::code),
                upsert(stored.courses(), dataset.courses(), Course::code),
                upsert(stored.officers(), dataset.officers(), Officer::id),
                upsert(stored.trainingRecords(), dataset.trainingRecords(), TrainingRecord::key),
                upsert(stored.threats(), dataset.threats(), Threat::id));
    }

    private static <T, K> List<T> upsert(List<T> stored, List<T> changes, Function<T, K> key) {
        Map<K, T> byKey = new LinkedHashMap<>();
        stored.forEach(record -> byKey.put(key.apply(record), record));
        changes.forEach(record -> byKey.put(key.apply(record), record));
        return List.copyOf(byKey.values());
    }

    private static Caseload withCourses(Caseload caseload, List<Course> courses) {
        return new Caseload(caseload.asOf(), caseload.policy(), caseload.categories(), courses, caseload.officers(),
                caseload.trainingRecords(), caseload.threats());
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
