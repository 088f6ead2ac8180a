package uk.police.soc.caseload.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
import uk.police.soc.caseload.domain.access.Disclosure;
import uk.police.soc.caseload.domain.access.NewAccount;
import uk.police.soc.caseload.domain.access.Role;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.SignInStores;

/**
 * The user guide's screenshots of the Accounts and Audit trail screens, on the worked example in sign-in mode
 * with a little history. Runs only when asked: {@code mvn -o test -Dtest=AccessScreenshotTour
 * -Dscreenshots=docs/images}.
 */
@ExtendWith(ApplicationExtension.class)
class AccessScreenshotTour {

    static {
        System.setProperty("headless.geometry", "1366x768-32");
    }

    private static final String TARGET = System.getProperty("screenshots");
    @TempDir
    Path folder;
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

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        assumeTrue(TARGET != null, "screenshots only on request");
        Path db = SignInStores.create(folder.resolve("unit"));
        try (CaseloadService root = SignInStores.signedIn(db, SignInStores.ROOT)) {
            root.access().addAccount(new NewAccount("aclarke", "DS Amy Clarke", Set.of(Role.SUPERVISOR), "E2041"),
                    SignInStores.PASSWORD);
        }
        try (CaseloadService manager = SignInStores.signedIn(db, "manager")) {
            manager.applyAllocation(Map.of("OCG-2020-005", "E2302"));
            manager.disclose(uk.police.soc.caseload.domain.access.Operation.EXPORT,
                    new Disclosure("monthly caseload review", "Head of SOC"), java.time.LocalDate.of(2022, 4, 1),
                    "dataset file caseload.json");
        }
        service = SignInStores.signedInApp(db, "admin", java.time.Clock.systemUTC());
        robot.interact(() -> {
            WorkspaceViewModel workspace = new WorkspaceViewModel(service, "unit.mv.db", new FxBackgroundRunner(),
                    new FxDialogService(stage), p -> service);
            workspace.planningDateProperty().set(WorkedExampleWorkspace.AS_OF);
            stage.setScene(CaseloadApp.createScene(stage, workspace));
            stage.setWidth(1366);
            stage.setHeight(768);
            stage.show();
        });

        robot.clickOn("#nav-accounts");
        TableView<?> accounts = robot.lookup("#accounts-table").queryTableView();
        waitUntil(() -> accounts.getItems().size() > 5);
        robot.clickOn((javafx.scene.Node) robot.lookup("#accounts-table .table-row-cell").query());
        ScreenshotTour.save(stage.getScene(), "accounts");

        robot.clickOn("#account-add");
        Scene form = ScreenshotTour.dialogScene(robot, stage);
        robot.clickOn("#account-user-name").write("bad name");
        robot.clickOn("#account-password").write("short");
        robot.clickOn(robot.from(form.getRoot()).lookup(".button").match(b -> "Save".equals(((Button) b).getText()))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        ScreenshotTour.save(form, "account-new-errors");
        robot.clickOn(robot.from(form.getRoot()).lookup(".button").match(b -> "Cancel".equals(((Button) b).getText()))
                .queryButton());

        robot.clickOn("#nav-audit");
        TableView<?> trail = robot.lookup("#audit-table").queryTableView();
        waitUntil(() -> trail.getItems().size() > 10);
        robot.clickOn("#audit-verify");
        waitUntil(() -> !robot.lookup("#audit-verification").queryAs(Label.class).getText().isEmpty());
        ScreenshotTour.save(stage.getScene(), "audit-trail");

        robot.clickOn("#audit-record").write("OCG-2020-005");
        robot.clickOn("#audit-show");
        waitUntil(() -> trail.getItems().size() < 5);
        ScreenshotTour.save(stage.getScene(), "audit-trail-record");
    }
}
