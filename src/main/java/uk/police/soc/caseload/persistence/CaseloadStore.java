package uk.police.soc.caseload.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
    private final PlanningDateRepository planningDates;
    private final PlanRepository plans;
    private final MentoringSessionRepository mentoringSessions;
    private final AllocationHistoryRepository allocationHistory;
    private final WorkloadHistoryRepository workloadHistory;
    private final AccountRepository accounts;
    private final AuditRepository audit;
    private final SettingRepository settings;
    private final ScenarioRepository scenarios;

    /** The repositories, stamping what they save as the operating-system user's, now. */
    public CaseloadStore(Connection connection) {
        this(connection, ChangeStamp.now(ChangeStamp.osUser()));
    }

    /** The repositories, stamping what they save with {@code stamp} (who is saving, and when). */
    public CaseloadStore(Connection connection, ChangeStamp stamp) {
        categories = new CategoryRepository(connection, stamp);
        courses = new CourseRepository(connection, stamp);
        officers = new OfficerRepository(connection, stamp);
        trainingRecords = new TrainingRecordRepository(connection, stamp);
        threats = new ThreatRepository(connection, stamp);
        policy = new PolicyRepository(connection, stamp);
        planningDates = new PlanningDateRepository(connection);
        plans = new PlanRepository(connection, stamp);
        mentoringSessions = new MentoringSessionRepository(connection, stamp);
        allocationHistory = new AllocationHistoryRepository(connection);
        workloadHistory = new WorkloadHistoryRepository(connection);
        scenarios = new ScenarioRepository(connection, stamp);
        accounts = new AccountRepository(connection);
        audit = new AuditRepository(connection);
        settings = new SettingRepository(connection);
    }

    public AccountRepository accounts() {
        return accounts;
    }

    public AuditRepository audit() {
        return audit;
    }

    public SettingRepository settings() {
        return settings;
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

    /** Saved what-if scenarios: not part of the caseload, so neither loaded, exported nor replaced with it. */
    public ScenarioRepository scenarios() {
        return scenarios;
    }

    public PolicyRepository policy() {
        return policy;
    }

    public PlanningDateRepository planningDates() {
        return planningDates;
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
        for (Map.Entry<String, ThreatPlan> plan : caseload.plans().entrySet()) {
            plans.replace(plan.getKey(), plan.getValue());
        }
        for (MentoringSession session : caseload.mentoringSessions()) {
            mentoringSessions.save(session);
        }
        policy.save(caseload.policy());
    }

    /**
     * Saves the records of {@code after} that differ from those with the same key in {@code before}, and the
     * policy if it differs: only what really changes gets a new version, so other desks' reads stay current.
     */
    public void saveChanged(Caseload before, Caseload after) throws SQLException {
        for (Category category : changed(before.categories(), after.categories(), Category::code)) {
            categories.save(category);
        }
        for (Course course : changed(before.courses(), after.courses(), Course::code)) {
            courses.save(course);
        }
        for (Officer officer : changed(before.officers(), after.officers(), Officer::id)) {
            officers.save(officer);
        }
        for (TrainingRecord record : changed(before.trainingRecords(), after.trainingRecords(), TrainingRecord::key)) {
            trainingRecords.save(record);
        }
        for (Threat threat : changed(before.threats(), after.threats(), Threat::id)) {
            threats.save(threat);
        }
        for (Map.Entry<String, ThreatPlan> plan : after.plans().entrySet()) {
            if (!plan.getValue().equals(before.plan(plan.getKey()))) {
                plans.replace(plan.getKey(), plan.getValue());
            }
        }
        for (MentoringSession session : changed(before.mentoringSessions(), after.mentoringSessions(),
                MentoringSession::key)) {
            mentoringSessions.save(session);
        }
        if (!before.policy().equals(after.policy()) || policy.find().isEmpty()) {
            policy.save(after.policy());
        }
    }

    private static <T, K> List<T> changed(List<T> before, List<T> after, Function<T, K> key) {
        Map<K, T> stored = new HashMap<>();
        before.forEach(record -> stored.put(key.apply(record), record));
        return after.stream().filter(record -> !record.equals(stored.get(key.apply(record)))).toList();
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
