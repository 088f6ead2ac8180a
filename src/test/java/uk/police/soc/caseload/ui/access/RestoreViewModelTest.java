package uk.police.soc.caseload.ui.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.soc.caseload.service.SignInStores.PASSWORD;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.access.AuditChain;
import uk.police.soc.caseload.domain.access.AuditEntry;
import uk.police.soc.caseload.domain.access.Disclosure;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.CaseloadServices;
import uk.police.soc.caseload.service.SignInStores;
import uk.police.soc.caseload.ui.BackgroundRunner;
import uk.police.soc.caseload.ui.DialogService;
import uk.police.soc.caseload.ui.RecordingDialogService;
import uk.police.soc.caseload.ui.WorkspaceViewModel;

/** File → Restore…: a new database with the same records and a chain that holds; refusals said in words. */
class RestoreViewModelTest {

    @TempDir
    Path folder;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private CaseloadService service;

    @AfterEach
    void close() {
        if (service != null) {
            service.close();
        }
    }

    /** A backup of a store in sign-in mode, and the app open on another database. */
    private RestoreViewModel restoreFrom(Path backup) {
        Path source = SignInStores.create(folder.resolve("source"));
        try (CaseloadService admin = SignInStores.signedIn(source, "admin")) {
            admin.backup(backup, new Disclosure("restore test", "the test"));
        }
        service = CaseloadServices.open(folder.resolve("desk"));
        WorkspaceViewModel workspace = new WorkspaceViewModel(service, "desk", BackgroundRunner.SYNCHRONOUS, dialogs,
                CaseloadServices::open);
        return new RestoreViewModel(workspace);
    }

    @Test
    void aRestoreFromTheAppHoldsTheSameRecordsAndAChainThatVerifies() {
        Path backup = folder.resolve("unit.socbackup");
        RestoreViewModel restore = restoreFrom(backup);
        Path target = folder.resolve("restored");
        dialogs.backupToRestore = backup;
        dialogs.newDatabase = target;
        dialogs.backupAdministrators.add(new DialogService.Credentials("admin", PASSWORD.toCharArray()));
        dialogs.confirmAnswer = false;

        restore.restore();

        assertThat(dialogs.errors).isEmpty();
        // Asked once, when the backup turned out to hold accounts, with nothing wrong yet.
        assertThat(dialogs.administratorProblems).containsExactly("");
        assertThat(dialogs.confirmations).singleElement().asString().contains("Open the restored database now?");
        assertThat(SignInStores.stored(target).threats()).extracting(Threat::id)
                .containsExactlyElementsOf(SignInStores.stored(folder.resolve("source")).threats().stream()
                        .map(Threat::id).toList());
        assertThat(SignInStores.accounts(target)).hasSameSizeAs(SignInStores.accounts(folder.resolve("source")));
        java.util.List<AuditEntry> trail = SignInStores.trail(target);
        assertThat(AuditChain.verify(trail).holds()).isTrue();
        assertThat(trail.get(trail.size() - 1).action()).isEqualTo("restore");
        assertThat(trail.get(trail.size() - 1).user()).isEqualTo("admin");
    }

    @Test
    void aRestoreNeverOverwritesADatabase() {
        Path backup = folder.resolve("unit.socbackup");
        RestoreViewModel restore = restoreFrom(backup);
        Path target = SignInStores.create(folder.resolve("existing"));
        long before = SignInStores.trail(target).size();

        restore.restore(backup, target);

        assertThat(dialogs.errors).singleElement().asString().contains("already holds a database")
                .contains("never overwrites");
        assertThat(SignInStores.trail(target)).hasSize((int) before);
    }

    @Test
    void someoneWhoIsNotAnAdministratorOfTheBackupIsRefusedAndNothingIsMade() {
        Path backup = folder.resolve("unit.socbackup");
        RestoreViewModel restore = restoreFrom(backup);
        Path target = folder.resolve("refused");
        dialogs.backupAdministrators.add(new DialogService.Credentials("manager", PASSWORD.toCharArray()));

        restore.restore(backup, target);

        // Asked again, saying why, and then cancelled.
        assertThat(dialogs.administratorProblems).hasSize(2);
        assertThat(dialogs.administratorProblems.get(1)).contains("not an enabled administrator of the backup");
        assertThat(Files.exists(target.resolveSibling("refused.mv.db"))).isFalse();
    }

    @Test
    void aFileThatIsNotABackupIsSaidInWords() throws Exception {
        Path notABackup = Files.writeString(folder.resolve("notes.txt"), "shopping list");
        service = CaseloadServices.open(folder.resolve("desk"));
        RestoreViewModel restore = new RestoreViewModel(new WorkspaceViewModel(service, "desk",
                BackgroundRunner.SYNCHRONOUS, dialogs, CaseloadServices::open));

        restore.restore(notABackup, folder.resolve("from-notes"));

        assertThat(dialogs.errors).singleElement().asString().startsWith("Nothing was restored: ")
                .contains("is not a planner backup").doesNotContain("Exception");
    }

    @Test
    void anEncryptedBackupAsksForItsFilePasswordAndMakesAnEncryptedDatabase() {
        char[] filePassword = "Long-random-file-password-42".toCharArray();
        Path source = folder.resolve("secret");
        Path backup = folder.resolve("secret.socbackup");
        try (CaseloadService encrypted = CaseloadServices.open(source.toString(), filePassword)) {
            encrypted.importCaseload(SignInStores.workedExample(), true);
            encrypted.backup(backup, Disclosure.NONE);
        }
        service = CaseloadServices.open(folder.resolve("desk"));
        RestoreViewModel restore = new RestoreViewModel(new WorkspaceViewModel(service, "desk",
                BackgroundRunner.SYNCHRONOUS, dialogs, CaseloadServices::open));
        dialogs.confirmAnswer = false;

        dialogs.filePassword = "Not-the-file-password-42".toCharArray();
        restore.restore(backup, folder.resolve("wrong"));
        assertThat(dialogs.errors).singleElement().asString().startsWith("Nothing was restored: ")
                .doesNotContain("Exception");
        assertThat(CaseloadServices.exists(folder.resolve("wrong").toString())).isFalse();

        dialogs.filePassword = filePassword;
        Path target = folder.resolve("restored-secret");
        restore.restore(backup, target);

        assertThat(dialogs.errors).hasSize(1);
        assertThat(CaseloadServices.isEncrypted(target.toString())).isTrue();
        try (CaseloadService restored = CaseloadServices.openExisting(target.toString(), filePassword)) {
            assertThat(restored.load(java.time.LocalDate.of(2022, 4, 1)).threats())
                    .hasSameSizeAs(SignInStores.workedExample().threats());
        }
    }
}
