package uk.police.soc.caseload.ui.access;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.access.NotAllowedException;
import uk.police.soc.caseload.service.BackupSummary;
import uk.police.soc.caseload.service.CaseloadServices;
import uk.police.soc.caseload.ui.DialogService;
import uk.police.soc.caseload.ui.WorkspaceViewModel;

/**
 * File → Restore…: a new database from a backup file, never over an existing one (access.md {@code restore}). An
 * encrypted backup asks for its file password first; a backup holding accounts asks for one of its own
 * administrators, whom the service checks against the backup. The work runs in the background; once done, the
 * app offers to open the restored database.
 */
public class RestoreViewModel {

    private static final String ACCOUNTS_NEEDED = "--user";

    private final WorkspaceViewModel workspace;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);

    public RestoreViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the user gave so far; the administrator is asked only once the backup turns out to hold accounts. */
    private record Request(Path backup, Path target, char[] filePassword, DialogService.Credentials admin) {

        Request with(DialogService.Credentials credentials) {
            return new Request(backup, target, filePassword, credentials);
        }
    }

    /** Asks for the backup and the new database's place, then restores. */
    public void restore() {
        DialogService dialogs = workspace.dialogs();
        Optional<Path> backup = dialogs.chooseBackupToRestore();
        if (backup.isEmpty()) {
            return;
        }
        Optional<Path> target = dialogs.chooseNewDatabase();
        if (target.isEmpty()) {
            return;
        }
        restore(backup.get(), target.get());
    }

    /** Restores {@code backup} into a new database at {@code target} (an H2 path without {@code .mv.db}). */
    public void restore(Path backup, Path target) {
        DialogService dialogs = workspace.dialogs();
        if (CaseloadServices.exists(target.toString())) {
            dialogs.showError("Restore refused", target + " already holds a database. A restore never overwrites"
                    + " one: choose a new name, or move that file away first.");
            return;
        }
        char[] filePassword = null;
        try {
            if (CaseloadServices.isEncryptedBackup(backup)) {
                Optional<char[]> given = dialogs.askFilePassword("the encrypted backup " + backup.getFileName());
                if (given.isEmpty()) {
                    return;
                }
                filePassword = given.get();
            }
        } catch (InvalidInputException e) {
            dialogs.showError("Restore refused", RoleWords.sentence(e.problems().get(0).message()));
            return;
        }
        run(new Request(backup, target, filePassword, null));
    }

    private void run(Request request) {
        DialogService dialogs = workspace.dialogs();
        running.set(true);
        workspace.busy(true);
        workspace.say("Restoring " + request.backup().getFileName() + " into " + request.target() + "…");
        String user = request.admin() == null ? null : request.admin().userName();
        String password = request.admin() == null ? null : new String(request.admin().password());
        workspace.runner().run(() -> CaseloadServices.restore(request.backup(), request.target().toString(), user,
                () -> password, () -> request.filePassword()), summary -> {
                    running.set(false);
                    workspace.busy(false);
                    restored(request, summary);
                }, error -> {
                    running.set(false);
                    workspace.busy(false);
                    if (error instanceof NotAllowedException refused && ACCOUNTS_NEEDED.equals(refused.path())) {
                        // The backup holds accounts: one of its administrators must say who restores it.
                        workspace.say(request.backup().getFileName() + " holds accounts: one of its administrators"
                                + " must sign in to restore it");
                        dialogs.askBackupAdministrator(request.backup().getFileName().toString(),
                                request.admin() == null ? "" : RoleWords.sentence(refused.reason()))
                                .ifPresentOrElse(admin -> run(request.with(admin)),
                                        () -> workspace.say("Nothing was restored"));
                        return;
                    }
                    workspace.say("Nothing was restored");
                    dialogs.showError("Nothing was restored", RoleWords.of(error));
                });
    }

    private void restored(Request request, BackupSummary summary) {
        workspace.say("Restored " + request.backup().getFileName() + " into " + summary.store());
        String what = summary.rows("threat") + " threats, " + summary.rows("officer") + " officers, "
                + summary.rows("account") + " accounts and " + summary.rows("audit_entry") + " audit entries"
                + (summary.encrypted() ? "; encrypted with the backup's file password" : "");
        if (workspace.dialogs().confirm("Restored", "Restored " + request.backup().getFileName() + " into the new"
                + " database " + summary.store(), what + ".\n\nOpen the restored database now?")) {
            workspace.openRestored(request.target(), request.filePassword());
        }
    }
}
