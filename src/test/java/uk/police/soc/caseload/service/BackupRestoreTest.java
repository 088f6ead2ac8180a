package uk.police.soc.caseload.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.police.soc.caseload.service.SignInStores.PASSWORD;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.access.AuditEntry;
import uk.police.soc.caseload.domain.access.Disclosure;
import uk.police.soc.caseload.domain.access.NotAllowedException;
import uk.police.soc.caseload.persistence.CaseloadStore;

/** backup and restore: exact (records, policy, accounts, audit trail), owner-only, refusing to overwrite. */
class BackupRestoreTest {

    private static final Disclosure WHY = new Disclosure("nightly backup", "force backup vault");
    private static final char[] FILE_PASSWORD = "a-long-file-password".toCharArray();

    @TempDir
    Path folder;

    @Test
    void aRestoredBackupHoldsExactlyWhatWasStoredWithItsOwnEntryAndTheRestoreAfterIt() throws Exception {
        Path db = SignInStores.create(folder.resolve("source"));
        Path backup = folder.resolve("caseload.backup");
        try (CaseloadService admin = SignInStores.signedIn(db, "admin")) {
            BackupSummary summary = admin.backup(backup, WHY);
            assertThat(summary.rows("threat")).isEqualTo(31);
            assertThat(summary.rows("account")).isEqualTo(6);
        }
        List<AuditEntry> sourceTrail = SignInStores.trail(db);
        assertThat(sourceTrail).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("backup");
            assertThat(e.justification()).isEqualTo("nightly backup");
            assertThat(e.recipient()).isEqualTo("force backup vault");
        });

        Path restored = folder.resolve("restored");
        CaseloadServices.restore(backup, restored.toString(), "admin", () -> PASSWORD, () -> null);

        assertThat(SignInStores.stored(restored)).isEqualTo(SignInStores.stored(db));
        assertThat(SignInStores.accounts(restored)).isEqualTo(SignInStores.accounts(db));
        List<AuditEntry> restoredTrail = SignInStores.trail(restored);
        assertThat(restoredTrail.subList(0, sourceTrail.size())).isEqualTo(sourceTrail);
        assertThat(restoredTrail).hasSize(sourceTrail.size() + 1).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("restore");
            assertThat(e.user()).isEqualTo("admin");
            assertThat(e.category()).isEqualTo("collection");
        });
        try (CaseloadService admin = SignInStores.signedIn(restored, "admin")) {
            assertThat(admin.access().verifyAudit().holds()).isTrue();
        }
    }

    @Test
    void aBackupRemovesTheHiddenCopyThatAKilledBackupToTheSameFileLeft() throws Exception {
        Path db = folder.resolve("open");
        Path leftByAKill = folder.resolve(".b.backup8137410593846402.part");
        Path someoneElses = folder.resolve(".b.backup-notes.part");
        Files.writeString(leftByAKill, "half a backup");
        Files.writeString(someoneElses, "not ours");
        try (CaseloadService service = CaseloadServices.open(db)) {
            service.importCaseload(SignInStores.workedExample(), true);
            service.backup(folder.resolve("b.backup"), Disclosure.NONE);
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".part")))
                    .containsExactly(".b.backup-notes.part");
        }
    }

    @Test
    void backupsAreReadableByTheirOwnerOnly() throws Exception {
        Path db = folder.resolve("open");
        try (CaseloadService service = CaseloadServices.open(db)) {
            service.importCaseload(SignInStores.workedExample(), true);
            service.backup(folder.resolve("b.backup"), Disclosure.NONE);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("b.backup"))))
                .isEqualTo("rw-------");
    }

    @Test
    void restoreRefusesAPathThatHoldsADatabaseAndChangesNothing() throws Exception {
        Path db = folder.resolve("open");
        try (CaseloadService service = CaseloadServices.open(db)) {
            service.importCaseload(SignInStores.workedExample(), true);
            service.backup(folder.resolve("b.backup"), Disclosure.NONE);
        }
        byte[] before = Files.readAllBytes(folder.resolve("open.mv.db"));
        assertThatThrownBy(() -> CaseloadServices.restore(folder.resolve("b.backup"), db.toString(), null, () -> null,
                () -> null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("already holds");
        assertThat(Files.readAllBytes(folder.resolve("open.mv.db"))).isEqualTo(before);
    }

    @Test
    void aSignInModeBackupNeedsOneOfItsAdministrators() {
        Path db = SignInStores.create(folder.resolve("source"));
        Path backup = folder.resolve("caseload.backup");
        try (CaseloadService admin = SignInStores.signedIn(db, "admin")) {
            admin.backup(backup, WHY);
        }
        for (String user : new String[] {null, "manager", "nobody"}) {
            assertThatThrownBy(() -> CaseloadServices.restore(backup, folder.resolve("r").toString(), user, () -> PASSWORD,
                    () -> null)).isInstanceOf(NotAllowedException.class);
        }
        assertThatThrownBy(() -> CaseloadServices.restore(backup, folder.resolve("r").toString(), "admin",
                () -> "wrong password 123", () -> null)).isInstanceOf(NotAllowedException.class);
        assertThat(folder.resolve("r.mv.db")).doesNotExist();
    }

    @Test
    void onlyAnAdministratorMayBackUpInSignInModeAndWithAReason() {
        Path db = SignInStores.create(folder.resolve("source"));
        try (CaseloadService manager = SignInStores.signedIn(db, "manager")) {
            assertThatThrownBy(() -> manager.backup(folder.resolve("m.backup"), WHY))
                    .isInstanceOf(NotAllowedException.class);
        }
        try (CaseloadService admin = SignInStores.signedIn(db, "admin")) {
            assertThatThrownBy(() -> admin.backup(folder.resolve("a.backup"), Disclosure.NONE))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("--reason");
        }
        assertThat(folder.resolve("m.backup")).doesNotExist();
        assertThat(folder.resolve("a.backup")).doesNotExist();
    }

    @Test
    void anEncryptedDatabaseHasAnEncryptedBackupThatRestoresEncrypted() throws Exception {
        Path db = folder.resolve("secret");
        try (CaseloadService service = CaseloadServices.open(db.toString(), FILE_PASSWORD)) {
            service.importCaseload(SignInStores.workedExample(), true);
            assertThat(service.encrypted()).isTrue();
            service.backup(folder.resolve("s.backup"), Disclosure.NONE);
        }
        assertThat(new String(Files.readAllBytes(folder.resolve("s.backup")), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("OCG-2019-001");
        assertThatThrownBy(() -> CaseloadServices.restore(folder.resolve("s.backup"), folder.resolve("r").toString(), null,
                () -> null, () -> null)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> CaseloadServices.restore(folder.resolve("s.backup"), folder.resolve("r").toString(), null,
                () -> null, () -> "the-wrong-password".toCharArray())).isInstanceOf(NotAllowedException.class);
        CaseloadServices.restore(folder.resolve("s.backup"), folder.resolve("r").toString(), null, () -> null,
                () -> FILE_PASSWORD.clone());
        assertThat(CaseloadServices.isEncrypted(folder.resolve("r").toString())).isTrue();
        try (CaseloadService restored = CaseloadServices.open(folder.resolve("r").toString(), FILE_PASSWORD)) {
            assertThat(restored.load(LocalDate.of(2022, 4, 1)).threats()).hasSize(31);
        }
    }

    @Test
    void encryptThenDecryptInPlaceKeepsEverythingAndRecordsBoth() throws Exception {
        Path db = folder.resolve("plain");
        try (CaseloadService service = CaseloadServices.open(db)) {
            service.importCaseload(SignInStores.workedExample(), true);
        }
        var before = SignInStores.stored(db);
        try (CaseloadService service = CaseloadServices.open(db)) {
            service.changeEncryption(FILE_PASSWORD.clone());
        }
        assertThat(CaseloadServices.isEncrypted(db.toString())).isTrue();
        assertThat(new String(Files.readAllBytes(folder.resolve("plain.mv.db")),
                java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("OCG-2019-001");
        assertThatThrownBy(() -> CaseloadServices.open(db)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> CaseloadServices.open(db.toString(), "not-the-password".toCharArray()))
                .isInstanceOf(NotAllowedException.class);
        try (CaseloadService service = CaseloadServices.open(db.toString(), FILE_PASSWORD)) {
            assertThat(service.load(LocalDate.of(2022, 4, 1))).isEqualTo(before.withAsOf(LocalDate.of(2022, 4, 1)));
            service.changeEncryption(null);
        }
        assertThat(CaseloadServices.isEncrypted(db.toString())).isFalse();
        List<AuditEntry> trail = SignInStores.trail(db);
        assertThat(trail).extracting(AuditEntry::action).endsWith("encrypt", "decrypt");
        try (CaseloadService service = CaseloadServices.open(db)) {
            assertThat(service.access().verifyAudit().holds()).isTrue();
        }
    }
}
