package uk.police.soc.caseload.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.soc.caseload.service.SignInStores.PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.dataset.DatasetJson;
import uk.police.soc.caseload.service.SignInStores;

/** The users and audit commands, sign-in on the command line, and its exit codes 2 and 3 (access.md, cli.md). */
class AccessCommandsTest {

    @TempDir
    Path folder;
    private String db;

    @BeforeEach
    void createSignInStore() {
        db = SignInStores.create(folder.resolve("caseload")).toString();
    }

    private static CaseloadCommandRunner.Result as(String password, String... args) {
        return CaseloadCommandRunner.run(FakeTerminal.password(password), args);
    }

    @Test
    void theFirstAccountSwitchesANewDatabaseToSignInMode() throws Exception {
        String fresh = folder.resolve("fresh").toString();
        CaseloadCommandRunner.Result add = CaseloadCommandRunner.run(FakeTerminal.none()
                .env(Terminal.NEW_PASSWORD, PASSWORD), "users", "add", "--db", fresh, "--username", "ada",
                "--roles", "admin", "--name", "Ada Lovelace");
        assertThat(add.exitCode()).as(add.err()).isZero();
        CaseloadCommandRunner.Result withoutUser = CaseloadCommandRunner.run("summary", "--db", fresh);
        assertThat(withoutUser.exitCode()).isEqualTo(3);
        assertThat(withoutUser.err()).startsWith("--user: this database requires sign-in").hasLineCount(1);
        CaseloadCommandRunner.Result list = as(PASSWORD, "users", "list", "--db", fresh, "--user", "ada", "--json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode users = DatasetJson.mapper().readTree(list.out()).get("users");
        assertThat(users).hasSize(1);
        assertThat(users.get(0).get("username").asText()).isEqualTo("ada");
        assertThat(users.get(0).get("name").asText()).isEqualTo("Ada Lovelace");
        assertThat(users.get(0).get("roles").toString()).isEqualTo("[\"admin\"]");
        assertThat(users.get(0).get("lastSignIn").asText()).endsWith("Z");
    }

    @Test
    void inOpenModeUserIsIgnoredWithANote() {
        String open = folder.resolve("open").toString();
        CaseloadCommandRunner.run("import", "--db", open, "--data", workedExample().toString());
        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("summary", "--db", open, "--user", "someone");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).startsWith("--user: ignored: this database has no accounts (open mode)");
    }

    @Test
    void wrongPasswordUnknownUserAndNoPasswordAreExitThreeWithNoStackTrace() {
        CaseloadCommandRunner.Result wrong = as("not the right password", "summary", "--db", db, "--user", "viewer");
        CaseloadCommandRunner.Result unknown = as(PASSWORD, "summary", "--db", db, "--user", "nobody");
        CaseloadCommandRunner.Result none = CaseloadCommandRunner.run("summary", "--db", db, "--user", "viewer");
        assertThat(List.of(wrong, unknown, none)).allSatisfy(run -> {
            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).hasLineCount(1).startsWith("--user: ").doesNotContain("Exception", "\tat ");
        });
        assertThat(wrong.err()).isEqualTo(unknown.err());
        assertThat(none.err()).contains("SOC_PLANNER_PASSWORD");
    }

    @Test
    void thePasswordCanComeFromStandardInput() {
        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run(FakeTerminal.none().stdin(PASSWORD), "summary",
                "--db", db, "--user", "viewer", "--password-stdin");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void argumentsAreCheckedBeforeSignInAndSignInBeforeTheFile() throws Exception {
        CaseloadCommandRunner.Result badRole = as("wrong password here", "users", "add", "--db", db, "--user",
                "admin", "--username", "x", "--roles", "chief");
        assertThat(badRole.exitCode()).isEqualTo(2);
        assertThat(badRole.err()).startsWith("--roles: unknown role \"chief\"");
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{ not json");
        CaseloadCommandRunner.Result viewerImport = as(PASSWORD, "import", "--db", db, "--user", "viewer", "--data",
                broken.toString());
        assertThat(viewerImport.exitCode()).isEqualTo(3);
        assertThat(viewerImport.err()).startsWith("import: import needs the manager role");
        CaseloadCommandRunner.Result managerImport = as(PASSWORD, "import", "--db", db, "--user", "manager",
                "--data", broken.toString());
        assertThat(managerImport.exitCode()).isEqualTo(2);
    }

    @Test
    void aDisclosureInSignInModeNeedsReasonAndRecipient() {
        String out = folder.resolve("out.json").toString();
        CaseloadCommandRunner.Result bare = as(PASSWORD, "export", "--db", db, "--user", "manager", "--out", out);
        assertThat(bare.exitCode()).isEqualTo(2);
        assertThat(bare.err()).contains("--reason: ").contains("--recipient: ");
        assertThat(Path.of(out)).doesNotExist();
        CaseloadCommandRunner.Result done = as(PASSWORD, "export", "--db", db, "--user", "manager", "--out", out,
                "--reason", "inspection", "--recipient", "HMICFRS");
        assertThat(done.exitCode()).as(done.err()).isZero();
        assertThat(SignInStores.trail(Path.of(db))).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("export");
            assertThat(e.category()).isEqualTo("disclosure");
            assertThat(e.justification()).isEqualTo("inspection");
            assertThat(e.recipient()).isEqualTo("HMICFRS");
        });
    }

    @Test
    void afterAResetTheAccountMustChangeItsPasswordFirst() {
        CaseloadCommandRunner.Result reset = CaseloadCommandRunner.run(FakeTerminal.password(PASSWORD)
                .env(Terminal.NEW_PASSWORD, "temporary password 9"), "users", "reset-password", "--db", db, "--user",
                "admin", "--username", "trainer");
        assertThat(reset.exitCode()).as(reset.err()).isZero();
        CaseloadCommandRunner.Result blocked = as("temporary password 9", "summary", "--db", db, "--user", "trainer");
        assertThat(blocked.exitCode()).isEqualTo(3);
        assertThat(blocked.err()).contains("must be changed first");
        CaseloadCommandRunner.Result change = CaseloadCommandRunner.run(FakeTerminal.password("temporary password 9")
                .typed("trainer's own password", "trainer's own password"), "users", "change-password", "--db", db,
                "--user", "trainer");
        assertThat(change.exitCode()).as(change.err()).isZero();
        assertThat(as("trainer's own password", "summary", "--db", db, "--user", "trainer").exitCode()).isZero();
    }

    @Test
    void auditListsEntriesAsJsonAndVerifyFindsAnEdit() throws Exception {
        CaseloadCommandRunner.Result audit = as(PASSWORD, "audit", "--db", db, "--user", "admin", "--json");
        assertThat(audit.exitCode()).as(audit.err()).isZero();
        JsonNode entries = DatasetJson.mapper().readTree(audit.out()).get("entries");
        assertThat(entries.get(0).get("seq").asLong()).isEqualTo(1);
        assertThat(entries.get(0).fieldNames()).toIterable().containsExactly("seq", "at", "user", "action",
                "category", "records", "detail", "justification", "recipient", "outcome");
        JsonNode importEntry = entries.get(1);
        assertThat(importEntry.get("action").asText()).isEqualTo("import");
        assertThat(importEntry.get("records").get("threats").asInt()).isEqualTo(31);
        CaseloadCommandRunner.Result verify = as(PASSWORD, "audit", "--db", db, "--user", "admin", "--verify");
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.out()).startsWith("The audit trail holds: ");

        SignInStores.database(Path.of(db)).inTransaction(c -> c.createStatement()
                .executeUpdate("UPDATE audit_entry SET user_name = 'intruder' WHERE seq = 3"));
        CaseloadCommandRunner.Result broken = as(PASSWORD, "audit", "--db", db, "--user", "admin", "--verify");
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.err()).startsWith("audit[3]: entry 3 does not match its hash");
    }

    private Path workedExample() {
        try {
            Path file = folder.resolve("worked-example.json");
            if (!Files.exists(file)) {
                Files.writeString(file, DatasetJson.mapper().writeValueAsString(DatasetJson.mapper().readTree(
                        SignInStores.class.getResourceAsStream(SignInStores.WORKED_EXAMPLE))));
            }
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
