package uk.police.soc.caseload.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.persistence.Caseloads;
import uk.police.soc.caseload.persistence.EmbeddedServer;

/**
 * The roles docs/sql/shared-store-roles.sql sets up, checked by PostgreSQL itself: the owner migrates, a desk
 * works with records but can change no table's shape, nor Flyway's history, nor (where it exists) the audit
 * trail's entries. The SQL is the docs' own file, run as it stands.
 */
class SharedStoreRolesTest {

    private static final Path ROLES_SQL = Path.of("docs", "sql", "shared-store-roles.sql");

    @TempDir
    static Path folder;

    private static EmbeddedServer server;

    @BeforeAll
    static void rolesAsTheDocsSay() throws Exception {
        server = EmbeddedServer.shared();
        List<List<String>> parts = parts(Files.readString(ROLES_SQL));
        Path passwords = folder.resolve("pgpass");
        Files.writeString(passwords, "*:*:*:soc_owner:change-me-owner\n*:*:*:desk_amy:change-me-amy\n");
        Files.setPosixFilePermissions(passwords, PosixFilePermissions.fromString("rw-------"));
        System.setProperty("org.postgresql.pgpassfile", passwords.toString());
        server.superuser(parts.get(0).toArray(String[]::new));
        server.superuserIn("soc_caseload", parts.get(1).toArray(String[]::new));
        try (CaseloadService owner = CaseloadServices.open(url("soc_owner"))) {
            owner.importCaseload(Caseloads.small(), true);
        }
        try (Connection owner = connect("soc_owner", "change-me-owner"); Statement statement = owner.createStatement()) {
            for (String sql : parts.get(2)) {
                statement.execute(sql);
            }
        }
    }

    @AfterAll
    static void forgetPasswords() {
        System.clearProperty("org.postgresql.pgpassfile");
    }

    private static String url(String user) {
        return server.url("soc_caseload", user);
    }

    private static Connection connect(String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + server.port() + "/soc_caseload",
                properties);
    }

    @Test
    void aDeskReadsAndSavesRecords() {
        try (CaseloadService desk = CaseloadServices.open(url("desk_amy"))) {
            Caseload read = desk.load(Caseloads.AS_OF);
            desk.saveThreat(read.threat("SOC-3").orElseThrow().withOfficerId("E1"), read);

            assertThat(desk.load(Caseloads.AS_OF).threat("SOC-3").orElseThrow().officerId()).isEqualTo("E1");
            assertThat(desk.storeName()).endsWith("as desk_amy");
        }
    }

    @Test
    void aDeskCanChangeNoTablesShape() throws Exception {
        try (Connection desk = connect("desk_amy", "change-me-amy"); Statement statement = desk.createStatement()) {
            for (String ddl : List.of("CREATE TABLE sneaky (id INTEGER)", "DROP TABLE threat",
                    "ALTER TABLE threat ADD COLUMN sneaky INTEGER", "TRUNCATE threat",
                    "UPDATE flyway_schema_history SET success = false",
                    "DELETE FROM flyway_schema_history")) {
                assertThatThrownBy(() -> statement.execute(ddl)).as(ddl)
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState())
                                .isIn("42501", "42P01"));
            }
        }
    }

    @Test
    void aDeskCannotChangeOrRemoveAuditEntriesWhereTheTrailExists() throws Exception {
        try (Connection desk = connect("desk_amy", "change-me-amy"); Statement statement = desk.createStatement()) {
            boolean trail;
            try (var rows = statement.executeQuery("SELECT to_regclass('audit_entry') IS NOT NULL")) {
                rows.next();
                trail = rows.getBoolean(1);
            }
            if (trail) {
                for (String change : List.of("UPDATE audit_entry SET detail = 'edited'", "DELETE FROM audit_entry",
                        "TRUNCATE audit_entry")) {
                    assertThatThrownBy(() -> statement.execute(change)).as(change)
                            .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState())
                                    .isEqualTo("42501"));
                }
            }
        }
    }

    @Test
    void aDeskOpeningTheCurrentSchemaMigratesNothingAndNeedsNoDdl() {
        try (CaseloadService desk = CaseloadServices.open(url("desk_amy"))) {
            assertThat(desk.changeCount()).isPositive();
        }
    }

    /** The file's three parts, each a list of statements (a DO block is one statement). */
    static List<List<String>> parts(String sql) {
        List<List<String>> parts = new ArrayList<>();
        List<String> current = null;
        StringBuilder statement = new StringBuilder();
        boolean inBlock = false;
        for (String line : sql.split("\n")) {
            if (line.startsWith("-- Part ")) {
                current = new ArrayList<>();
                parts.add(current);
                continue;
            }
            String code = line.replaceAll("--.*$", "").strip();
            if (code.isEmpty() || current == null) {
                continue;
            }
            statement.append(code).append('\n');
            if (code.startsWith("DO $$")) {
                inBlock = true;
            } else if (code.startsWith("END $$")) {
                inBlock = false;
            }
            if (!inBlock && code.endsWith(";")) {
                String done = statement.toString().strip();
                current.add(done.substring(0, done.length() - 1));
                statement.setLength(0);
            }
        }
        return parts;
    }
}
