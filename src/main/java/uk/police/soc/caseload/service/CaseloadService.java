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
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.TrainingRecord;

/**
 * The application service layer: every write to the store goes through here, each in one transaction, so
 * that role checks and the audit log have one place to hook in. Each write validates the store as it would
 * be afterwards with the same rules as an import, and throws
 * {@link uk.police.soc.caseload.domain.InvalidInputException} (changing nothing) when they fail.
 */
public interface CaseloadService extends AutoCloseable {

    /** Everything stored, judged on {@code asOf}. */
    Caseload load(LocalDate asOf);

    /**
     * Imports a dataset in one transaction. Merge (replace false): adds or updates records by id (training
     * records by officer, course and completion date) and stores the dataset's policy. Replace: the store holds
     * exactly the dataset's data afterwards.
     */
    ImportSummary importCaseload(Caseload dataset, boolean replace);

    Policy policy();

    void savePolicy(Policy policy);

    /**
     * Creates or updates a threat by id. A change of its officer is recorded in the allocation history as
     * {@code NEW_THREAT} for a new threat, else {@code OTHER}: callers that know why use the overload below.
     */
    default void saveThreat(Threat threat) {
        saveThreat(threat, null, null);
    }

    /**
     * Creates or updates a threat by id; when that changes its officer, the history records {@code reason}
     * ({@code NEW_THREAT} for a new threat when null, else {@code OTHER}) and {@code rationale}.
     */
    void saveThreat(Threat threat, AllocationReason reason, String rationale);

    /** Creates or updates an officer by id. */
    default void saveOfficer(Officer officer) {
        saveOfficers(List.of(officer));
    }

    /** Creates or updates several officers by id in one transaction, e.g. a mentee and their mentor. */
    void saveOfficers(List<Officer> officers);

    /** Creates or updates a course by code. */
    void saveCourse(Course course);

    /**
     * Deletes a course in one transaction; refused (InvalidInputException) when no course has that code or any
     * training record still refers to it.
     */
    void deleteCourse(String code);

    /** Creates or updates a training record by officer, course and completion date. */
    void saveTrainingRecord(TrainingRecord record);

    void deleteTrainingRecord(TrainingRecord.Key key);

    /** Adds or updates many training records at once (e.g. a CSV import): all or nothing. */
    void saveTrainingRecords(List<TrainingRecord> records);

    /** Gives threats new officers (threat id to officer id, null for none) in one transaction, reason OTHER. */
    default void applyAllocation(Map<String, String> threatToOfficer) {
        applyAllocation(threatToOfficer, AllocationReason.OTHER, Map.of());
    }

    /**
     * Gives threats new officers in one transaction; each change is recorded in the allocation history with
     * {@code reason} and the threat's rationale from {@code rationaleByThreat} (absent: none). An accepted planner
     * proposal passes {@code PLANNER} and the planner's explanation of each move.
     */
    void applyAllocation(Map<String, String> threatToOfficer, AllocationReason reason,
            Map<String, String> rationaleByThreat);

    // ---- evidence: 4P plans, mentoring sessions, history -------------------------------------------------

    /** Replaces the actions of a threat's 4P plan (its reviews stay). */
    void savePlanActions(String threatId, List<PlanAction> actions);

    /**
     * Records a review of a threat's 4P plan. When it is the latest review by date, the threat's
     * {@code nextReviewDue} becomes the review's.
     */
    void recordReview(String threatId, PlanReview review);

    /** Adds a mentoring session, or updates the one with the same mentor, mentee and date. */
    void saveMentoringSession(MentoringSession session);

    void deleteMentoringSession(MentoringSession.Key key);

    /** Every recorded change of a threat's LRO, oldest first. */
    List<AllocationChange> allocationHistory();

    /** The daily workload records of every day up to and including {@code last}, oldest first. */
    List<WorkloadDay> workloadHistory(LocalDate last);

    /** Today in the force's time zone, by the service's clock: the day a change made now belongs to. */
    LocalDate today();

    /** The force's own settings (unit name, time zone). */
    default ForceConfig force() {
        return ForceConfig.DEFAULTS;
    }

    void setPinned(String threatId, boolean pinned);

    /** Releases what the service holds; it must not be used afterwards. */
    @Override
    default void close() {
    }

    /** How many records of each kind an import added or updated. */
    record ImportSummary(int categories, int courses, int officers, int trainingRecords, int threats) {
    }
}
