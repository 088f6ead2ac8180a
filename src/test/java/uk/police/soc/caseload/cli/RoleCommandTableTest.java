package uk.police.soc.caseload.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.soc.caseload.service.SignInStores.PASSWORD;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.dataset.DatasetJson;
import uk.police.soc.caseload.domain.access.AuditEntry;
import uk.police.soc.caseload.domain.access.NewAccount;
import uk.police.soc.caseload.domain.access.Operation;
import uk.police.soc.caseload.domain.access.Role;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.SignInStores;

/**
 * Every role × every --db command, both ways, through the command line: allowed is exit 0, refused is exit 3
 * with one line naming the role needed, and the refusal is the only entry the command added.
 */
class RoleCommandTableTest {

    private static final AtomicInteger N = new AtomicInteger();

    @TempDir
    static Path folder;
    private static Path db;
    private static Path dataset;

    /** One command line: {@code {db}} is the database, {@code {n}} a number of its own, {@code {data}} a dataset. */
    record Command(Operation operation, String line, boolean needsTarget) {
    }

    static List<Command> commands() {
        List<Command> commands = new ArrayList<>();
        commands.add(new Command(Operation.SUMMARY, "summary --db {db}", false));
        commands.add(new Command(Operation.EXPLAIN, "explain --db {db} --threat OCG-2019-001", false));
        commands.add(new Command(Operation.RECOMMEND, "recommend --db {db} --threat OCG-2019-001", false));
        commands.add(new Command(Operation.TRAINING_REPORT, "training-report --db {db}", false));
        commands.add(new Command(Operation.SOLVE, "solve --db {db} --seconds 1", false));
        commands.add(new Command(Operation.PLAN_ACCEPT, "solve --db {db} --seconds 1 --apply", false));
        commands.add(new Command(Operation.IMPORT, "import --db {db} --data {data}", false));
        commands.add(new Command(Operation.IMPORT_REPLACE, "import --db {db} --data {data} --replace", false));
        commands.add(new Command(Operation.EXPORT,
                "export --db {db} --out {folder}/export-{n}.json --reason review --recipient head-of-soc", false));
        commands.add(new Command(Operation.PLAN_HEALTH, "plan-health --db {db}", false));
        commands.add(new Command(Operation.HISTORY, "history --db {db} --threat OCG-2019-001", false));
        commands.add(new Command(Operation.TREND, "trend --db {db}", false));
        commands.add(new Command(Operation.REPORT,
                "report --db {db} --out {folder}/report-{n}.pdf --reason inspection --recipient HMICFRS", false));
        commands.add(new Command(Operation.USERS_LIST, "users list --db {db}", false));
        commands.add(new Command(Operation.USERS_ADD, "users add --db {db} --username new{n} --roles viewer", false));
        commands.add(new Command(Operation.USERS_SET_ROLES,
                "users set-roles --db {db} --username target{n} --roles trainer", true));
        commands.add(new Command(Operation.USERS_DISABLE, "users disable --db {db} --username target{n}", true));
        commands.add(new Command(Operation.USERS_ENABLE, "users enable --db {db} --username target{n}", true));
        commands.add(new Command(Operation.USERS_RESET_PASSWORD,
                "users reset-password --db {db} --username target{n}", true));
        commands.add(new Command(Operation.USERS_CHANGE_PASSWORD, "users change-password --db {db}", false));
        commands.add(new Command(Operation.AUDIT, "audit --db {db}", false));
        commands.add(new Command(Operation.AUDIT_VERIFY, "audit --db {db} --verify", false));
        commands.add(new Command(Operation.BACKUP,
                "backup --db {db} --out {folder}/backup-{n}.soc --reason continuity --recipient store", false));
        commands.add(new Command(Operation.SETTING_CHANGE, "settings --db {db} --idle-lock-minutes 20", false));
        commands.add(new Command(Operation.COPY,
                "copy --from {db} --to {folder}/copy-{n} --reason move --recipient shared-store", false));
        return commands;
    }

    @BeforeAll
    static void createStore() throws Exception {
        db = SignInStores.create(folder.resolve("table"));
        dataset = folder.resolve("worked-example.json");
        Files.writeString(dataset, DatasetJson.mapper().writeValueAsString(DatasetJson.mapper().readTree(
                SignInStores.class.getResourceAsStream(SignInStores.WORKED_EXAMPLE))));
    }

    @TestFactory
    Stream<DynamicTest> everyRoleTimesEveryCommandBothWays() {
        return commands().stream().flatMap(command -> Stream.of(Role.values()).map(role -> DynamicTest.dynamicTest(
                role.code() + " × " + command.line().replaceAll(" --db \\{db}", "")
                        + (command.operation().allowedFor(Set.of(role)) ? " exit 0" : " exit 3"),
                () -> check(command, role))));
    }

    private static void check(Command command, Role role) {
        int n = N.incrementAndGet();
        String user = role.code();
        try (CaseloadService root = SignInStores.signedIn(db, SignInStores.ROOT)) {
            if (command.needsTarget()) {
                root.access().addAccount(new NewAccount("target" + n, null, Set.of(Role.VIEWER), null), PASSWORD);
                if (command.operation() == Operation.USERS_ENABLE) {
                    root.access().setEnabled("target" + n, false);
                }
            }
            if (command.operation() == Operation.USERS_CHANGE_PASSWORD) {
                user = "self" + n;
                root.access().addAccount(new NewAccount(user, null, Set.of(role), null), PASSWORD);
            }
        }
        String line = command.line().replace("{db}", db.toString()).replace("{n}", Integer.toString(n))
                .replace("{data}", dataset.toString()).replace("{folder}", folder.toString()) + " --user " + user;
        int entriesBefore = SignInStores.trail(db).size();
        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run(FakeTerminal.password(PASSWORD)
                .env(Terminal.NEW_PASSWORD, "another good password " + n), line.split(" "));
        List<AuditEntry> trail = SignInStores.trail(db);
        List<AuditEntry> added = trail.subList(entriesBefore, trail.size());
        assertThat(run.err()).as(line).doesNotContain("Exception", "\tat ");
        if (command.operation().allowedFor(Set.of(role))) {
            assertThat(run.exitCode()).as(line + "\n" + run.err()).isZero();
            assertThat(added).as(line).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo(command.operation().action());
                assertThat(e.outcome()).isEqualTo("done");
            });
        } else {
            assertThat(run.exitCode()).as(line + "\n" + run.err()).isEqualTo(3);
            assertThat(run.err()).as(line).hasLineCount(1).contains("needs the");
            assertThat(run.out()).as(line).isEmpty();
            assertThat(added).as(line).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo(command.operation().action());
                assertThat(e.outcome()).isEqualTo("refused");
            });
        }
    }
}
