package uk.police.soc.caseload.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.CaseloadServices;

/**
 * Takes the shared-store page's screenshots with two desks on one real store: the editor of a threat another
 * desk changed meanwhile, the Open shared database dialog, and the lost-connection banner. Runs only when
 * asked: {@code mvn -o test -Dtest=SharedStoreScreenshots -Dscreenshots=$PWD/docs/images}.
 */
@ExtendWith(ApplicationExtension.class)
class SharedStoreScreenshots {

    static {
        System.setProperty("headless.geometry", "1366x768-32");
    }

    private static final String TARGET = System.getProperty("screenshots");

    @TempDir
    static Path folder;

    private Stage stage;
    private WorkspaceViewModel workspace;
    private String db;

    @org.junit.jupiter.api.BeforeAll
    static void aUnitStoreHoldingTheWorkedExample() {
        try (CaseloadService setup = CaseloadServices.open(folder.resolve("unit").toString())) {
            setup.importCaseload(InMemoryCaseloadService.workedExampleCaseload(), true);
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        db = folder.resolve("unit").toString();
        CaseloadService service = CaseloadServices.open(db);
        workspace = new WorkspaceViewModel(service, service.storeName(), new FxBackgroundRunner(),
                new FxDialogService(stage), p -> service);
        workspace.planningDateProperty().set(WorkedExampleWorkspace.AS_OF);
        stage.setScene(CaseloadApp.createScene(stage, workspace));
        stage.setWidth(1366);
        stage.setHeight(768);
        stage.show();
        workspace.startLiveView(Platform::runLater);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void save(Scene scene, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)));
        BufferedImage out = new BufferedImage((int) image.getWidth(), (int) image.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(Path.of(TARGET));
        ImageIO.write(out, "png", Path.of(TARGET, name + ".png").toFile());
    }

    private static Scene dialogScene(FxRobot robot, Stage main) throws TimeoutException {
        waitUntil(() -> robot.listTargetWindows().stream().anyMatch(w -> w != main && w.isShowing() && w instanceof Stage));
        Window dialog = robot.listTargetWindows().stream().filter(w -> w != main && w.isShowing()).findFirst().orElseThrow();
        return dialog.getScene();
    }

    private static Button button(FxRobot robot, Scene scene, String text) {
        return robot.from(scene.getRoot()).lookup(".button").match(b -> text.equals(((Button) b).getText()))
                .queryButton();
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        assumeTrue(TARGET != null, "screenshots only on request");
        waitUntil(() -> workspace.snapshot() != null);
        robot.clickOn("#nav-threats");
        waitUntil(() -> robot.lookup("#threat-table").queryTableView().isVisible());
        robot.clickOn((javafx.scene.Node) robot.lookup("#threat-table .table-row-cell").query());
        String threatId = ((ThreatRow) robot.lookup("#threat-table").queryTableView().getSelectionModel()
                .getSelectedItem()).threat().id();
        robot.clickOn("#edit-threat");
        Scene editor = dialogScene(robot, stage);
        robot.doubleClickOn("#threat-points").write("8");

        // Meanwhile, at another desk:
        try (CaseloadService kate = CaseloadServices.open(db)) {
            Caseload read = kate.load(WorkedExampleWorkspace.AS_OF);
            Threat theirs = read.threat(threatId).orElseThrow().withWorkloadPoints(12.0);
            kate.saveThreat(theirs, read);
        }
        waitUntil(() -> editor.getRoot().lookupAll(".field-error").stream()
                .anyMatch(n -> n.isVisible() && ((javafx.scene.control.Label) n).getText().contains("another desk")));
        robot.clickOn(button(robot, editor, "Save"));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        save(editor, "conflict");
        robot.clickOn(button(robot, editor, "Cancel"));

        robot.interact(() -> workspace.connectionProblem("Lost the connection to postgresql://db.soc.example:5432/"
                + "soc_caseload as desk_amy at 08:45:12. What you have typed is kept; the planner reconnects by itself"
                + " and shows the latest data when it does. Nothing half-saved is kept by the store."));
        WaitForAsyncUtils.waitForFxEvents();
        save(stage.getScene(), "connection-lost");
        robot.interact(() -> workspace.connectionProblem(""));

        Platform.runLater(workspace::openSharedDatabase);
        Scene shared = dialogScene(robot, stage);
        robot.clickOn("#shared-url").push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.A)
                .write("postgresql://db.soc.example/soc_caseload?sslmode=verify-full");
        robot.clickOn("#shared-user").write("desk_amy");
        robot.clickOn("#shared-password").write("not-a-real-one");
        save(shared, "open-shared-database");
        robot.clickOn(button(robot, shared, "Cancel"));
    }
}
