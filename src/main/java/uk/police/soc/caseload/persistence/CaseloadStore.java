package uk.police.soc.caseload.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Category;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.TrainingRecord;

/** The repositories of every record kind, over the connection of one unit of work. */
public final class CaseloadStore {

    private final CategoryRepository categories;
    private final CourseRepository courses;
    private final OfficerRepository officers;
    private final TrainingRecordRepository trainingRecords;
    private final ThreatRepository threats;
    private final PolicyRepository policy;
    private final PlanningDateRepository planningDates;

    public CaseloadStore(Connection connection) {
        categories = new CategoryRepository(connection);
        courses = new CourseRepository(connection);
        officers = new OfficerRepository(connection);
        trainingRecords = new TrainingRecordRepository(connection);
        threats = new ThreatRepository(connection);
        policy = new PolicyRepository(connection);
        planningDates = new PlanningDateRepository(connection);
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

    public PlanningDateRepository planningDates() {
        return planningDates;
    }

    /** Everything stored, judged on {@code asOf}; {@link Policy#DEFAULTS} if no policy was ever stored. */
    public Caseload load(LocalDate asOf) throws SQLException {
        return new Caseload(asOf, policy.find().orElse(Policy.DEFAULTS), categories.findAll(), courses.findAll(),
                officers.findAll(), trainingRecords.findAll(), threats.findAll());
    }

    /** Adds or updates every record of {@code caseload}, keeping the place of those already stored, and its policy. */
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
        policy.save(caseload.policy());
    }

    /** Removes every record; the policy stays. */
    public void deleteAll() throws SQLException {
        threats.deleteAll();
        trainingRecords.deleteAll();
        officers.deleteAll();
        courses.deleteAll();
        categories.deleteAll();
    }
}
