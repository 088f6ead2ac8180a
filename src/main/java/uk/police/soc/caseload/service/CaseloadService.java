package uk.police.soc.caseload.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.police.soc.caseload.domain.AllocationChange;
import uk.police.soc.caseload.domain.AllocationReason;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.MentoringSession;
import uk.police.soc.caseload.domain.PlanAction;
import uk.police.soc.caseload.domain.PlanReview;
import uk.police.soc.caseload.domain.WorkloadDay;
import uk.police.soc.caseload.report.inspection.InspectionFacts;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.TrainingRecord;
import uk.police.soc.caseload.domain.access.Disclosure;
import uk.police.soc.caseload.domain.access.Operation;
import uk.police.soc.caseload.domain.scenario.Scenario;

/**
 * The application service layer: every write to the store goes through here, each in one transaction. Each
 * operation first checks that the acting account may do it (see {@link Operation}), refusing with
 * {@link uk.police.soc.caseload.domain.access.NotAllowedException} otherwise, and records its audit entry in the
 * same transaction as the change. Each write validates the store as it would be afterwards with the same rules
 * as an import, and throws {@link uk.police.soc.caseload.domain.InvalidInputException} (changing nothing) when
 * they fail.
 */
public interface CaseloadService extends AutoCloseable {

    /** The store as the window title and messages name it (an H2 file, or a PostgreSQL database and user). */
    default String storeName() {
        return "in memory";
    }

    /** How many writes the store has committed: a desk compares it to see whether another desk changed it. */
    default long changeCount() {
        return 0;
    }

    /** Starts listening for other desks' commits; the caller closes it. */
    default LiveUpdates liveUpdates() {
        return new LiveUpdates() {
            @Override
            public long awaitChange(long seen, java.time.Duration atMost) {
                try {
                    Thread.sleep(atMost.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return changeCount();
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * Everything stored, judged on {@code asOf}, for the app's screens: needs a signed-in account (any role) but
     * is not audited by itself (the session's entries list the screens). Absence reasons are left out for
     * accounts that may not see them.
     */
    Caseload load(LocalDate asOf);

    /**
     * Reads for a reporting command ({@code summary}, {@code solve}, …) and records its consultation or
     * combination entry after reading, in the same transaction.
     */
    Caseload read(Operation operation, LocalDate asOf, List<String> records, String detail);

    /**
     * Records the disclosure entry and then reads what is disclosed, in one transaction; the caller writes the
     * file afterwards. In sign-in mode the justification and recipient are required (invalid input otherwise).
     */
    Caseload disclose(Operation operation, Disclosure disclosure, LocalDate asOf, String detail);

    /** Accounts, sessions and the audit trail of this store. */
    AccessService access();

    /**
     * An online, consistent copy of everything (records, policy, accounts, audit trail, every table) in one
     * portable file, readable by its owner only, encrypted with the database's file password when the database
     * is encrypted. A disclosure (admin): its entry is written first, so the backup holds it.
     */
    BackupSummary backup(java.nio.file.Path file, Disclosure disclosure);

    /**
     * The app's rolling backup (access.md): once a day, when the store's setting is on and it is an H2 file, a
     * backup named by the day in a folder beside the database, keeping the last {@code keepDays}; returns the
     * file written, or empty when there was nothing to do (off, a server store, or today's already there).
     */
    default java.util.Optional<java.nio.file.Path> rollingBackup(int keepDays) {
        return java.util.Optional.empty();
    }

    /**
     * Copies everything this store holds (records, policy, accounts, audit trail, history) into the new, empty
     * store {@code target} names (an H2 path or a PostgreSQL URL), exactly; returns the rows copied per table. A
     * disclosure (admin, access.md): its entry is committed here first, so the copy holds it.
     */
    default Map<String, Long> copyTo(String target, Disclosure disclosure) {
        throw new UnsupportedOperationException("this service cannot copy its store");
    }

    /**
     * Switches H2 file encryption on (or changes its key) with {@code newFilePassword}, or off with null, in
     * place (admin; {@code encrypt}/{@code decrypt}). The service is closed afterwards: open the database again
     * with its new password.
     */
    void changeEncryption(char[] newFilePassword);

    /** True when the store is an encrypted H2 file. */
    boolean encrypted();

    /**
     * Imports a dataset in one transaction. Merge (replace false): adds or updates records by id (training
     * records by officer, course and completion date) and stores the dataset's policy. Replace: the store holds
     * exactly the dataset's data afterwards.
     */
    ImportSummary importCaseload(Caseload dataset, boolean replace);

    Policy policy();

    default void savePolicy(Policy policy) {
        savePolicy(policy, null);
    }

    /**
     * Saves the policy as edited from {@code basedOn}, the caseload this desk read (null: whatever is stored).
     * Every {@code basedOn} write is refused with {@link StaleRecordException}, changing nothing, when a record
     * it would overwrite is no longer as in {@code basedOn}: another desk saved it meanwhile.
     */
    void savePolicy(Policy policy, Caseload basedOn);

    /** Creates or updates a threat by id. */
    default void saveThreat(Threat threat) {
        saveThreat(threat, null);
    }

    /**
     * As {@link #saveThreat(Threat)}, refused when the threat changed since {@code basedOn} was read. A change of
     * its officer is recorded in the allocation history as {@code NEW_THREAT} for a new threat, else
     * {@code OTHER}: callers that know why use {@link #saveThreat(Threat, Caseload, AllocationReason, String)}.
     */
    default void saveThreat(Threat threat, Caseload basedOn) {
        saveThreat(threat, basedOn, null, null);
    }

    /** A threat saved with why its officer changed (a move made in the editor). */
    default void saveThreat(Threat threat, AllocationReason reason, String rationale) {
        saveThreat(threat, null, reason, rationale);
    }

    /**
     * As {@link #saveThreat(Threat, Caseload)}; when that changes its officer, the allocation history records
     * {@code reason} (null: {@code NEW_THREAT} for a new threat, else {@code OTHER}) and {@code rationale}.
     */
    void saveThreat(Threat threat, Caseload basedOn, AllocationReason reason, String rationale);

    /** Creates or updates an officer by id. */
    default void saveOfficer(Officer officer) {
        saveOfficers(List.of(officer));
    }

    /** As {@link #saveOfficer(Officer)}, refused when the officer changed since {@code basedOn} was read. */
    default void saveOfficer(Officer officer, Caseload basedOn) {
        saveOfficers(List.of(officer), basedOn);
    }

    /** Creates or updates several officers by id in one transaction, e.g. a mentee and their mentor. */
    default void saveOfficers(List<Officer> officers) {
        saveOfficers(officers, null);
    }

    /** As {@link #saveOfficers(List)}, refused when any of them changed since {@code basedOn} was read. */
    void saveOfficers(List<Officer> officers, Caseload basedOn);

    /** Creates or updates a course by code. */
    default void saveCourse(Course course) {
        saveCourse(course, null);
    }

    void saveCourse(Course course, Caseload basedOn);

    /**
     * Deletes a course in one transaction; refused (InvalidInputException) when no course has that code or any
     * training record still refers to it.
     */
    default void deleteCourse(String code) {
        deleteCourse(code, null);
    }

    void deleteCourse(String code, Caseload basedOn);

    /** Creates or updates a training record by officer, course and completion date. */
    default void saveTrainingRecord(TrainingRecord record) {
        saveTrainingRecord(record, null);
    }

    /** One record (audited as created or edited, where {@link #saveTrainingRecords} is an import). */
    default void saveTrainingRecord(TrainingRecord record, Caseload basedOn) {
        saveTrainingRecords(List.of(record), basedOn);
    }

    default void deleteTrainingRecord(TrainingRecord.Key key) {
        deleteTrainingRecord(key, null);
    }

    void deleteTrainingRecord(TrainingRecord.Key key, Caseload basedOn);

    /** Adds or updates many training records at once (e.g. a CSV import): all or nothing. */
    default void saveTrainingRecords(List<TrainingRecord> records) {
        saveTrainingRecords(records, null);
    }

    void saveTrainingRecords(List<TrainingRecord> records, Caseload basedOn);

    /** Gives threats new officers (threat id to officer id, null for none) in one transaction. */
    default void applyAllocation(Map<String, String> threatToOfficer) {
        applyAllocation(threatToOfficer, null);
    }

    /**
     * Accepts a plan made from {@code basedOn} (the caseload the planner run started from): refused with
     * {@link StaleRecordException}, changing nothing, when a threat it moves or an officer who gains or loses
     * one is no longer as the run saw it.
     */
    default void applyAllocation(Map<String, String> threatToOfficer, Caseload basedOn) {
        applyAllocation(threatToOfficer, basedOn, AllocationReason.OTHER, Map.of());
    }

    /** New officers with why, as the allocation history keeps it (no check against what a desk read). */
    default void applyAllocation(Map<String, String> threatToOfficer, AllocationReason reason,
            Map<String, String> rationaleByThreat) {
        applyAllocation(threatToOfficer, null, reason, rationaleByThreat);
    }

    /**
     * As {@link #applyAllocation(Map, Caseload)}; each change is recorded in the allocation history with
     * {@code reason} and the threat's rationale from {@code rationaleByThreat} (absent: none). An accepted planner
     * proposal passes {@code PLANNER} and the planner's explanation of each move.
     */
    void applyAllocation(Map<String, String> threatToOfficer, Caseload basedOn, AllocationReason reason,
            Map<String, String> rationaleByThreat);

    /** As {@link #applyAllocation(Map)}, for an accepted planner proposal (audited as {@code plan.accept}). */
    default void acceptPlan(Map<String, String> threatToOfficer) {
        acceptPlan(threatToOfficer, null);
    }

    /** As {@link #applyAllocation(Map, Caseload)}, for an accepted planner proposal ({@code plan.accept}). */
    default void acceptPlan(Map<String, String> threatToOfficer, Caseload basedOn) {
        acceptPlan(threatToOfficer, basedOn, Map.of());
    }

    /**
     * As {@link #acceptPlan(Map, Caseload)}; the allocation history records each move with reason
     * {@code PLANNER} and the planner's explanation from {@code rationaleByThreat}.
     */
    void acceptPlan(Map<String, String> threatToOfficer, Caseload basedOn, Map<String, String> rationaleByThreat);

    default void setPinned(String threatId, boolean pinned) {
        setPinned(threatId, pinned, null);
    }

    void setPinned(String threatId, boolean pinned, Caseload basedOn);

    /** The date of the last dataset imported and the planning date last chosen, each null when not known. */
    default uk.police.soc.caseload.domain.PlanningDates planningDates() {
        return uk.police.soc.caseload.domain.PlanningDates.NONE;
    }

    /** Remembers the planning date chosen in the app, so that the database opens on it next time. */
    default void rememberPlanningDate(LocalDate day) {
    }

    // ---- evidence: 4P plans, mentoring sessions, history -------------------------------------------------

    /** Replaces the actions of a threat's 4P plan (its reviews stay). */
    default void savePlanActions(String threatId, List<PlanAction> actions) {
        savePlanActions(threatId, actions, null);
    }

    /**
     * As {@link #savePlanActions(String, List)}, refused with {@link StaleRecordException} when the threat's plan
     * changed since {@code basedOn} was read. Allowed to manager and supervisor, and to an account linked to the
     * officer who leads the threat.
     */
    void savePlanActions(String threatId, List<PlanAction> actions, Caseload basedOn);

    /**
     * Records a review of a threat's 4P plan. When it is the latest review by date, the threat's
     * {@code nextReviewDue} becomes the review's.
     */
    default void recordReview(String threatId, PlanReview review) {
        recordReview(threatId, review, null);
    }

    /** As {@link #recordReview(String, PlanReview)}, refused when the plan or threat changed since {@code basedOn}. */
    void recordReview(String threatId, PlanReview review, Caseload basedOn);

    /** Adds a mentoring session, or updates the one with the same mentor, mentee and date. */
    default void saveMentoringSession(MentoringSession session) {
        saveMentoringSession(session, null);
    }

    void saveMentoringSession(MentoringSession session, Caseload basedOn);

    default void deleteMentoringSession(MentoringSession.Key key) {
        deleteMentoringSession(key, null);
    }

    void deleteMentoringSession(MentoringSession.Key key, Caseload basedOn);

    /** Every recorded change of a threat's LRO, oldest first, for the app's screens (not audited by itself). */
    List<AllocationChange> allocationHistory();

    /** The daily workload records of every day up to and including {@code last}, oldest first, for the app. */
    List<WorkloadDay> workloadHistory(LocalDate last);

    /**
     * The caseload on {@code asOf}, the allocation history and the workload records up to {@code asOf}, read in
     * one transaction for an evidence command ({@code history}, {@code trend}), which records its consultation
     * entry after reading.
     */
    StoredEvidence readEvidence(Operation operation, LocalDate asOf, List<String> records, String detail);

    /**
     * Every figure of the inspection report on {@code asOf}, for the period from {@code from} (null: 90 days
     * before), read in one transaction. Producing it is a disclosure: its entry (with {@code detail}) is written
     * first; in sign-in mode the justification and recipient are required.
     */
    InspectionFacts inspectionReport(LocalDate asOf, LocalDate from, Disclosure disclosure, String detail);

    /** Today in the force's time zone, by the service's clock: the day a change made now belongs to. */
    LocalDate today();

    /** The force's own settings (unit name, time zone). */
    default ForceConfig force() {
        return ForceConfig.DEFAULTS;
    }

    /** The saved what-if scenarios, by name. */
    List<Scenario> scenarios();

    /**
     * Saves a scenario under its name, in one transaction; one of that name is replaced only when
     * {@code scenario} carries the version it was read at (else InvalidInputException, nothing changed).
     */
    void saveScenario(Scenario scenario);

    void deleteScenario(String name);

    /** Releases what the service holds; it must not be used afterwards. */
    @Override
    default void close() {
    }

    /** How many records of each kind an import added or updated. */
    record ImportSummary(int categories, int courses, int officers, int trainingRecords, int threats) {
    }
}
