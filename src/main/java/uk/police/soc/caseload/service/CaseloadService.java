package uk.police.soc.caseload.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.police.soc.caseload.domain.Caseload;
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

    /** Creates or updates a threat by id. */
    void saveThreat(Threat threat);

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

    /** Gives threats new officers (threat id to officer id, null for none) in one transaction. */
    void applyAllocation(Map<String, String> threatToOfficer);

    void setPinned(String threatId, boolean pinned);

    /** The date of the last dataset imported and the planning date last chosen, each null when not known. */
    default uk.police.soc.caseload.domain.PlanningDates planningDates() {
        return uk.police.soc.caseload.domain.PlanningDates.NONE;
    }

    /** Remembers the planning date chosen in the app, so that the database opens on it next time. */
    default void rememberPlanningDate(LocalDate day) {
    }

    /** Releases what the service holds; it must not be used afterwards. */
    @Override
    default void close() {
    }

    /** How many records of each kind an import added or updated. */
    record ImportSummary(int categories, int courses, int officers, int trainingRecords, int threats) {
    }
}
