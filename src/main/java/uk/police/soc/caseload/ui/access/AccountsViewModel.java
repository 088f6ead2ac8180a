package uk.police.soc.caseload.ui.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.access.Account;
import uk.police.soc.caseload.domain.access.Actor;
import uk.police.soc.caseload.domain.access.Role;
import uk.police.soc.caseload.presentation.Names;
import uk.police.soc.caseload.service.AccessService;
import uk.police.soc.caseload.ui.Formats;
import uk.police.soc.caseload.ui.Screen;
import uk.police.soc.caseload.ui.WorkspaceViewModel;

/**
 * The Accounts screen (administrators): every account in words, and adding one, changing its roles, disabling
 * or enabling it and resetting its password, each through {@link AccessService} so that the role is checked and
 * the change audited in the service. Another account sees why the screen is closed to it and which role it needs.
 */
public class AccountsViewModel {

    /** One account as the table shows it. */
    public record AccountRow(Account account, String userName, String displayName, String roles, String officer,
            String status, String mustChangePassword, String lastSignIn) {
    }

    private final WorkspaceViewModel workspace;
    private final ObservableList<AccountRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<AccountRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper allowed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");

    public AccountsViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        // Read when shown (each reading is recorded as users.list), and again when another store is opened on it.
        workspace.screenProperty().addListener((obs, old, screen) -> {
            if (screen == Screen.ACCOUNTS) {
                load();
            }
        });
        workspace.databaseNameProperty().addListener((obs, old, name) -> {
            if (workspace.screenProperty().get() == Screen.ACCOUNTS) {
                load();
            }
        });
    }

    public ObservableList<AccountRow> rows() {
        return rows;
    }

    public ObjectProperty<AccountRow> selectedProperty() {
        return selected;
    }

    /** True once the signed-in account is known to hold the admin role (always in open mode). */
    public ReadOnlyBooleanProperty allowedProperty() {
        return allowed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** A sentence above the table: how many accounts, or that the database is in open mode. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Empty for an administrator; otherwise why the screen shows nothing, naming the role it needs. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    private AccessService access() {
        return workspace.service().access();
    }

    private record Loaded(Actor actor, List<Account> accounts) {
    }

    /** Reads the accounts in the background; a non-administrator is not asked for them at all. */
    public void load() {
        AccessService access = access();
        loading.set(true);
        workspace.runner().run(() -> {
            Actor actor = access.actor();
            return new Loaded(actor, actor.holds(Role.ADMIN) ? access.accounts() : List.of());
        }, loaded -> {
            loading.set(false);
            allowed.set(loaded.actor().holds(Role.ADMIN));
            refusal.set(allowed.get() ? "" : RoleWords.needsAdministrator("Accounts", loaded.actor()));
            String keep = selected.get() == null ? null : selected.get().userName();
            rows.setAll(loaded.accounts().stream().sorted(Comparator.comparing(Account::userName))
                    .map(this::row).toList());
            selected.set(rows.stream().filter(r -> r.userName().equals(keep)).findFirst().orElse(null));
            notice.set(!allowed.get() ? "" : loaded.accounts().isEmpty()
                    ? "This database has no accounts (open mode): anyone who can open it can change it. Add an"
                            + " administrator to require sign-in."
                    : loaded.accounts().size() + (loaded.accounts().size() == 1 ? " account" : " accounts")
                            + ". Every change here is checked and recorded in the audit trail.");
        }, error -> {
            loading.set(false);
            rows.clear();
            allowed.set(false);
            refusal.set(RoleWords.of(error));
        });
    }

    private AccountRow row(Account account) {
        Instant now = Instant.now();
        String status = account.disabled() ? "Disabled"
                : account.lockedAt(now) ? "Locked till " + Formats.utcTime(account.lockedUntil()).substring(11, 16)
                : "Enabled";
        return new AccountRow(account, account.userName(), account.displayName() == null ? "" : account.displayName(),
                RoleWords.of(account.roles()), officer(account.officerId()), status,
                account.mustChangePassword() ? "Must be changed" : "Set",
                account.lastSignIn() == null ? "never" : Formats.utcTime(account.lastSignIn()));
    }

    private String officer(String officerId) {
        if (officerId == null) {
            return "";
        }
        Caseload caseload = workspace.snapshot() == null ? null : workspace.snapshot().caseload();
        return caseload == null ? officerId : Names.officer(caseload, officerId);
    }

    // ---- commands ----------------------------------------------------------------------------------------

    /** Asks for a new account and creates it; the first one switches the database to sign-in mode. */
    public void addAccount() {
        if (!allowed.get()) {
            return;
        }
        boolean first = rows.isEmpty();
        Caseload caseload = workspace.snapshot() == null ? null : workspace.snapshot().caseload();
        List<String> officers = new ArrayList<>();
        officers.add(null);
        if (caseload != null) {
            caseload.officers().stream().sorted(Comparator.comparing(Officer::id)).map(Officer::id)
                    .forEach(officers::add);
        }
        AccountFormViewModel form = AccountFormViewModel.adding(access(), officers, this::officer, first);
        if (!workspace.dialogs().editAccount(form)) {
            return;
        }
        workspace.say(form.done());
        if (first) {
            // The store now requires sign-in: this window's open-mode session has ended with it.
            workspace.accessModeChanged();
            if (workspace.dialogs().signIn(access(), workspace.databaseNameProperty().get())) {
                workspace.refresh();
            } else {
                workspace.say(form.done() + ". The database now requires sign-in: open it again to sign in.");
            }
        }
        load();
    }

    /** Changes the roles of the selected account. */
    public void changeRoles() {
        AccountRow row = selected.get();
        if (!allowed.get() || row == null) {
            return;
        }
        AccountFormViewModel form = AccountFormViewModel.changingRoles(access(), row.account());
        if (workspace.dialogs().editAccount(form)) {
            workspace.say(form.done());
            load();
        }
    }

    /** Sets a new password for the selected account, which must change it at its next sign-in. */
    public void resetPassword() {
        AccountRow row = selected.get();
        if (allowed.get() && row != null && workspace.dialogs().editAccount(
                AccountFormViewModel.resettingPassword(access(), row.account()))) {
            workspace.say("Reset the password of " + row.userName() + ": it must be changed at the next sign-in");
            load();
        }
    }

    /** Disables the selected account (it can no longer sign in), or enables it again. */
    public void toggleEnabled() {
        AccountRow row = selected.get();
        if (!allowed.get() || row == null) {
            return;
        }
        boolean enable = row.account().disabled();
        String verb = enable ? "Enable" : "Disable";
        if (!workspace.dialogs().confirm(verb + " " + row.userName(), verb + " the account " + row.userName() + "?",
                enable ? "It can sign in again with its password."
                        : "It can no longer sign in. Its entries in the audit trail stay as they are.")) {
            return;
        }
        AccessService access = access();
        workspace.runner().run(() -> {
            access.setEnabled(row.userName(), enable);
            return null;
        }, ignored -> {
            workspace.say(row.userName() + (enable ? " enabled" : " disabled"));
            load();
        }, error -> workspace.dialogs().showError("Nothing was changed", RoleWords.about(row.userName(), error)));
    }

    /** "Disable" or "Enable", for the selected account's button. */
    public String enableActionFor(AccountRow row) {
        return row != null && row.account().disabled() ? "Enable" : "Disable";
    }
}
