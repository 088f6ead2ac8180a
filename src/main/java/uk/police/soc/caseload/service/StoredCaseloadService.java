package uk.police.soc.caseload.service;

import java.sql.SQLException;
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
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import uk.police.soc.caseload.domain.Absence;
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
import uk.police.soc.caseload.domain.ThreatStatus;
import uk.police.soc.caseload.domain.TrainingRecord;
import uk.police.soc.caseload.domain.WorkloadDay;
import uk.police.soc.caseload.domain.access.Actor;
import uk.police.soc.caseload.domain.access.Disclosure;
import uk.police.soc.caseload.domain.access.Operation;
import uk.police.soc.caseload.domain.scenario.Scenario;
import uk.police.soc.caseload.persistence.CaseloadStore;
import uk.police.soc.caseload.persistence.ChangeFeed;
import uk.police.soc.caseload.persistence.Database;
import uk.police.soc.caseload.report.inspection.InspectionFacts;

/**
 * The service over a store (an H2 file or a shared PostgreSQL database). Every operation is one
 * {@link Guard.Unit}: under the store's write lock it reads the store, requires the operation of the acting
 * account (role check), checks that what it would overwrite is still what the desk read (when the desk says
 * what it read), works out the store as it would be afterwards, validates that whole with
 * {@link CaseloadValidator}, writes, and records its audit entry, all in one transaction: a refused change
 * throws {@link uk.police.soc.caseload.domain.access.NotAllowedException}, an invalid one
 * {@link InvalidInputException} and a stale one {@link StaleRecordException} before anything is written, and
 * any later failure rolls back. In the same transaction it records every change of a threat's officer in the
 * allocation history and today's workload record (docs/decisions/0023).
 */
final class StoredCaseloadService implements CaseloadService {

    private final Guard guard;
    private final StoredAccessService access;
    private final CaseloadValidator validator = new CaseloadValidator();
    private final ForceConfig force;
    private volatile boolean closed;

    /**
     * The most records a write commits in an H2 file in place; every import, and every write of more records,
     * commits on a copy of the file that replaces it whole ({@link Database#writeCopyOnWrite}, docs/decisions/0018).
     * InPlaceWriteLimitTest checks that H2 keeps a write of this size out of the file until its commit.
     */
    static final int LARGEST_IN_PLACE_WRITE = 200;

    /** Whether a write of {@code records} records is too large to commit in an H2 file in place. */
    static boolean large(int records) {
        return records > LARGEST_IN_PLACE_WRITE;
    }

    /** A service whose open-mode user (and so the stamp on what it saves) is {@code openModeUser}, e.g. os:amy. */
    StoredCaseloadService(Database database, String openModeUser) {
        this(new Guard(database, CaseloadServices.HASHER, java.time.Clock.systemUTC(),
                openModeUser.startsWith("os:") ? openModeUser.substring(3) : openModeUser), ForceConfig.DEFAULTS);
    }

    /**
     * @param guard its clock decides when changes happen: tests drive the days of the workload history with it
     * @param force the force's time zone decides which day a change belongs to
     */
    StoredCaseloadService(Guard guard, ForceConfig force) {
        this.guard = guard;
        this.force = force;
        this.access = new StoredAccessService(guard, this::checkOpen);
    }

    @Override
    public LocalDate today() {
        return LocalDate.ofInstant(guard.now(), force.timeZone());
    }

    @Override
    public ForceConfig force() {
        return force;
    }

    Database database() {
        return guard.database();
    }

    Guard guard() {
        return guard;
    }

    /** Gives a database that has never had a policy its first one (a new database), audited as a policy change. */
    void initialisePolicy(Supplier<Policy> initial) {
        if (database().read(connection -> new CaseloadStore(connection).policy().find()).isPresent()) {
            return;
        }
        guard.unit(unit -> {
            CaseloadStore store = unit.store();
            if (store.policy().find().isEmpty()) {
                unit.require(Operation.POLICY_CHANGE);
                store.policy().save(initial.get());
                unit.record(Operation.POLICY_CHANGE, null, "a new database starts with the force's policy settings");
            }
            return null;
        });
    }

    @Override
    public AccessService access() {
        return access;
    }

    @Override
    public String storeName() {
        return database().describe();
    }

    @Override
    public long changeCount() {
        checkOpen();
        return StoreFailures.translated(database()::changeCount);
    }

    @Override
    public LiveUpdates liveUpdates() {
        checkOpen();
        ChangeFeed feed = database().changes();
        return new LiveUpdates() {
            @Override
            public long awaitChange(long seen, java.time.Duration atMost) {
                return StoreFailures.translated(() -> feed.awaitChange(seen, atMost));
            }

            @Override
            public void close() {
                feed.close();
            }
        };
    }

    @Override
    public Caseload load(LocalDate asOf) {
        checkOpen();
        return guard.read(unit -> {
            Actor actor = unit.require(Operation.READ);
            return visibleTo(actor, unit.store().load(asOf));
        });
    }

    @Override
    public Caseload read(Operation operation, LocalDate asOf, List<String> records, String detail) {
        checkOpen();
        String ids = records == null ? null : AuditRecords.ids(records);
        return guard.record(unit -> {
            Actor actor = unit.require(operation, ids, detail);
            Caseload caseload = visibleTo(actor, unit.store().load(asOf));
            unit.record(operation, ids, detail);
            return caseload;
        });
    }

    @Override
    public Caseload disclose(Operation operation, Disclosure disclosure, LocalDate asOf, String detail) {
        checkOpen();
        return guard.record(unit -> {
            StoredAccessService.requireReasonForDisclosure(unit, operation, disclosure);
            Actor actor = unit.require(operation, null, detail);
            unit.record(operation, null, detail, disclosure);
            return visibleTo(actor, unit.store().load(asOf));
        });
    }

    @Override
    public BackupSummary backup(java.nio.file.Path file, Disclosure disclosure) {
        return backup(file, Operation.BACKUP, disclosure);
    }

    @Override
    public Map<String, Long> copyTo(String target, Disclosure disclosure) {
        checkOpen();
        uk.police.soc.caseload.persistence.StoreAddress to =
                uk.police.soc.caseload.persistence.StoreAddress.parse(target);
        if (to.equals(database().address())) {
            throw new uk.police.soc.caseload.domain.InvalidInputException("--to", "is the same store as --from");
        }
        uk.police.soc.caseload.persistence.StoreCopy.requireNew(to, "--to");
        guard.unit(unit -> {
            StoredAccessService.requireReasonForDisclosure(unit, Operation.COPY, disclosure);
            unit.require(Operation.COPY, null, "store " + target);
            unit.record(Operation.COPY, null, "copy to " + target, disclosure);
            return null;
        });
        // The disclosure entry is committed above, so the copy holds it (access.md); the target is new and empty,
        // so it has no accounts of its own to ask an administrator of.
        return StoreFailures.translated(
                () -> uk.police.soc.caseload.persistence.StoreCopy.copy(database(), Database.open(to)));
    }

    @Override
    public java.util.Optional<java.nio.file.Path> rollingBackup(int keepDays) {
        checkOpen();
        if (!(database().address() instanceof uk.police.soc.caseload.persistence.StoreAddress.H2File file)
                || !access.settings().rollingBackups()) {
            return java.util.Optional.empty();
        }
        java.nio.file.Path folder = rollingBackupFolder(file.path());
        String prefix = file.path().getFileName() + "-";
        LocalDate today = today();
        java.nio.file.Path todays = folder.resolve(prefix + today + ".socbackup");
        try {
            uk.police.soc.caseload.persistence.OwnerOnlyFiles.createFolders(folder);
            if (java.nio.file.Files.exists(todays)) {
                return java.util.Optional.empty();
            }
            backup(todays, Operation.BACKUP_ROLLING, new Disclosure("the app's daily rolling backup",
                    "the backup folder beside the database"));
            // The last keepDays days' files stay; older ones of this database go (names carry the day).
            LocalDate oldestKept = today.minusDays(keepDays - 1L);
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(folder)) {
                for (java.nio.file.Path old : files.toList()) {
                    String name = old.getFileName().toString();
                    if (name.startsWith(prefix) && name.endsWith(".socbackup")) {
                        String day = name.substring(prefix.length(), name.length() - ".socbackup".length());
                        if (uk.police.soc.caseload.domain.Dates.parse(day).filter(d -> d.isBefore(oldestKept))
                                .isPresent()) {
                            java.nio.file.Files.deleteIfExists(old);
                        }
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new uk.police.soc.caseload.persistence.StoreException("cannot keep the rolling backups in "
                    + folder + ": " + e.getMessage(), e);
        }
        return java.util.Optional.of(todays);
    }

    /** Where the rolling backups of the database at {@code path} (without .mv.db) are kept. */
    static java.nio.file.Path rollingBackupFolder(java.nio.file.Path path) {
        return path.resolveSibling(path.getFileName() + "-backups");
    }

    /** A backup as {@code operation} (a command's backup, or the app's rolling one). */
    BackupSummary backup(java.nio.file.Path file, Operation operation, Disclosure disclosure) {
        checkOpen();
        Map<String, Long> counts = new LinkedHashMap<>();
        boolean encrypted = database().encrypted();
        java.nio.file.Path temp = guard.unit(unit -> {
            StoredAccessService.requireReasonForDisclosure(unit, operation, disclosure);
            unit.require(operation, null, "backup file " + file.getFileName());
            // The entry goes in first, so that the backup holds its own disclosure (access.md).
            unit.record(operation, null, "backup to " + file.toAbsolutePath() + (encrypted ? " (encrypted)" : ""),
                    disclosure);
            return Backups.dumpToTemp(unit, file, database().filePassword(), counts);
        });
        try {
            Backups.moveIntoPlace(temp, file.toAbsolutePath(), true);
        } catch (java.io.IOException e) {
            throw new uk.police.soc.caseload.persistence.StoreException("cannot write the backup " + file + ": "
                    + e.getMessage(), e);
        }
        return new BackupSummary(file.toString(), encrypted, counts);
    }

    @Override
    public void changeEncryption(char[] newFilePassword) {
        checkOpen();
        if (newFilePassword != null) {
            Database.checkFilePassword(newFilePassword);
        }
        try {
            Backups.changeEncryption(guard, newFilePassword == null ? Operation.DECRYPT : Operation.ENCRYPT,
                    newFilePassword, java.time.Clock.systemUTC());
        } finally {
            close();
        }
    }

    @Override
    public boolean encrypted() {
        return database().encrypted();
    }

    @Override
    public Policy policy() {
        checkOpen();
        return guard.read(unit -> {
            unit.require(Operation.READ);
            return unit.store().policy().find().orElse(Policy.DEFAULTS);
        });
    }

    @Override
    public ImportSummary importCaseload(Caseload dataset, boolean replace) {
        Operation operation = replace ? Operation.IMPORT_REPLACE : Operation.IMPORT;
        // Every import, whatever its size: a file may hold any number of records.
        return write(true, dataset.asOf(), null, (stored, read) -> List.of(), (unit, stored) -> {
            String counts = AuditRecords.counts(counts(dataset));
            unit.require(operation, counts, null);
            Caseload after = replace ? dataset : merged(stored, dataset);
            return new Change<>(after, store -> {
                if (replace) {
                    store.deleteAll();
                    store.save(dataset);
                } else {
                    // Only what the file changes gets a new version: other desks' edits stay valid.
                    store.saveChanged(stored, after);
                }
                store.planningDates().recordDataAsOf(dataset.asOf());
                unit.record(operation, counts, (replace ? "replaced everything stored with " : "merged ")
                        + summary(dataset) + (replace ? "" : " (added or updated)"));
                if (replace) {
                    Map<String, Integer> removed = removed(stored, dataset);
                    unit.record(Operation.IMPORT_ERASE, AuditRecords.counts(removed),
                            "removed by import --replace: records stored before that the file does not hold");
                }
                return new ImportSummary(dataset.categories().size(), dataset.courses().size(),
                        dataset.officers().size(), dataset.trainingRecords().size(), dataset.threats().size());
            }, (threatId, isNew) -> new Attribution(AllocationReason.IMPORT, null));
        });
    }

    @Override
    public uk.police.soc.caseload.domain.PlanningDates planningDates() {
        checkOpen();
        return guard.read(unit -> {
            unit.require(Operation.READ);
            return unit.store().planningDates().find();
        });
    }

    @Override
    public void rememberPlanningDate(LocalDate day) {
        checkOpen();
        // A preference, not a change to the caseload: other desks need not refresh, so no change is announced
        // (a RECORD unit, which takes no write lock and records no entry unless refused).
        guard.record(unit -> {
            unit.require(Operation.READ);
            unit.store().planningDates().rememberPlanningDate(day);
            return null;
        });
    }

    @Override
    public void savePolicy(Policy policy, Caseload basedOn) {
        write(today(), basedOn, (stored, read) -> List.of(Touch.policy(stored, read)), (unit, stored) -> {
            unit.require(Operation.POLICY_CHANGE);
            return new Change<>(stored.withPolicy(policy), store -> {
                store.policy().save(policy);
                unit.record(Operation.POLICY_CHANGE, null,
                        "changed: " + ChangedFields.describe(stored.policy(), policy));
                return null;
            });
        });
    }

    @Override
    public void saveThreat(Threat threat, Caseload basedOn, AllocationReason reason, String rationale) {
        write(today(), basedOn, (stored, read) -> List.of(Touch.threat(threat.id(), stored, read)),
                (unit, stored) -> {
                    Optional<Threat> before = stored.threat(threat.id());
                    Operation operation = before.isEmpty() ? Operation.THREAT_CREATE
                            : threat.status() == ThreatStatus.ARCHIVED && before.get().status() != ThreatStatus.ARCHIVED
                                    ? Operation.THREAT_ARCHIVE : Operation.THREAT_EDIT;
                    String ids = AuditRecords.ids(List.of(threat.id()));
                    unit.require(operation, ids, null);
                    return new Change<>(stored.withThreats(upsert(stored.threats(), List.of(threat), Threat::id)),
                            store -> {
                                store.threats().save(threat);
                                unit.record(operation, ids, threat.id() + " (" + threat.name() + ")" + before
                                        .map(b -> ": " + ChangedFields.describe(b, threat)).orElse(": created"));
                                return null;
                            }, (threatId, isNew) -> new Attribution(reason != null ? reason
                                    : isNew ? AllocationReason.NEW_THREAT : AllocationReason.OTHER, rationale));
                });
    }

    @Override
    public void saveOfficers(List<Officer> officers, Caseload basedOn) {
        write(large(officers.size()), today(), basedOn,
                (stored, read) -> officers.stream().map(o -> Touch.officer(o.id(), stored, read)).toList(),
                (unit, stored) -> {
                    Actor actor = unit.require(Operation.READ);
                    List<Officer> incoming = actor.seesAbsenceReasons() ? officers
                            : officers.stream().map(o -> withStoredAbsenceReasons(o, stored)).toList();
                    // What each officer's change touches decides the role it needs (access.md "Roles").
                    Map<Operation, List<String>> idsByOperation = new LinkedHashMap<>();
                    Map<Operation, List<String>> detailsByOperation = new LinkedHashMap<>();
                    for (Officer officer : incoming) {
                        Officer before = stored.officersById().get(officer.id());
                        for (Operation operation : officerOperations(before, officer)) {
                            idsByOperation.computeIfAbsent(operation, o -> new ArrayList<>()).add(officer.id());
                            detailsByOperation.computeIfAbsent(operation, o -> new ArrayList<>()).add(officer.id()
                                    + " (" + officer.name() + ")" + (before == null ? ": created"
                                    : ": " + ChangedFields.describe(before, officer)));
                        }
                    }
                    for (Map.Entry<Operation, List<String>> entry : idsByOperation.entrySet()) {
                        unit.require(entry.getKey(), AuditRecords.ids(entry.getValue()), null);
                    }
                    return new Change<>(stored.withOfficers(upsert(stored.officers(), incoming, Officer::id)),
                            store -> {
                                for (Officer officer : incoming) {
                                    store.officers().save(officer);
                                }
                                for (Map.Entry<Operation, List<String>> entry : idsByOperation.entrySet()) {
                                    unit.record(entry.getKey(), AuditRecords.ids(entry.getValue()),
                                            String.join("; ", detailsByOperation.get(entry.getKey())));
                                }
                                return null;
                            });
                });
    }

    /** The operations a change to one officer is: creating, or editing, or only availability or mentoring. */
    private static List<Operation> officerOperations(Officer before, Officer after) {
        if (before == null) {
            return List.of(Operation.OFFICER_CREATE);
        }
        boolean availability = !before.reductions().equals(after.reductions())
                || !before.absences().equals(after.absences());
        boolean mentor = !Objects.equals(before.mentorId(), after.mentorId());
        Officer otherwiseAsBefore = new Officer(after.id(), after.name(), after.rank(), after.unit(), after.area(),
                after.weeklyHours(), after.pipLevel(), after.skills(), before.mentorId(), before.reductions(),
                before.absences(), after.active());
        List<Operation> operations = new ArrayList<>();
        if (!otherwiseAsBefore.equals(before) || (!availability && !mentor)) {
            operations.add(Operation.OFFICER_EDIT);
        }
        if (availability) {
            operations.add(Operation.OFFICER_AVAILABILITY);
        }
        if (mentor) {
            operations.add(Operation.OFFICER_MENTOR);
        }
        return operations;
    }

    @Override
    public void saveCourse(Course course, Caseload basedOn) {
        write(today(), basedOn, (stored, read) -> List.of(Touch.course(course.code(), stored, read)),
                (unit, stored) -> {
                    Course before = stored.coursesByCode().get(course.code());
                    Operation operation = before == null ? Operation.COURSE_CREATE : Operation.COURSE_EDIT;
                    String ids = AuditRecords.ids(List.of(course.code()));
                    unit.require(operation, ids, null);
                    return new Change<>(withCourses(stored, upsert(stored.courses(), List.of(course), Course::code)),
                            store -> {
                                store.courses().save(course);
                                unit.record(operation, ids, course.code() + " (" + course.name() + ")"
                                        + (before == null ? ": created" : ": " + ChangedFields.describe(before, course)));
                                return null;
                            });
                });
    }

    @Override
    public void deleteCourse(String code, Caseload basedOn) {
        write(today(), basedOn, (stored, read) -> List.of(Touch.course(code, stored, read)), (unit, stored) -> {
            String ids = AuditRecords.ids(List.of(code));
            unit.require(Operation.COURSE_DELETE, ids, null);
            String path = "courses[" + code + "]";
            Course course = stored.coursesByCode().get(code);
            if (course == null) {
                throw new InvalidInputException(path, "no such course");
            }
            long uses = stored.trainingRecords().stream().filter(r -> r.courseCode().equals(code)).count();
            if (uses > 0) {
                throw new InvalidInputException(path, "still used by " + uses + " training record"
                        + (uses == 1 ? "" : "s"));
            }
            return new Change<>(withCourses(stored, stored.courses().stream().filter(c -> !c.code().equals(code))
                    .toList()), store -> {
                        store.courses().delete(code);
                        unit.record(Operation.COURSE_DELETE, ids, code + " (" + course.name() + ") deleted");
                        return null;
                    });
        });
    }

    @Override
    public void saveTrainingRecord(TrainingRecord record, Caseload basedOn) {
        write(today(), basedOn, (stored, read) -> List.of(Touch.trainingRecord(record.key(), stored, read)),
                (unit, stored) -> {
                    Optional<TrainingRecord> before = stored.trainingRecords().stream()
                            .filter(r -> r.key().equals(record.key())).findFirst();
                    Operation operation = before.isEmpty() ? Operation.TRAINING_RECORD_CREATE
                            : Operation.TRAINING_RECORD_EDIT;
                    String ids = AuditRecords.ids(List.of(record.officerId(), record.courseCode()));
                    unit.require(operation, ids, null);
                    return new Change<>(stored.withTrainingRecords(upsert(stored.trainingRecords(), List.of(record),
                            TrainingRecord::key)), store -> {
                                store.trainingRecords().save(record);
                                unit.record(operation, ids, describe(record.key()) + before
                                        .map(b -> ": " + ChangedFields.describe(b, record)).orElse(": created"));
                                return null;
                            });
                });
    }

    @Override
    public void saveTrainingRecords(List<TrainingRecord> records, Caseload basedOn) {
        write(large(records.size()), today(), basedOn,
                (stored, read) -> records.stream().map(r -> Touch.trainingRecord(r.key(), stored, read)).toList(),
                (unit, stored) -> {
                    String counts = AuditRecords.counts(Map.of("trainingRecords", records.size()));
                    unit.require(Operation.TRAINING_RECORD_IMPORT, counts, null);
                    return new Change<>(stored.withTrainingRecords(upsert(stored.trainingRecords(), records,
                            TrainingRecord::key)), store -> {
                                for (TrainingRecord record : records) {
                                    store.trainingRecords().save(record);
                                }
                                unit.record(Operation.TRAINING_RECORD_IMPORT, counts, records.size()
                                        + " training records added or updated, for officers " + records.stream()
                                        .map(TrainingRecord::officerId).distinct().collect(Collectors.joining(", ")));
                                return null;
                            });
                });
    }

    @Override
    public void deleteTrainingRecord(TrainingRecord.Key key, Caseload basedOn) {
        write(today(), basedOn, (stored, read) -> List.of(Touch.trainingRecord(key, stored, read)),
                (unit, stored) -> {
                    String ids = AuditRecords.ids(List.of(key.officerId(), key.courseCode()));
                    unit.require(Operation.TRAINING_RECORD_DELETE, ids, null);
                    List<TrainingRecord> remaining = new ArrayList<>(stored.trainingRecords());
                    if (!remaining.removeIf(r -> r.key().equals(key))) {
                        throw new InvalidInputException("trainingRecords[" + key.officerId() + ", " + key.courseCode()
                                + ", " + key.completedOn() + "]", "no such training record");
                    }
                    return new Change<>(stored.withTrainingRecords(remaining), store -> {
                        store.trainingRecords().delete(key);
                        unit.record(Operation.TRAINING_RECORD_DELETE, ids, describe(key) + " deleted");
                        return null;
                    });
                });
    }

    @Override
    public void applyAllocation(Map<String, String> threatToOfficer, Caseload basedOn, AllocationReason reason,
            Map<String, String> rationaleByThreat) {
        allocate(Operation.THREAT_MOVE, threatToOfficer, basedOn, reason, rationaleByThreat);
    }

    @Override
    public void acceptPlan(Map<String, String> threatToOfficer, Caseload basedOn,
            Map<String, String> rationaleByThreat) {
        allocate(Operation.PLAN_ACCEPT, threatToOfficer, basedOn, AllocationReason.PLANNER, rationaleByThreat);
    }

    private void allocate(Operation operation, Map<String, String> threatToOfficer, Caseload basedOn,
            AllocationReason reason, Map<String, String> rationaleByThreat) {
        write(large(threatToOfficer.size()), today(), basedOn,
                (stored, read) -> Touch.allocation(threatToOfficer, stored, read),
                (unit, stored) -> {
                    String ids = AuditRecords.ids(threatToOfficer.keySet());
                    unit.require(operation, ids, null);
                    requireThreats(stored, threatToOfficer.keySet(), "allocation");
                    String moves = threatToOfficer.entrySet().stream()
                            .map(e -> e.getKey() + ": " + officerName(stored.threat(e.getKey()).orElseThrow()
                                    .officerId()) + " → " + officerName(e.getValue()))
                            .collect(Collectors.joining("; "));
                    return new Change<>(stored.withThreats(stored.threats().stream()
                            .map(t -> threatToOfficer.containsKey(t.id()) ? t.withOfficerId(threatToOfficer.get(t.id()))
                                    : t)
                            .toList()), store -> {
                                for (Map.Entry<String, String> assignment : threatToOfficer.entrySet()) {
                                    store.threats().assign(assignment.getKey(), assignment.getValue());
                                }
                                unit.record(operation, ids, moves.isEmpty() ? "no threat changes officer" : moves);
                                return null;
                            }, (threatId, isNew) -> new Attribution(reason, rationaleByThreat.get(threatId)));
                });
    }

    @Override
    public void setPinned(String threatId, boolean pinned, Caseload basedOn) {
        Operation operation = pinned ? Operation.THREAT_PIN : Operation.THREAT_UNPIN;
        write(today(), basedOn, (stored, read) -> List.of(Touch.threat(threatId, stored, read)),
                (unit, stored) -> {
                    String ids = AuditRecords.ids(List.of(threatId));
                    unit.require(operation, ids, null);
                    requireThreats(stored, List.of(threatId), "threats");
                    return new Change<>(stored.withThreats(stored.threats().stream()
                            .map(t -> t.id().equals(threatId) ? t.withPinned(pinned) : t)
                            .toList()), store -> {
                                store.threats().setPinned(threatId, pinned);
                                unit.record(operation, ids, threatId + (pinned ? " pinned" : " unpinned"));
                                return null;
                            });
                });
    }

    // ---- evidence: 4P plans, mentoring sessions, history -------------------------------------------------

    @Override
    public void savePlanActions(String threatId, List<PlanAction> actions, Caseload basedOn) {
        write(today(), basedOn, (stored, read) -> List.of(Touch.plan(threatId, stored, read)), (unit, stored) -> {
            String ids = AuditRecords.ids(List.of(threatId));
            String lead = stored.threat(threatId).map(Threat::officerId).orElse(null);
            unit.require(Operation.PLAN_EDIT, ids, null, actor -> actor.leads(lead),
                    "an account linked to the officer who leads the threat");
            requireThreats(stored, List.of(threatId), "threats");
            ThreatPlan before = stored.plan(threatId);
            ThreatPlan after = before.withActions(actions);
            return new Change<>(withPlan(stored, threatId, after), store -> {
                store.plans().replace(threatId, after);
                unit.record(Operation.PLAN_EDIT, ids, threatId + ": 4P plan actions " + describeActions(before, after));
                return null;
            });
        });
    }

    @Override
    public void recordReview(String threatId, PlanReview review, Caseload basedOn) {
        write(today(), basedOn, (stored, read) -> List.of(Touch.plan(threatId, stored, read),
                Touch.threat(threatId, stored, read)), (unit, stored) -> {
            String ids = AuditRecords.ids(List.of(threatId));
            unit.require(Operation.PLAN_REVIEW, ids, null);
            requireThreats(stored, List.of(threatId), "threats");
            ThreatPlan plan = stored.plan(threatId);
            List<PlanReview> reviews = new ArrayList<>(plan.reviews());
            reviews.add(review);
            Caseload withReview = withPlan(stored, threatId, plan.withReviews(reviews));
            // Recording the latest review sets the threat's next review date (evidence.md "4P plans").
            boolean latest = review.on() != null && isLatest(plan, review);
            Caseload after = latest ? withReview.withThreats(withReview.threats().stream().map(t -> t.id()
                    .equals(threatId) ? t.withNextReviewDue(review.nextReviewDue()) : t).toList()) : withReview;
            return new Change<>(after, store -> {
                store.plans().replace(threatId, after.plan(threatId));
                Threat threat = after.threat(threatId).orElseThrow();
                if (!threat.equals(stored.threat(threatId).orElseThrow())) {
                    store.threats().save(threat);
                }
                unit.record(Operation.PLAN_REVIEW, ids, threatId + ": 4P plan reviewed on " + review.on()
                        + (latest ? "; next review due " + (review.nextReviewDue() == null ? "not set"
                        : review.nextReviewDue()) : "; an earlier review, the next review date is unchanged"));
                return null;
            });
        });
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

    /** Which actions an edit adds, changes and removes, by id. */
    private static String describeActions(ThreatPlan before, ThreatPlan after) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (PlanAction action : after.actions()) {
            Optional<PlanAction> old = before.action(action.id());
            if (old.isEmpty()) {
                added.add(action.id());
            } else if (!old.get().equals(action)) {
                changed.add(action.id() + " (" + ChangedFields.describe(old.get(), action) + ")");
            }
        }
        List<String> removed = before.actions().stream().map(PlanAction::id)
                .filter(id -> after.action(id).isEmpty()).toList();
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add("added " + String.join(", ", added));
        }
        if (!changed.isEmpty()) {
            parts.add("changed " + String.join(", ", changed));
        }
        if (!removed.isEmpty()) {
            parts.add("removed " + String.join(", ", removed));
        }
        return parts.isEmpty() ? "unchanged" : String.join("; ", parts);
    }

    @Override
    public void saveMentoringSession(MentoringSession session, Caseload basedOn) {
        write(today(), basedOn, (stored, read) -> List.of(Touch.mentoringSession(session.key(), stored, read)),
                (unit, stored) -> {
                    Optional<MentoringSession> before = stored.mentoringSessions().stream()
                            .filter(s -> s.key().equals(session.key())).findFirst();
                    Operation operation = before.isEmpty() ? Operation.MENTORING_SESSION_CREATE
                            : Operation.MENTORING_SESSION_EDIT;
                    String ids = AuditRecords.ids(List.of(session.mentorId(), session.menteeId()));
                    unit.require(operation, ids, null);
                    return new Change<>(stored.withMentoringSessions(upsert(stored.mentoringSessions(),
                            List.of(session), MentoringSession::key)), store -> {
                                store.mentoringSessions().save(session);
                                unit.record(operation, ids, describe(session.key()) + before
                                        .map(b -> ": " + ChangedFields.describe(b, session)).orElse(": recorded"));
                                return null;
                            });
                });
    }

    @Override
    public void deleteMentoringSession(MentoringSession.Key key, Caseload basedOn) {
        write(today(), basedOn, (stored, read) -> List.of(Touch.mentoringSession(key, stored, read)),
                (unit, stored) -> {
                    String ids = AuditRecords.ids(List.of(key.mentorId(), key.menteeId()));
                    unit.require(Operation.MENTORING_SESSION_DELETE, ids, null);
                    List<MentoringSession> remaining = new ArrayList<>(stored.mentoringSessions());
                    if (!remaining.removeIf(s -> s.key().equals(key))) {
                        throw new InvalidInputException("mentoringSessions[" + key.mentorId() + ", " + key.menteeId()
                                + ", " + key.on() + "]", "no such mentoring session");
                    }
                    return new Change<>(stored.withMentoringSessions(remaining), store -> {
                        store.mentoringSessions().delete(key);
                        unit.record(Operation.MENTORING_SESSION_DELETE, ids, describe(key) + " deleted");
                        return null;
                    });
                });
    }

    private static String describe(MentoringSession.Key key) {
        return "mentoring session of " + key.mentorId() + " with " + key.menteeId() + " on " + key.on();
    }

    @Override
    public List<AllocationChange> allocationHistory() {
        checkOpen();
        return guard.read(unit -> {
            unit.require(Operation.READ);
            return unit.store().allocationHistory().findAll();
        });
    }

    @Override
    public List<WorkloadDay> workloadHistory(LocalDate last) {
        checkOpen();
        return guard.read(unit -> {
            unit.require(Operation.READ);
            return unit.store().workloadHistory().findUpTo(last);
        });
    }

    @Override
    public StoredEvidence readEvidence(Operation operation, LocalDate asOf, List<String> records, String detail) {
        checkOpen();
        String ids = records == null ? null : AuditRecords.ids(records);
        return guard.record(unit -> {
            Actor actor = unit.require(operation, ids, detail);
            StoredEvidence evidence = new StoredEvidence(visibleTo(actor, unit.store().load(asOf)),
                    unit.store().allocationHistory().findAll(), unit.store().workloadHistory().findUpTo(asOf));
            unit.record(operation, ids, detail);
            return evidence;
        });
    }

    @Override
    public InspectionFacts inspectionReport(LocalDate asOf, LocalDate from, Disclosure disclosure, String detail) {
        checkOpen();
        return guard.record(unit -> {
            StoredAccessService.requireReasonForDisclosure(unit, Operation.REPORT, disclosure);
            Actor actor = unit.require(Operation.REPORT, null, detail);
            // The entry is written before the report it describes is produced (access.md).
            unit.record(Operation.REPORT, null, detail, disclosure);
            CaseloadStore store = unit.store();
            return InspectionFacts.of(force.unitName(), visibleTo(actor, store.load(asOf)),
                    store.workloadHistory().findUpTo(asOf), store.allocationHistory().findAll(), from,
                    producedBy(actor), guard.now(), force.timeZone());
        });
    }

    /** Who produced a report, as its cover names them: the account's name and user name. */
    private static String producedBy(Actor actor) {
        if (actor.openMode() || actor.displayName() == null || actor.displayName().isBlank()
                || actor.displayName().equals(actor.userName())) {
            return actor.auditName();
        }
        return actor.displayName() + " (" + actor.userName() + ")";
    }

    @Override
    public void close() {
        closed = true;
    }

    @FunctionalInterface
    interface StoreWrite<T> {
        T apply(CaseloadStore store) throws SQLException;
    }

    /**
     * A write worked out: the whole store as it would be afterwards, how to write (and audit) it, and why any
     * threat's officer it changes changed, as the allocation history records it.
     */
    record Change<T>(Caseload after, StoreWrite<T> persist, Attributor why) {

        /** A write that changes no officer on purpose; should one ever do, it is still recorded. */
        Change(Caseload after, StoreWrite<T> persist) {
            this(after, persist, (threatId, isNew) -> new Attribution(AllocationReason.OTHER, null));
        }
    }

    /** Why a write changed a threat's officer, as the allocation history records it. */
    record Attribution(AllocationReason reason, String rationale) {
    }

    /** Decides the attribution of a change of officer: the threat, and whether the write created it. */
    @FunctionalInterface
    interface Attributor {
        Attribution of(String threatId, boolean newThreat);
    }

    @FunctionalInterface
    private interface Planned<T> {
        Change<T> plan(Guard.Unit unit, Caseload stored) throws SQLException;
    }

    /** Which records a write would overwrite, as stored now and as the desk read them. */
    @FunctionalInterface
    private interface Touches {
        List<Touch> of(Caseload stored, Caseload read);
    }

    @Override
    public List<Scenario> scenarios() {
        checkOpen();
        return guard.read(unit -> {
            unit.require(Operation.READ);
            return unit.store().scenarios().findAll();
        });
    }

    @Override
    public void saveScenario(Scenario scenario) {
        checkOpen();
        String name = scenario.name() == null ? "" : scenario.name().strip();
        String ids = AuditRecords.ids(List.of(name));
        guard.unit(unit -> {
            unit.require(Operation.SCENARIO_SAVE, ids, null);
            if (name.isEmpty() || name.length() > 200) {
                throw new InvalidInputException("name", "a scenario needs a name of 1 to 200 characters");
            }
            Scenario named = new Scenario(name, scenario.changes(), scenario.version());
            unit.store().scenarios().save(named);
            return unit.record(Operation.SCENARIO_SAVE, ids, "scenario \"" + name + "\" saved");
        });
    }

    @Override
    public void deleteScenario(String name) {
        checkOpen();
        String ids = AuditRecords.ids(List.of(name));
        guard.unit(unit -> {
            unit.require(Operation.SCENARIO_DELETE, ids, null);
            unit.store().scenarios().delete(name);
            return unit.record(Operation.SCENARIO_DELETE, ids, "scenario \"" + name + "\" deleted");
        });
    }

    /**
     * One write, under the store's write lock: {@code planned} requires its operations of the acting account,
     * then gives the whole store as it would be afterwards (throwing {@link InvalidInputException} for what it
     * cannot apply); the records it {@code touches} must be as in {@code basedOn} (what the desk read; null:
     * whatever is stored), else {@link StaleRecordException}; the result is validated; then its persist step
     * writes the change and its audit entries, in the same transaction. A {@code large} write commits on a copy
     * of an H2 file that replaces it whole; everything before the persist step runs first, on the file as it is,
     * so a refused, stale or invalid write copies nothing.
     */
    private <T> T write(LocalDate asOf, Caseload basedOn, Touches touches, Planned<T> planned) {
        return write(false, asOf, basedOn, touches, planned);
    }

    private <T> T write(boolean large, LocalDate asOf, Caseload basedOn, Touches touches, Planned<T> planned) {
        checkOpen();
        return guard.unit(large, unit -> {
            Caseload stored = unit.store().load(asOf);
            Change<T> change = planned.plan(unit, stored);
            if (basedOn != null) {
                // The desk read the store as this account may see it: compare like with like.
                Touch.requireUnchanged(unit.store(), touches.of(visibleTo(unit.actor(), stored), basedOn));
            }
            List<Problem> problems = validator.validate(change.after().withAsOf(asOf));
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return writing -> {
                T result = change.persist().apply(writing.store());
                Instant at = guard.now().truncatedTo(ChronoUnit.MILLIS);
                recordAllocationChanges(writing, stored, change.after(), change.why(), at);
                // Today's record is the state as it stands now (evidence.md "Workload history").
                writing.store().workloadHistory().save(WorkloadDay.of(change.after(), LocalDate.ofInstant(at,
                        force.timeZone())));
                return result;
            };
        });
    }

    private static void recordAllocationChanges(Guard.Unit unit, Caseload before, Caseload after,
            Attributor attributor, Instant at) throws SQLException {
        Map<String, String> from = officerByThreat(before);
        Map<String, String> to = officerByThreat(after);
        Set<String> threatIds = new LinkedHashSet<>(from.keySet());
        threatIds.addAll(to.keySet());
        for (String threatId : threatIds) {
            String fromOfficer = from.get(threatId);
            String toOfficer = to.get(threatId);
            if (!Objects.equals(fromOfficer, toOfficer)) {
                Attribution why = attributor.of(threatId, !from.containsKey(threatId));
                unit.store().allocationHistory().append(new AllocationChange(at, unit.actor().auditName(), threatId,
                        fromOfficer, toOfficer, why.reason(), why.rationale()));
            }
        }
    }

    /** Threat id to officer id (null: none), in register order: a replace import may drop threats. */
    private static Map<String, String> officerByThreat(Caseload caseload) {
        Map<String, String> officers = new LinkedHashMap<>();
        caseload.threats().forEach(t -> officers.put(t.id(), t.officerId()));
        return officers;
    }

    /** What {@code actor} may see: absence reasons (possibly health data) only for manager, supervisor, admin. */
    static Caseload visibleTo(Actor actor, Caseload caseload) {
        if (actor.seesAbsenceReasons()) {
            return caseload;
        }
        return caseload.withOfficers(caseload.officers().stream().map(o -> o.absences().isEmpty() ? o
                : new Officer(o.id(), o.name(), o.rank(), o.unit(), o.area(), o.weeklyHours(), o.pipLevel(),
                        o.skills(), o.mentorId(), o.reductions(),
                        o.absences().stream().map(a -> new Absence(a.from(), a.until(), null)).toList(), o.active()))
                .toList());
    }

    /** An officer saved by someone who was shown absences without reasons keeps the stored reasons. */
    private static Officer withStoredAbsenceReasons(Officer officer, Caseload stored) {
        Officer before = stored.officersById().get(officer.id());
        if (before == null) {
            return officer;
        }
        List<Absence> absences = officer.absences().stream().map(a -> a.reason() != null ? a
                : before.absences().stream().filter(b -> b.from().equals(a.from()) && b.until().equals(a.until()))
                        .findFirst().orElse(a))
                .toList();
        return new Officer(officer.id(), officer.name(), officer.rank(), officer.unit(), officer.area(),
                officer.weeklyHours(), officer.pipLevel(), officer.skills(), officer.mentorId(), officer.reductions(),
                absences, officer.active());
    }

    private static String officerName(String officerId) {
        return officerId == null ? "none" : officerId;
    }

    private static String describe(TrainingRecord.Key key) {
        return key.officerId() + " " + key.courseCode() + " completed " + key.completedOn();
    }

    private static Map<String, Integer> counts(Caseload caseload) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("categories", caseload.categories().size());
        counts.put("courses", caseload.courses().size());
        counts.put("officers", caseload.officers().size());
        counts.put("trainingRecords", caseload.trainingRecords().size());
        counts.put("threats", caseload.threats().size());
        if (!caseload.mentoringSessions().isEmpty()) {
            counts.put("mentoringSessions", caseload.mentoringSessions().size());
        }
        return counts;
    }

    /** "9 categories, 9 training records, 31 threats": the audit detail is read by people, the counts' keys by code. */
    private static String summary(Caseload caseload) {
        return counts(caseload).entrySet().stream()
                .map(e -> e.getValue() + " " + (e.getKey().equals("trainingRecords") ? "training records" : e.getKey()))
                .collect(Collectors.joining(", "));
    }

    /** How many stored records of each kind an import replacing everything with {@code dataset} removes. */
    private static Map<String, Integer> removed(Caseload stored, Caseload dataset) {
        Map<String, Integer> removed = new LinkedHashMap<>();
        removed.put("categories", missing(stored.categories(), dataset.categories(), Category::code));
        removed.put("courses", missing(stored.courses(), dataset.courses(), Course::code));
        removed.put("officers", missing(stored.officers(), dataset.officers(), Officer::id));
        removed.put("trainingRecords", missing(stored.trainingRecords(), dataset.trainingRecords(),
                TrainingRecord::key));
        removed.put("threats", missing(stored.threats(), dataset.threats(), Threat::id));
        int sessions = missing(stored.mentoringSessions(), dataset.mentoringSessions(), MentoringSession::key);
        if (sessions > 0) {
            removed.put("mentoringSessions", sessions);
        }
        return removed;
    }

    private static <T, K> int missing(List<T> stored, List<T> kept, Function<T, K> key) {
        Set<K> keptKeys = kept.stream().map(key).collect(Collectors.toSet());
        return (int) stored.stream().map(key).filter(k -> !keptKeys.contains(k)).count();
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

    void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the caseload service has been closed");
        }
    }
}
