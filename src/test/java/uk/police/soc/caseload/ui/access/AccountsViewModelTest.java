package uk.police.soc.caseload.ui.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.soc.caseload.service.SignInStores.PASSWORD;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.domain.access.Account;
import uk.police.soc.caseload.domain.access.AuditEntry;
import uk.police.soc.caseload.domain.access.Role;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.CaseloadServices;
import uk.police.soc.caseload.service.SignInStores;
import uk.police.soc.caseload.ui.BackgroundRunner;
import uk.police.soc.caseload.ui.RecordingDialogService;
import uk.police.soc.caseload.ui.Screen;
import uk.police.soc.caseload.ui.WorkspaceViewModel;
import uk.police.soc.caseload.ui.access.AccountsViewModel.AccountRow;

/**
 * The Accounts screen does everything through the service: what an administrator does there is stored and
 * audited under their name; another account is shown why the screen is closed and changes nothing.
 */
class AccountsViewModelTest {

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

    private AccountsViewModel screenAs(Path db, String user) {
        service = SignInStores.signedIn(db, user);
        WorkspaceViewModel workspace = new WorkspaceViewModel(service, "test", BackgroundRunner.SYNCHRONOUS, dialogs,
                p -> service);
        workspace.refresh();
        AccountsViewModel accounts = new AccountsViewModel(workspace);
        workspace.screenProperty().set(Screen.ACCOUNTS);
        return accounts;
    }

    private static Account stored(Path db, String user) {
        return SignInStores.accounts(db).stream().filter(a -> a.userName().equals(user)).findFirst().orElseThrow();
    }

    private static AccountRow row(AccountsViewModel accounts, String user) {
        return accounts.rows().stream().filter(r -> r.userName().equals(user)).findFirst().orElseThrow();
    }

    @Test
    void anAdministratorAddsAnAccountThenChangesItsRolesAndBothAreStoredAndAudited() {
        Path db = SignInStores.create(folder.resolve("accounts"));
        AccountsViewModel accounts = screenAs(db, "admin");
        assertThat(accounts.allowedProperty().get()).isTrue();
        assertThat(accounts.rows()).extracting(AccountRow::userName).contains("root", "admin", "manager");
        assertThat(row(accounts, "manager").roles()).isEqualTo("SOC manager");

        dialogs.accountForm = form -> {
            form.userNameProperty().set("dsmith");
            form.displayNameProperty().set("DS Sam Smith");
            form.roleProperty(Role.MANAGER).set(true);
            form.officerIdProperty().set("E2041");
            form.passwordProperty().set("a long enough password");
            form.confirmPasswordProperty().set("a long enough password");
            return form.save();
        };
        accounts.addAccount();

        Account added = stored(db, "dsmith");
        assertThat(added.roles()).containsExactly(Role.MANAGER);
        assertThat(added.officerId()).isEqualTo("E2041");
        assertThat(added.displayName()).isEqualTo("DS Sam Smith");
        AccountRow shown = row(accounts, "dsmith");
        assertThat(shown.officer()).isEqualTo("DS Amy Clarke (E2041)");
        assertThat(shown.status()).isEqualTo("Enabled");
        assertThat(shown.lastSignIn()).isEqualTo("never");

        accounts.selectedProperty().set(shown);
        dialogs.accountForm = form -> {
            form.roleProperty(Role.MANAGER).set(false);
            form.roleProperty(Role.TRAINER).set(true);
            form.roleProperty(Role.SUPERVISOR).set(true);
            return form.save();
        };
        accounts.changeRoles();

        assertThat(stored(db, "dsmith").roles()).containsExactlyInAnyOrder(Role.TRAINER, Role.SUPERVISOR);
        assertThat(row(accounts, "dsmith").roles()).isEqualTo("Supervisor, Trainer");
        assertThat(SignInStores.trail(db)).filteredOn(e -> e.user().equals("admin"))
                .extracting(AuditEntry::action).contains("users.add", "users.set-roles", "users.list");
    }

    @Test
    void disablingAndResettingArePassedToTheService() {
        Path db = SignInStores.create(folder.resolve("disable"));
        AccountsViewModel accounts = screenAs(db, "admin");
        accounts.selectedProperty().set(row(accounts, "viewer"));
        assertThat(accounts.enableActionFor(accounts.selectedProperty().get())).isEqualTo("Disable");

        accounts.toggleEnabled();
        assertThat(stored(db, "viewer").disabled()).isTrue();
        assertThat(row(accounts, "viewer").status()).isEqualTo("Disabled");

        accounts.selectedProperty().set(row(accounts, "trainer"));
        dialogs.accountForm = form -> {
            form.passwordProperty().set("a brand new password");
            form.confirmPasswordProperty().set("a brand new password");
            return form.save();
        };
        accounts.resetPassword();
        assertThat(stored(db, "trainer").mustChangePassword()).isTrue();
        assertThat(row(accounts, "trainer").mustChangePassword()).isEqualTo("Must be changed");
        assertThat(SignInStores.trail(db)).extracting(AuditEntry::action)
                .contains("users.disable", "users.reset-password");
    }

    @Test
    void aFormWithMistakesSaysWhichFieldIsWrongAndStoresNothing() {
        Path db = SignInStores.create(folder.resolve("mistakes"));
        AccountsViewModel accounts = screenAs(db, "admin");
        int before = SignInStores.accounts(db).size();
        AccountFormViewModel[] shown = new AccountFormViewModel[1];
        dialogs.accountForm = form -> {
            shown[0] = form;
            form.userNameProperty().set("manager");
            form.passwordProperty().set("short");
            form.confirmPasswordProperty().set("shorter");
            assertThat(form.save()).isFalse();
            assertThat(form.errors().of(AccountFormViewModel.CONFIRM)).contains("differ");
            assertThat(form.errors().of(AccountFormViewModel.ROLES)).contains("at least one role");
            form.roleProperty(Role.VIEWER).set(true);
            form.confirmPasswordProperty().set("short");
            assertThat(form.save()).isFalse();
            assertThat(form.errors().of(AccountFormViewModel.PASSWORD)).contains("12 characters");
            form.passwordProperty().set(PASSWORD);
            form.confirmPasswordProperty().set(PASSWORD);
            assertThat(form.save()).isFalse();
            assertThat(form.errors().of(AccountFormViewModel.USER_NAME)).contains("already exists");
            return false;
        };
        accounts.addAccount();

        assertThat(shown[0]).isNotNull();
        assertThat(SignInStores.accounts(db)).hasSize(before);
    }

    @Test
    void theLastAdministratorKeepsTheRoleAndTheFormSaysWhy() {
        Path db = folder.resolve("one-admin");
        try (CaseloadService open = CaseloadServices.open(db)) {
            open.importCaseload(SignInStores.workedExample(), true);
            open.access().addAccount(new uk.police.soc.caseload.domain.access.NewAccount("chief", null,
                    Set.of(Role.ADMIN), null), PASSWORD);
        }
        service = CaseloadServices.open(db);
        service.access().signIn("chief", PASSWORD, uk.police.soc.caseload.service.SessionKind.COMMAND);
        WorkspaceViewModel workspace = new WorkspaceViewModel(service, "test", BackgroundRunner.SYNCHRONOUS, dialogs,
                p -> service);
        AccountsViewModel accounts = new AccountsViewModel(workspace);
        workspace.screenProperty().set(Screen.ACCOUNTS);
        accounts.selectedProperty().set(row(accounts, "chief"));
        String[] problem = new String[1];
        dialogs.accountForm = form -> {
            form.roleProperty(Role.ADMIN).set(false);
            form.roleProperty(Role.VIEWER).set(true);
            boolean saved = form.save();
            problem[0] = String.join(" ", form.errors().general()) + form.errors().byField().values();
            return saved;
        };
        accounts.changeRoles();

        assertThat(problem[0]).contains("last enabled administrator");
        assertThat(stored(db, "chief").roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void anotherRoleIsToldTheScreenNeedsTheAdministratorRoleAndCanChangeNothing() {
        Path db = SignInStores.create(folder.resolve("manager"));
        AccountsViewModel accounts = screenAs(db, "manager");
        assertThat(accounts.allowedProperty().get()).isFalse();
        assertThat(accounts.refusalProperty().get()).contains("needs the admin role").contains("manager")
                .contains("SOC manager");
        assertThat(accounts.rows()).isEmpty();
        dialogs.accountForm = form -> {
            throw new AssertionError("no form is offered to a non-administrator");
        };
        accounts.addAccount();
        int before = SignInStores.accounts(db).size();
        assertThat(SignInStores.accounts(db)).hasSize(before);
        // Not even asked: the list of accounts is not read for an account that may not see it.
        assertThat(SignInStores.trail(db)).filteredOn(e -> e.user().equals("manager"))
                .extracting(AuditEntry::action).doesNotContain("users.list");
    }

    @Test
    void theFirstAccountOfAnOpenDatabaseIsAnAdministratorAndEndsOpenMode() {
        Path db = folder.resolve("open");
        service = CaseloadServices.open(db);
        service.importCaseload(SignInStores.workedExample(), true);
        WorkspaceViewModel workspace = new WorkspaceViewModel(service, "test", BackgroundRunner.SYNCHRONOUS, dialogs,
                p -> service);
        assertThat(workspace.openModeProperty().get()).isTrue();
        AccountsViewModel accounts = new AccountsViewModel(workspace);
        workspace.screenProperty().set(Screen.ACCOUNTS);
        assertThat(accounts.noticeProperty().get()).contains("open mode");
        boolean[] adminTicked = new boolean[1];
        dialogs.accountForm = form -> {
            adminTicked[0] = form.roleProperty(Role.ADMIN).get();
            form.userNameProperty().set("chief");
            form.passwordProperty().set(PASSWORD);
            form.confirmPasswordProperty().set(PASSWORD);
            return form.save();
        };
        accounts.addAccount();

        assertThat(adminTicked[0]).isTrue();
        assertThat(stored(db, "chief").roles()).containsExactly(Role.ADMIN);
        assertThat(workspace.openModeProperty().get()).isFalse();
    }

    @Test
    void theSessionsClosingEntryListsTheScreensShown() {
        Path db = SignInStores.create(folder.resolve("screens"));
        service = SignInStores.signedInApp(db, "admin", java.time.Clock.systemUTC());
        WorkspaceViewModel workspace = new WorkspaceViewModel(service, "test", BackgroundRunner.SYNCHRONOUS, dialogs,
                p -> service);
        new AccountsViewModel(workspace);
        workspace.screenProperty().set(Screen.ACCOUNTS);
        service.access().signOut();

        assertThat(SignInStores.trail(db)).filteredOn(e -> e.action().equals("sign-out")).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("screens opened: Dashboard, Accounts"));
    }
}
