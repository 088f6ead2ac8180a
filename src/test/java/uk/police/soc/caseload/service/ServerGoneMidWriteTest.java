package uk.police.soc.caseload.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.benchmark.SyntheticCaseloads;

/**
 * The PostgreSQL server goes away in the middle of a write: the desk is told so, and once the server is back
 * the store holds exactly what it held before, with nothing of the write half-applied. The server is one of
 * this test's own (stopping the shared one would stop every other test); a trigger holds the write midway,
 * with part of its rows already written in its transaction, until the server is stopped under it.
 */
class ServerGoneMidWriteTest {

    private static final String HELD_THREAT = "SOC-HELD";

    @TempDir
    Path data;

    private EmbeddedPostgres server;
    private int port;

    @BeforeEach
    void startServer() throws IOException {
        server = start(0);
        port = server.getPort();
    }

    @AfterEach
    void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private EmbeddedPostgres start(int onPort) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(data.resolve("pg"))
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on");
        if (onPort > 0) {
            builder.setPort(onPort);
        }
        return builder.start();
    }

    private String db() {
        return "postgresql://localhost:" + port + "/postgres?user=postgres";
    }

    /** Storing the held threat waits inside the database until the server is stopped. */
    private void holdWritesOf(String threatId) throws Exception {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE FUNCTION hold_midway() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                    + " IF NEW.id = '" + threatId + "' THEN PERFORM pg_sleep(600); END IF; RETURN NEW; END $$");
            statement.execute("CREATE TRIGGER hold_midway BEFORE INSERT OR UPDATE ON threat FOR EACH ROW"
                    + " EXECUTE FUNCTION hold_midway()");
        }
    }

    private void awaitTheHeldWrite() throws Exception {
        for (int i = 0; i < 600; i++) {
            try (Connection connection = server.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'")) {
                rows.next();
                if (rows.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the write never reached the held threat");
    }

    private void stopAndRestart() throws IOException {
        server.close();
        server = start(port);
    }

    @Test
    void theServerStoppingMidImportLeavesNothingHalfWritten() throws Exception {
        Caseload first = SyntheticCaseloads.generate(200, 40, 1);
        try (CaseloadService service = CaseloadServices.open(db())) {
            service.importCaseload(first, true);
        }
        Caseload stored = load();
        Caseload second = SyntheticCaseloads.generate(400, 60, 2);
        Caseload withHeld = second.withThreats(append(second, Threat.of(HELD_THREAT, "Op Held", 
                second.categories().get(0).code(), 2)));
        holdWritesOf(HELD_THREAT);

        CaseloadService importing = CaseloadServices.open(db());
        CompletableFuture<Object> importRun = CompletableFuture.supplyAsync(() -> importing.importCaseload(withHeld, true));
        awaitTheHeldWrite();
        stopAndRestart();

        assertThatThrownBy(() -> importRun.get(2, TimeUnit.MINUTES))
                .hasCauseInstanceOf(StoreConnectionLostException.class)
                .cause().hasMessageContaining("nothing half-written is kept");
        assertThat(load()).isEqualTo(stored);
    }

    @Test
    void theServerStoppingMidAcceptLeavesNothingHalfWritten() throws Exception {
        Caseload caseload = SyntheticCaseloads.generate(60, 12, 3);
        Caseload withHeld = caseload.withThreats(append(caseload, Threat.of(HELD_THREAT, "Op Held",
                caseload.categories().get(0).code(), 4)));
        try (CaseloadService service = CaseloadServices.open(db())) {
            service.importCaseload(withHeld, true);
        }
        Caseload before = load();
        // moves several threats, the held one last: those before it are already updated in the transaction
        Map<String, String> plan = new LinkedHashMap<>();
        String officer = before.officers().get(0).id();
        before.threats().stream().filter(t -> !officer.equals(t.officerId())).limit(5)
                .forEach(t -> plan.put(t.id(), officer));
        plan.put(HELD_THREAT, officer);
        holdWritesOf(HELD_THREAT);

        CaseloadService accepting = CaseloadServices.open(db());
        CompletableFuture<Void> accept = CompletableFuture.runAsync(() -> accepting.applyAllocation(plan, before));
        awaitTheHeldWrite();
        stopAndRestart();

        assertThatThrownBy(() -> accept.get(2, TimeUnit.MINUTES))
                .hasCauseInstanceOf(StoreConnectionLostException.class);
        assertThat(load()).isEqualTo(before);
    }

    private Caseload load() {
        try (CaseloadService service = CaseloadServices.open(db())) {
            return service.load(LocalDate.of(2026, 4, 1));
        }
    }

    private static java.util.List<Threat> append(Caseload caseload, Threat threat) {
        java.util.List<Threat> threats = new java.util.ArrayList<>(caseload.threats());
        threats.add(threat);
        return threats;
    }
}
