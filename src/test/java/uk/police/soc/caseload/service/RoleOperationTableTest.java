package uk.police.soc.caseload.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.police.soc.caseload.service.SignInStores.PASSWORD;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.domain.ActionStatus;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.MentoringSession;
import uk.police.soc.caseload.domain.PlanAction;
import uk.police.soc.caseload.domain.PlanReview;
import uk.police.soc.caseload.domain.Strand;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Reduction;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.ThreatStatus;
import uk.police.soc.caseload.domain.TrainingRecord;
import uk.police.soc.caseload.domain.access.AuditEntry;
import uk.police.soc.caseload.domain.access.AuditQuery;
import uk.police.soc.caseload.domain.access.Disclosure;
import uk.police.soc.caseload.domain.access.NewAccount;
import uk.police.soc.caseload.domain.access.NotAllowedException;
import uk.police.soc.caseload.domain.access.Operation;
import uk.police.soc.caseload.domain.access.Role;
import uk.police.soc.caseload.domain.access.StoreSettings;
import uk.police.soc.caseload.persistence.CaseloadStore;

/**
 * Every role × every operation, both ways, through the service layer itself (not the UI or the CLI): an allowed
 * operation is done and audited as done under the account's name; a refused one throws NotAllowedException,
 * changes nothing (records, accounts, settings) and is audited with outcome {@code refused}. Which roles may
 * do what is {@link Operation}'s table, itself checked against access.md by {@link OperationTableTest}.
 */
class RoleOperationTableTest {

    private static final LocalDate DAY = LocalDate.of(2022, 4, 1);
    private static final Disclosure WHY = new Disclosure("monthly caseload review", "Head of SOC");
    private static final AtomicInteger N = new AtomicInteger();

    @TempDir
    static Path folder;
    private static Path db;
    private static CaseloadService root;

    /** How to do one operation: {@code setup} runs as root first; {@code action} as the account under test. */
    record Case(Operation operation, Step setup, Step action) {
    }

    @FunctionalInterface
    interface Step {
        void run(CaseloadService service, int n);
    }

    private static final Step NONE = (s, n) -> { };

    /** Operations not done through this table, each with where it is covered instead. */
    private static final Map<Operation, String> COVERED_ELSEWHERE = Map.ofEntries(
            Map.entry(Operation.SIGN_IN, "SignInTest (any account)"),
            Map.entry(Operation.SIGN_IN_FAILED, "SignInTest"),
            Map.entry(Operation.SIGN_OUT, "SignInTest"),
            Map.entry(Operation.LOCK, "SignInTest"),
            Map.entry(Operation.UNLOCK, "SignInTest"),
            Map.entry(Operation.IMPORT_ERASE, "the second entry of IMPORT_REPLACE, here"),
            Map.entry(Operation.RESTORE, "BackupRestoreTest / the CLI table"),
            Map.entry(Operation.BACKUP, "BackupRestoreTest / the CLI table"),
            Map.entry(Operation.BACKUP_ROLLING, "RollingBackupsTest"),
            Map.entry(Operation.ENCRYPT, "EncryptionTest / the CLI table"),
            Map.entry(Operation.DECRYPT, "EncryptionTest / the CLI table"),
            Map.entry(Operation.COPY, "RoleCommandTableTest (the copy command)"),
            Map.entry(Operation.SCENARIO_SAVE, "the service requires manager (no table case yet: left undone)"),
            Map.entry(Operation.SCENARIO_DELETE, "the service requires manager (no table case yet: left undone)"));

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(Operation.READ, NONE, (s, n) -> s.load(DAY)));
        cases.add(new Case(Operation.IMPORT, NONE, (s, n) -> s.importCaseload(SignInStores.workedExample(), false)));
        cases.add(new Case(Operation.IMPORT_REPLACE, NONE,
                (s, n) -> s.importCaseload(SignInStores.workedExample(), true)));
        cases.add(new Case(Operation.THREAT_CREATE, NONE, (s, n) -> s.saveThreat(threat(n))));
        cases.add(new Case(Operation.THREAT_EDIT, (s, n) -> s.saveThreat(threat(n)),
                (s, n) -> s.saveThreat(threat(n).withMinPipLevel(1))));
        cases.add(new Case(Operation.THREAT_ARCHIVE, (s, n) -> s.saveThreat(threat(n)),
                (s, n) -> s.saveThreat(threat(n).withStatus(ThreatStatus.ARCHIVED))));
        cases.add(new Case(Operation.THREAT_MOVE, (s, n) -> s.saveThreat(threat(n)),
                (s, n) -> s.applyAllocation(Map.of("T-" + n, "E2187"))));
        cases.add(new Case(Operation.THREAT_PIN, (s, n) -> s.saveThreat(threat(n)),
                (s, n) -> s.setPinned("T-" + n, true)));
        cases.add(new Case(Operation.THREAT_UNPIN, (s, n) -> {
            s.saveThreat(threat(n));
            s.setPinned("T-" + n, true);
        }, (s, n) -> s.setPinned("T-" + n, false)));
        cases.add(new Case(Operation.PLAN_ACCEPT, (s, n) -> s.saveThreat(threat(n)), (s, n) -> {
            Map<String, String> plan = new HashMap<>();
            plan.put("T-" + n, "E2187");
            s.acceptPlan(plan);
        }));
        cases.add(new Case(Operation.OFFICER_CREATE, NONE, (s, n) -> s.saveOfficer(officer(n))));
        cases.add(new Case(Operation.OFFICER_EDIT, (s, n) -> s.saveOfficer(officer(n)),
                (s, n) -> s.saveOfficer(officer(n).withPipLevel(1))));
        cases.add(new Case(Operation.OFFICER_AVAILABILITY, (s, n) -> s.saveOfficer(officer(n)),
                (s, n) -> s.saveOfficer(withReduction(officer(n)))));
        cases.add(new Case(Operation.OFFICER_MENTOR, (s, n) -> s.saveOfficer(officer(n)),
                (s, n) -> s.saveOfficer(officer(n).withMentorId("E2041"))));
        cases.add(new Case(Operation.POLICY_CHANGE, NONE,
                (s, n) -> s.savePolicy(s.policy().withMoveCostPoints(1 + n / 1000.0))));
        cases.add(new Case(Operation.COURSE_CREATE, NONE, (s, n) -> s.saveCourse(course(n, "New course"))));
        cases.add(new Case(Operation.COURSE_EDIT, (s, n) -> s.saveCourse(course(n, "New course")),
                (s, n) -> s.saveCourse(course(n, "Renamed course"))));
        cases.add(new Case(Operation.COURSE_DELETE, (s, n) -> s.saveCourse(course(n, "New course")),
                (s, n) -> s.deleteCourse("C-" + n)));
        cases.add(new Case(Operation.TRAINING_RECORD_CREATE, NONE, (s, n) -> s.saveTrainingRecord(record(n, null))));
        cases.add(new Case(Operation.TRAINING_RECORD_EDIT, (s, n) -> s.saveTrainingRecord(record(n, null)),
                (s, n) -> s.saveTrainingRecord(record(n, DAY.plusYears(3)))));
        cases.add(new Case(Operation.TRAINING_RECORD_DELETE, (s, n) -> s.saveTrainingRecord(record(n, null)),
                (s, n) -> s.deleteTrainingRecord(record(n, null).key())));
        cases.add(new Case(Operation.TRAINING_RECORD_IMPORT, NONE,
                (s, n) -> s.saveTrainingRecords(List.of(record(n, null), record(n + 100_000, null)))));
        cases.add(new Case(Operation.PLAN_EDIT, (s, n) -> s.saveThreat(threat(n)),
                (s, n) -> s.savePlanActions("T-" + n, List.of(action("A1")))));
        cases.add(new Case(Operation.PLAN_REVIEW, (s, n) -> s.saveThreat(threat(n)),
                (s, n) -> s.recordReview("T-" + n, new PlanReview(DAY, "Reviewed", null, DAY.plusMonths(3)))));
        cases.add(new Case(Operation.MENTORING_SESSION_CREATE, NONE, (s, n) -> s.saveMentoringSession(session(n, 30))));
        cases.add(new Case(Operation.MENTORING_SESSION_EDIT, (s, n) -> s.saveMentoringSession(session(n, 30)),
                (s, n) -> s.saveMentoringSession(session(n, 45))));
        cases.add(new Case(Operation.MENTORING_SESSION_DELETE, (s, n) -> s.saveMentoringSession(session(n, 30)),
                (s, n) -> s.deleteMentoringSession(session(n, 30).key())));
        cases.add(new Case(Operation.USERS_ADD, NONE, (s, n) -> s.access().addAccount(account(n), PASSWORD)));
        cases.add(new Case(Operation.USERS_LIST, NONE, (s, n) -> s.access().accounts()));
        cases.add(new Case(Operation.USERS_SET_ROLES, (s, n) -> s.access().addAccount(account(n), PASSWORD),
                (s, n) -> s.access().setRoles("u" + n, Set.of(Role.TRAINER))));
        cases.add(new Case(Operation.USERS_DISABLE, (s, n) -> s.access().addAccount(account(n), PASSWORD),
                (s, n) -> s.access().setEnabled("u" + n, false)));
        cases.add(new Case(Operation.USERS_ENABLE, (s, n) -> {
            s.access().addAccount(account(n), PASSWORD);
            s.access().setEnabled("u" + n, false);
        }, (s, n) -> s.access().setEnabled("u" + n, true)));
        cases.add(new Case(Operation.USERS_RESET_PASSWORD, (s, n) -> s.access().addAccount(account(n), PASSWORD),
                (s, n) -> s.access().resetPassword("u" + n, "a brand new password")));
        cases.add(new Case(Operation.USERS_CHANGE_PASSWORD, NONE,
                (s, n) -> s.access().changePassword(PASSWORD, "a brand new password " + n)));
        cases.add(new Case(Operation.SETTING_CHANGE, NONE,
                (s, n) -> s.access().saveSettings(new StoreSettings(n % 2 == 0, 10 + n % 7))));
        for (Operation reading : List.of(Operation.SUMMARY, Operation.EXPLAIN, Operation.RECOMMEND,
                Operation.TRAINING_REPORT, Operation.SOLVE, Operation.RESILIENCE, Operation.WHAT_IF,
                Operation.PLAN_HEALTH)) {
            cases.add(new Case(reading, NONE, (s, n) -> s.read(reading, DAY, List.of("OCG-2019-001"), "test")));
        }
        for (Operation evidence : List.of(Operation.HISTORY, Operation.TREND)) {
            cases.add(new Case(evidence, NONE, (s, n) -> s.readEvidence(evidence, DAY, null, "test")));
        }
        cases.add(new Case(Operation.REPORT, NONE, (s, n) -> s.inspectionReport(DAY, null, WHY, "test report")));
        cases.add(new Case(Operation.OFFICER_VIEW, NONE,
                (s, n) -> s.access().recordConsultation(Operation.OFFICER_VIEW, List.of("E2041"), "officer page")));
        cases.add(new Case(Operation.THREAT_VIEW, NONE, (s, n) -> s.access().recordConsultation(
                Operation.THREAT_VIEW, List.of("OCG-2019-001"), "threat detail")));
        cases.add(new Case(Operation.AUDIT, NONE, (s, n) -> s.access().audit(AuditQuery.ALL)));
        cases.add(new Case(Operation.AUDIT_VERIFY, NONE, (s, n) -> s.access().verifyAudit()));
        cases.add(new Case(Operation.AUDIT_EXPORT, NONE, (s, n) -> s.access().exportAudit(AuditQuery.ALL, WHY)));
        for (Operation disclosure : List.of(Operation.EXPORT, Operation.TRAINING_MATRIX_EXPORT,
                Operation.TABLE_EXPORT)) {
            cases.add(new Case(disclosure, NONE, (s, n) -> s.disclose(disclosure, WHY, DAY, "test file")));
        }
        return cases;
    }

    @BeforeAll
    static void createStore() {
        db = SignInStores.create(folder.resolve("table"));
        root = SignInStores.signedIn(db, SignInStores.ROOT);
    }

    private static final Map<String, CaseloadService> SESSIONS = new HashMap<>();

    @AfterAll
    static void close() {
        root.close();
        SESSIONS.values().forEach(CaseloadService::close);
    }

    @Test
    void everyOperationIsInTheTableOrCoveredElsewhere() {
        Set<Operation> covered = EnumSet.noneOf(Operation.class);
        cases().forEach(c -> covered.add(c.operation()));
        covered.addAll(COVERED_ELSEWHERE.keySet());
        assertThat(covered).containsExactlyInAnyOrder(Operation.values());
    }

    @TestFactory
    Stream<DynamicTest> everyRoleTimesEveryOperationBothWays() {
        Map<Role, Integer> counts = new EnumMap<>(Role.class);
        return cases().stream().flatMap(c -> Stream.of(Role.values()).map(role -> DynamicTest.dynamicTest(
                role.code() + " × " + c.operation().name() + (c.operation().allowedFor(Set.of(role))
                        ? " allowed" : " refused"), () -> {
                    counts.merge(role, 1, Integer::sum);
                    check(c, role);
                })));
    }

    @Test
    void anAccountLinkedToTheThreatsLroMayEditItsPlanActionsButNotReviewIt() {
        int n = N.incrementAndGet();
        root.saveThreat(threat(n)); // led by E2041
        root.access().addAccount(new NewAccount("lro" + n, "The LRO", Set.of(Role.VIEWER), "E2041"), PASSWORD);
        root.access().addAccount(new NewAccount("other" + n, "Another officer", Set.of(Role.VIEWER), "E2187"),
                PASSWORD);
        try (CaseloadService lro = SignInStores.signedIn(db, "lro" + n);
             CaseloadService other = SignInStores.signedIn(db, "other" + n)) {
            lro.savePlanActions("T-" + n, List.of(action("A1")));
            assertThat(root.load(DAY).plan("T-" + n).actions()).extracting(PlanAction::id).containsExactly("A1");

            assertThatThrownBy(() -> other.savePlanActions("T-" + n, List.of(action("A2"))))
                    .isInstanceOf(NotAllowedException.class)
                    .hasMessageContaining("plan.edit needs the manager or supervisor role or an account linked to");
            assertThatThrownBy(() -> lro.recordReview("T-" + n, new PlanReview(DAY, "Reviewed", null, null)))
                    .isInstanceOf(NotAllowedException.class).hasMessageContaining("plan.review needs the");
            assertThat(root.load(DAY).plan("T-" + n).actions()).extracting(PlanAction::id).containsExactly("A1");
            assertThat(root.load(DAY).plan("T-" + n).reviews()).isEmpty();
        }
    }

    private static void check(Case c, Role role) {
        int n = N.incrementAndGet();
        c.setup().run(root, n);
        // Changing a password gets an account of its own, so that the role's shared account keeps its password.
        String user = c.operation() == Operation.USERS_CHANGE_PASSWORD ? "self" + n : role.code();
        if (!user.equals(role.code())) {
            root.access().addAccount(new NewAccount(user, null, Set.of(role), null), PASSWORD);
        }
        boolean allowed = c.operation().allowedFor(Set.of(role));
        // One signed-in session per role (signing in is deliberately slow), a new one for a new account.
        CaseloadService service = SESSIONS.computeIfAbsent(user, u -> SignInStores.signedIn(db, u));
        Snapshot before = Snapshot.of(db);
        if (allowed) {
            c.action().run(service, n);
        } else {
            assertThatThrownBy(() -> c.action().run(service, n)).isInstanceOf(NotAllowedException.class)
                    .hasMessageContaining(c.operation().action() + " needs the");
        }
        List<AuditEntry> trail = SignInStores.trail(db);
        List<AuditEntry> added = trail.subList(before.entries, trail.size());
        if (allowed && c.operation() == Operation.READ) {
            assertThat(added).as("reading a screen is not audited by itself").isEmpty();
        } else if (allowed) {
            assertThat(added).as("entries written").anySatisfy(e -> {
                assertThat(e.action()).isEqualTo(c.operation().action());
                assertThat(e.category()).isEqualTo(c.operation().category().code());
                assertThat(e.outcome()).isEqualTo("done");
                assertThat(e.user()).isEqualTo(user);
            });
        } else {
            assertThat(added).as("the refusal, and nothing else").singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo(c.operation().action());
                assertThat(e.category()).isEqualTo("access");
                assertThat(e.outcome()).isEqualTo("refused");
                assertThat(e.user()).isEqualTo(user);
            });
            Snapshot after = Snapshot.of(db);
            assertThat(after.records).as("records unchanged").isEqualTo(before.records);
            assertThat(after.accounts).as("accounts unchanged").isEqualTo(before.accounts);
            assertThat(after.settings).as("settings unchanged").isEqualTo(before.settings);
        }
    }

    /** Everything a refused operation must leave as it was. */
    private record Snapshot(Object records, Object accounts, StoreSettings settings, int entries) {
        static Snapshot of(Path db) {
            return SignInStores.database(db).inTransaction(c -> {
                CaseloadStore store = new CaseloadStore(c);
                return new Snapshot(store.load(DAY), store.accounts().findAll(), StoredAccessService.read(store),
                        store.audit().findAll().size());
            });
        }
    }

    private static Threat threat(int n) {
        return Threat.of("T-" + n, "Test threat " + n, "DRUGS", 3).withOfficerId("E2041");
    }

    private static PlanAction action(String id) {
        return new PlanAction(id, Strand.PURSUE, "Disrupt the supply line", ActionStatus.OPEN, "E2041", DAY.plusDays(30));
    }

    private static MentoringSession session(int n, int minutes) {
        return new MentoringSession("E2041", "E2187", LocalDate.of(2000, 1, 1).plusDays(n), minutes, "case review");
    }

    private static Officer officer(int n) {
        return Officer.named("N-" + n, "New officer " + n);
    }

    private static Officer withReduction(Officer officer) {
        return new Officer(officer.id(), officer.name(), officer.rank(), officer.unit(), officer.area(),
                officer.weeklyHours(), officer.pipLevel(), officer.skills(), officer.mentorId(),
                List.of(new Reduction("Phased return", 20, DAY, DAY.plusMonths(2))), officer.absences(), true);
    }

    private static Course course(int n, String name) {
        return new Course("C-" + n, name, 12, false, null);
    }

    private static TrainingRecord record(int n, LocalDate expires) {
        return new TrainingRecord("E2041", "LRO-CORE", LocalDate.of(1990, 1, 1).plusDays(n), expires);
    }

    private static NewAccount account(int n) {
        return new NewAccount("u" + n, "User " + n, Set.of(Role.VIEWER), null);
    }
}
