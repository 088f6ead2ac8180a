package uk.police.soc.caseload.ui.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.soc.caseload.service.SignInStores.PASSWORD;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.police.soc.caseload.domain.access.Role;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.SignInStores;
import uk.police.soc.caseload.ui.CaseloadApp;
import uk.police.soc.caseload.ui.FxBackgroundRunner;
import uk.police.soc.caseload.ui.RecordingDialogService;
import uk.police.soc.caseload.ui.WorkspaceViewModel;
import uk.police.soc.caseload.ui.access.AccountsViewModel.AccountRow;
import uk.police.soc.caseload.ui.access.AuditViewModel.AuditRow;

/** The Accounts and Audit trail screens in the main window, on a store in sign-in mode. */
@ExtendWith(ApplicationExtension.class)
class AccessScreensWindowTest {

    static {
        System.setProperty("headless.geometry", "1366x768-32");
    }

    @TempDir
    Path folder;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private Stage stage;
    private CaseloadService service;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (service != null) {
            service.close();
        }
    }

    private Path showAs(FxRobot robot, String user) {
        Path db = SignInStores.create(folder.resolve("store"));
        service = SignInStores.signedIn(db, user);
        robot.interact(() -> {
            WorkspaceViewModel workspace = new WorkspaceViewModel(service, "test", new FxBackgroundRunner(), dialogs,
                    p -> service);
            stage.setScene(CaseloadApp.createScene(stage, workspace));
            stage.show();
        });
        return db;
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorAddsAnAccountAndFiltersTheTrail(FxRobot robot) throws TimeoutException {
        Path db = showAs(robot, "admin");
        robot.clickOn("#nav-accounts");
        TableView<AccountRow> accounts = robot.lookup("#accounts-table").queryTableView();
        waitUntil(() -> accounts.getItems().size() == 6);
        dialogs.accountForm = form -> {
            form.userNameProperty().set("dsmith");
            form.roleProperty(Role.SUPERVISOR).set(true);
            form.officerIdProperty().set("E2041");
            form.passwordProperty().set(PASSWORD);
            form.confirmPasswordProperty().set(PASSWORD);
            return form.save();
        };
        robot.clickOn("#account-add");
        waitUntil(() -> accounts.getItems().stream().anyMatch(r -> r.userName().equals("dsmith")));
        assertThat(accounts.getItems()).filteredOn(r -> r.userName().equals("dsmith")).singleElement()
                .satisfies(r -> {
                    assertThat(r.roles()).isEqualTo("Supervisor");
                    assertThat(r.officer()).isEqualTo("DS Amy Clarke (E2041)");
                });
        assertThat(SignInStores.accounts(db)).anySatisfy(a -> {
            assertThat(a.userName()).isEqualTo("dsmith");
            assertThat(a.roles()).containsExactly(Role.SUPERVISOR);
        });

        robot.clickOn("#nav-audit");
        TableView<AuditRow> trail = robot.lookup("#audit-table").queryTableView();
        waitUntil(() -> trail.getItems().stream().anyMatch(r -> r.operation().equals("users.add")
                && r.user().equals("admin")));
        int all = trail.getItems().size();
        robot.clickOn("#audit-user").write("root");
        robot.clickOn("#audit-show");
        waitUntil(() -> trail.getItems().size() < all);
        assertThat(trail.getItems()).isNotEmpty().allSatisfy(r -> assertThat(r.user()).isEqualTo("root"));
        assertThat(robot.lookup("#audit-summary").queryAs(Label.class).getText()).contains("user root");

        robot.clickOn("#audit-verify");
        waitUntil(() -> !robot.lookup("#audit-verification").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#audit-verification").queryAs(Label.class).getText()).contains("The chain holds");
    }

    @Test
    void anotherRoleSeesBothScreensClosedWithTheRoleTheyNeed(FxRobot robot) throws TimeoutException {
        showAs(robot, "manager");
        robot.clickOn("#nav-accounts");
        Label refusal = robot.lookup("#accounts-refusal").queryAs(Label.class);
        waitUntil(refusal::isVisible);
        assertThat(refusal.getText()).contains("needs the admin role");
        assertThat(robot.lookup("#account-add").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#accounts-table").<Node>query().isVisible()).isFalse();

        robot.clickOn("#nav-audit");
        Label auditRefusal = robot.lookup("#audit-refusal").queryAs(Label.class);
        waitUntil(auditRefusal::isVisible);
        assertThat(auditRefusal.getText()).contains("Audit trail screen is for administrators");
        assertThat(robot.lookup("#audit-verify").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#audit-export").queryButton().isDisabled()).isTrue();
    }

    @Test
    void fileRestoreMakesANewDatabaseAndOffersToOpenIt(FxRobot robot) throws TimeoutException {
        Path db = showAs(robot, "admin");
        Path backup = folder.resolve("unit.socbackup");
        service.backup(backup, new uk.police.soc.caseload.domain.access.Disclosure("restore test", "the test"));
        dialogs.backupToRestore = backup;
        dialogs.newDatabase = folder.resolve("restored");
        dialogs.backupAdministrators.add(new uk.police.soc.caseload.ui.DialogService.Credentials("root",
                PASSWORD.toCharArray()));
        dialogs.confirmAnswer = false;

        robot.clickOn("File").clickOn("Restore…");

        waitUntil(() -> !dialogs.confirmations.isEmpty());
        assertThat(dialogs.confirmations.get(0)).contains("Restored unit.socbackup into the new database");
        assertThat(SignInStores.stored(folder.resolve("restored")).threats())
                .hasSameSizeAs(SignInStores.stored(db).threats());
        java.util.List<uk.police.soc.caseload.domain.access.AuditEntry> trail =
                SignInStores.trail(folder.resolve("restored"));
        assertThat(uk.police.soc.caseload.domain.access.AuditChain.verify(trail).holds()).isTrue();
        assertThat(trail.get(trail.size() - 1).action()).isEqualTo("restore");
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).contains("Restored unit.socbackup");
    }
}
