package uk.police.soc.caseload.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Category;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.MentoringSession;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.ThreatPlan;
import uk.police.soc.caseload.domain.TrainingRecord;

/** The repositories of every record kind, over the connection of one unit of work. */
public final class CaseloadStore {

    private final CategoryRepository categories;
    private final CourseRepository courses;
    private final OfficerRepository officers;
    private final TrainingRecordRepository trainingRecords;
    private final ThreatRepository threats;
    private final PolicyRepository policy;
    private final PlanRepository plans;
    private final MentoringSessionRepository mentoringSessions;
    private final AllocationHistoryRepository allocationHistory;
    private final WorkloadHistoryRepository workloadHistory;

    public CaseloadStore(Connection connection) {
        plans = new PlanRepository(connection);
        mentoringSessions = new MentoringSessionRepository(connection);
        allocationHistory = new AllocationHistoryRepository(connection);
        workloadHistory = new WorkloadHistoryRepository(connection);
        categories = new CategoryRepository(connection);
        courses = new CourseRepository(connection);
        officers = new OfficerRepository(connection);
        trainingRecords = new TrainingRecordRepository(connection);
        threats = new ThreatRepository(connection);
        policy = new PolicyRepository(connection);
    }

    public CategoryRepository categories() {
        return categories;
    }

    public CourseRepository courses() {
        return courses;
    }

    public OfficerRepository officers() {
        return officers;
    }

    public TrainingRecordRepository trainingRecords() {
        return trainingRecords;
    }

    public ThreatRepository threats() {
        return threats;
    }

    public PolicyRepository policy() {
        return policy;
    }

    public PlanRepository plans() {
        return plans;
    }

    public MentoringSessionRepository mentoringSessions() {
        return mentoringSessions;
    }

    public AllocationHistoryRepository allocationHistory() {
        return allocationHistory;
    }

    public WorkloadHistoryRepository workloadHistory() {
        return workloadHistory;
    }

    /** Everything stored, judged on {@code asOf}; {@link Policy#DEFAULTS} if no policy was ever stored. */
    public Caseload load(LocalDate asOf) throws SQLException {
        return new Caseload(asOf, policy.find().orElse(Policy.DEFAULTS), categories.findAll(), courses.findAll(),
                officers.findAll(), trainingRecords.findAll(), threats.findAll(), plans.findAll(),
                mentoringSessions.findAll());
    }

    /**
     * Adds or updates every record of {@code caseload}, keeping the place of those already stored, and its policy.
     * The plans it holds replace those threats' stored plans whole; other threats keep theirs.
     */
    public void save(Caseload caseload) throws SQLException {
        for (Category category : caseload.categories()) {
            categories.save(category);
        }
        for (Course course : caseload.courses()) {
            courses.save(course);
        }
        for (Officer officer : caseload.officers()) {
            officers.save(officer);
        }
        for (TrainingRecord record : caseload.trainingRecords()) {
            trainingRecords.save(record);
        }
        for (Threat threat : caseload.threats()) {
            threats.save(threat);
        }
        for (Map.Entry<String, ThreatPlan> plan : caseload.plans().entrySet()) {
            plans.replace(plan.getKey(), plan.getValue());
        }
        for (MentoringSession session : caseload.mentoringSessions()) {
            mentoringSessions.save(session);
        }
        policy.save(caseload.policy());
    }

    /** Removes every record; the policy and the history (allocation and workload) stay. */
    public void deleteAll() throws SQLException {
        mentoringSessions.deleteAll();
        plans.deleteAll();
        threats.deleteAll();
        trainingRecords.deleteAll();
        officers.deleteAll();
        courses.deleteAll();
        categories.deleteAll();
    }
}
