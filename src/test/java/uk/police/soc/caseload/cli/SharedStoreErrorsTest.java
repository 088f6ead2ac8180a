package uk.police.soc.caseload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.persistence.EmbeddedServer;

/**
 * What a desk sees when the shared store will not have it: each refusal or fault gets the exit code of cli.md
 * and one clear line on stderr, never a stack trace, from a real PostgreSQL server's own checks.
 */
class SharedStoreErrorsTest {

    private static final String PASSFILE = "org.postgresql.pgpassfile";
    private static EmbeddedServer server;
    private static String database;

    @TempDir
    Path folder;

    @BeforeAll
    static void aDatabaseAndADeskRole() {
        server = EmbeddedServer.shared();
        String url = server.newDatabase();
        database = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
        server.superuser("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'desk_errors') THEN"
                + " CREATE ROLE desk_errors LOGIN PASSWORD 'right-password-123'; END IF; END $$",
                "GRANT CONNECT ON DATABASE " + database + " TO desk_errors");
        // The owner opens it first (a new store gets its policy); the desk may then only read.
        uk.police.soc.caseload.service.CaseloadServices.open(url).close();
        server.superuserIn(database, "GRANT USAGE ON SCHEMA public TO desk_errors",
                "GRANT SELECT ON ALL TABLES IN SCHEMA public TO desk_errors",
                // Every reading command is audited (access.md): a reading desk appends to the trail.
                "GRANT INSERT ON audit_entry TO desk_errors");
    }

    @AfterEach
    void forgetThePasswordFile() {
        System.clearProperty(PASSFILE);
    }

    private String deskUrl() {
        return server.url(database, "desk_errors");
    }

    private void passwordFile(String password) throws IOException {
        Path file = folder.resolve("pgpass");
        Files.writeString(file, "localhost:" + server.port() + ":" + database + ":desk_errors:" + password + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        System.setProperty(PASSFILE, file.toString());
    }

    private static void noStackTrace(CaseloadCommandRunner.Result run) {
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run.err().lines()).allSatisfy(line -> assertThat(line).startsWith("--db: "));
    }

    @Test
    void thePasswordFromPgpassIsUsed() throws IOException {
        passwordFile("right-password-123");

        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("summary", "--db", deskUrl(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"officers\"");
    }

    @Test
    void aPasswordTheServerRefusesIsExitThree() throws IOException {
        passwordFile("wrong-password");

        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("summary", "--db", deskUrl());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("refused the password of desk_errors").doesNotContain("wrong-password");
        noStackTrace(run);
    }

    @Test
    void noPasswordAtAllIsExitThreeSayingWhereToPutIt() {
        System.setProperty(PASSFILE, folder.resolve("no-such-pgpass").toString());

        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("summary", "--db", deskUrl());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("PGPASSWORD").contains(".pgpass");
        noStackTrace(run);
    }

    @Test
    void aDatabaseTheRoleMayNotUseIsExitThree() throws IOException {
        String other = server.newEmptyDatabase();
        server.superuser("REVOKE CONNECT ON DATABASE " + other + " FROM PUBLIC");
        Path file = folder.resolve("pgpass");
        Files.writeString(file, "*:*:*:desk_errors:right-password-123\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        System.setProperty(PASSFILE, file.toString());

        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("summary", "--db",
                server.url(other, "desk_errors"));

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("not allowed");
        noStackTrace(run);
    }

    @Test
    void anUnknownDatabaseIsExitTwoNamingDb() {
        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("summary", "--db",
                server.url("no_such_database", EmbeddedServer.SUPERUSER));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("there is no database \"no_such_database\"");
        noStackTrace(run);
    }

    @Test
    void anUnknownHostIsExitTwoNamingDb() {
        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("summary", "--db",
                "postgresql://no-such-host.invalid/soc?user=amy");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown host \"no-such-host.invalid\"");
        noStackTrace(run);
    }

    @Test
    void aServerThatCannotBeReachedIsExitOne() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("summary", "--db",
                "postgresql://localhost:" + closedPort + "/soc?user=amy");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("cannot reach");
        noStackTrace(run);
    }

    @Test
    void aUrlThatIsNotPostgresIsExitTwoAndTouchesNoFile() {
        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("import", "--data",
                folder.resolve("x.json").toString(), "--db", "mysql://db/soc");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("--db: \"mysql://db/soc\" is not a PostgreSQL URL");
    }
}
