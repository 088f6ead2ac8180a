package uk.police.soc.caseload.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Takes the user guide's screenshots on the worked example. Runs only when asked:
 * {@code mvn -o test -Dtest=ScreenshotTour -Dscreenshots=docs/images}.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTour {

    static {
        System.setProperty("headless.geometry", "1366x768-32");
    }

    private static final String TARGET = System.getProperty("screenshots");
    private final InMemoryCaseloadService service = InMemoryCaseloadService.workedExample();
    private WorkspaceViewModel workspace;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workspace = new WorkspaceViewModel(service, "your own database", new FxBackgroundRunner(),
                new FxDialogService(stage), p -> service);
        workspace.planningDateProperty().set(WorkedExampleWorkspace.AS_OF);
        stage.setScene(CaseloadApp.createScene(stage, workspace));
        stage.setWidth(1366);
        stage.setHeight(768);
        stage.show();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void save(Scene scene, String name) throws IOException, TimeoutException {
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)));
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path dir = Path.of(TARGET);
        Files.createDirectories(dir);
        ImageIO.write(out, "png", dir.resolve(name + ".png").toFile());
    }

    static Scene dialogScene(FxRobot robot, Stage main) throws TimeoutException {
        waitUntil(() -> robot.listTargetWindows().stream().anyMatch(w -> w != main && w.isShowing() && w instanceof Stage));
        Window dialog = robot.listTargetWindows().stream().filter(w -> w != main && w.isShowing()).findFirst().orElseThrow();
        return dialog.getScene();
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        assumeTrue(TARGET != null, "screenshots only on request");
        waitUntil(() -> robot.lookup("#tile-uncoverable").tryQuery().isPresent());
        Thread.sleep(300);
        save(stage.getScene(), "dashboard");

        robot.clickOn("#nav-threats");
        waitUntil(() -> robot.lookup("#threat-table").queryTableView().isVisible());
        robot.clickOn((javafx.scene.Node) robot.lookup("#threat-table .table-row-cell").query());
        save(stage.getScene(), "threats");

        robot.clickOn("#edit-threat");
        Scene editor = dialogScene(robot, stage);
        robot.doubleClickOn("#threat-points").write("-5");
        robot.doubleClickOn("#threat-min-pip").write("7");
        robot.clickOn(robot.from(editor.getRoot()).lookup(".button").match(b -> "Save".equals(((Button) b).getText()))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        save(editor, "threat-editor-errors");
        robot.clickOn(robot.from(editor.getRoot()).lookup(".button").match(b -> "Cancel".equals(((Button) b).getText()))
                .queryButton());

        robot.clickOn("#nav-officers");
        TableView<?> officers = robot.lookup("#officer-table").queryTableView();
        waitUntil(officers::isVisible);
        robot.interact(() -> workspace.showOfficer("E2302"));
        WaitForAsyncUtils.waitForFxEvents();
        save(stage.getScene(), "officers");

        robot.clickOn("#nav-board");
        waitUntil(() -> robot.lookup("#card-OCG-2019-001").tryQuery().isPresent());
        save(stage.getScene(), "board");
        robot.drag("#card-OCG-2020-005").dropTo("#column-E2302");
        Scene preview = dialogScene(robot, stage);
        save(preview, "board-move-preview");
        robot.clickOn(robot.from(preview.getRoot()).lookup(".button").match(b -> "Cancel".equals(((Button) b).getText()))
                .queryButton());

        robot.clickOn("#nav-training");
        waitUntil(() -> robot.lookup("#matrix-table").tryQuery()
                .map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
        save(stage.getScene(), "training");
        save(stage.getScene(), "training-matrix");
        String[] tabs = {"training-matrix", "training-gap-report", "training-records", "training-courses",
                "training-mentoring"};
        for (int tab = 1; tab < tabs.length; tab++) {
            int index = tab;
            robot.interact(() -> robot.lookup("#training-tabs").queryAs(javafx.scene.control.TabPane.class)
                    .getSelectionModel().select(index));
            // Each tab reads the store in the background when opened.
            Thread.sleep(400);
            WaitForAsyncUtils.waitForFxEvents();
            save(stage.getScene(), tabs[tab]);
        }
        robot.interact(() -> robot.lookup("#training-tabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(0));

        robot.clickOn("#nav-planning");
        robot.clickOn("#mode-breaches-only");
        robot.clickOn("#propose");
        Button accept = robot.lookup("#accept-proposal").queryButton();
        waitUntil(() -> !accept.isDisabled());
        // Untick two moves: the figures and the sentence below follow the ticks.
        java.util.List<javafx.scene.Node> boxes = robot.lookup("#proposal-moves").lookup(".check-box").queryAll()
                .stream().limit(2).toList();
        boxes.forEach(robot::clickOn);
        WaitForAsyncUtils.waitForFxEvents();
        save(stage.getScene(), "planning-breaches-only");
        robot.clickOn("#tick-all");
        robot.clickOn("#mode-full");
        robot.clickOn("#propose");
        waitUntil(() -> !accept.isDisabled());
        robot.clickOn((javafx.scene.Node) robot.lookup("#proposal-moves .table-row-cell").query());
        WaitForAsyncUtils.waitForFxEvents();
        save(stage.getScene(), "planning");
        robot.clickOn(accept);
        // More than five moves: the app asks first; OK is the default button.
        WaitForAsyncUtils.waitForFxEvents();
        if (service.writes.get() == 0) {
            robot.type(javafx.scene.input.KeyCode.ENTER);
        }
        waitUntil(() -> service.writes.get() == 1);
        robot.clickOn("#nav-dashboard");
        Thread.sleep(500);
        save(stage.getScene(), "dashboard-after-plan");

        robot.press(javafx.scene.input.KeyCode.F1).release(javafx.scene.input.KeyCode.F1);
        save(dialogScene(robot, stage), "keyboard-shortcuts");
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }
}
