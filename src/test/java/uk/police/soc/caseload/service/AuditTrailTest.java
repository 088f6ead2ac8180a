package uk.police.soc.caseload.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.access.AuditChain;
import uk.police.soc.caseload.domain.access.AuditEntry;
import uk.police.soc.caseload.domain.access.AuditQuery;
import uk.police.soc.caseload.domain.access.AuditCategory;
import uk.police.soc.caseload.persistence.Database;

/** The trail is gap-free, chained, and an edit behind the planner's back is found by verify. */
class AuditTrailTest {

    @TempDir
    Path folder;
    private Path db;

    @BeforeEach
    void createStoreWithHistory() {
        db = folder.resolve("caseload");
        try (CaseloadService service = CaseloadServices.open(db)) {
            service.importCaseload(SignInStores.workedExample(), true);
            service.saveThreat(Threat.of("T-1", "First", "DRUGS", 3));
            service.applyAllocation(java.util.Map.of("T-1", "E2041"));
            service.setPinned("T-1", true);
        }
    }

    private void sql(String statement) throws Exception {
        Database database = Database.open(db);
        database.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate(statement);
            }
            return null;
        });
    }

    private AuditChain.Verification verify() {
        try (CaseloadService service = CaseloadServices.open(db)) {
            return service.access().verifyAudit();
        }
    }

    @Test
    void entriesAreNumberedWithoutGapsAndTheChainHolds() {
        List<AuditEntry> trail = SignInStores.trail(db);
        assertThat(trail).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(trail).extracting(AuditEntry::action).containsExactly("policy.change", "import", "import.erase",
                "threat.create", "threat.move", "threat.pin");
        assertThat(trail.get(4).detail()).isEqualTo("T-1: none → E2041");
        assertThat(trail.get(1).records()).isEqualTo(
                "{\"categories\":9,\"courses\":4,\"officers\":10,\"trainingRecords\":9,\"threats\":31}");
        assertThat(trail).allSatisfy(e -> assertThat(e.atText()).matches(
                "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
        assertThat(verify().holds()).isTrue();
    }

    @Test
    void anEditedEntryIsFound() throws Exception {
        sql("UPDATE audit_entry SET detail = 'T-1: none → E2187' WHERE seq = 5");
        AuditChain.Verification verification = verify();
        assertThat(verification.holds()).isFalse();
        assertThat(verification.firstBadSeq()).contains(5L);
    }

    @Test
    void aDeletedEntryIsFound() throws Exception {
        sql("DELETE FROM audit_entry WHERE seq = 3");
        assertThat(verify().firstBadSeq()).contains(3L);
    }

    @Test
    void reorderedEntriesAreFound() throws Exception {
        sql("UPDATE audit_entry SET seq = 100 WHERE seq = 4");
        sql("UPDATE audit_entry SET seq = 4 WHERE seq = 5");
        sql("UPDATE audit_entry SET seq = 5 WHERE seq = 100");
        assertThat(verify().firstBadSeq()).contains(4L);
    }

    @Test
    void aRehashedEditStillBreaksTheChainAtTheNextEntry() throws Exception {
        // Someone who edits an entry and recomputes its hash must also rewrite every later one.
        AuditEntry original = SignInStores.trail(db).get(3);
        AuditEntry forged = new AuditEntry(original.seq(), original.at(), "someone else", original.action(),
                original.category(), original.records(), original.detail(), null, null, original.outcome(), null);
        String previous = SignInStores.trail(db).get(2).hash();
        sql("UPDATE audit_entry SET user_name = 'someone else', hash = '" + AuditChain.hash(previous, forged)
                + "' WHERE seq = 4");
        assertThat(verify().firstBadSeq()).contains(5L);
    }

    @Test
    void queriesFilterByUserRecordDayAndCategoryAndAreThemselvesAudited() {
        try (CaseloadService service = CaseloadServices.open(db)) {
            List<AuditEntry> aboutT1 = service.access().audit(new AuditQuery(null, null, null, "T-1", null));
            assertThat(aboutT1).extracting(AuditEntry::action).containsExactly("threat.create", "threat.move",
                    "threat.pin");
            assertThat(service.access().audit(new AuditQuery(null, null, null, null, AuditCategory.ERASURE)))
                    .extracting(AuditEntry::action).containsExactly("import.erase");
            LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
            assertThat(service.access().audit(new AuditQuery(today.plusDays(1), null, null, null, null))).isEmpty();
            assertThat(service.access().audit(new AuditQuery(null, null, "os:nobody", null, null))).isEmpty();
        }
        List<AuditEntry> trail = SignInStores.trail(db);
        assertThat(trail.get(trail.size() - 1).action()).isEqualTo("audit");
        assertThat(trail.get(trail.size() - 1).category()).isEqualTo("consultation");
    }
}
