package uk.police.soc.caseload.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.police.soc.caseload.ui.scenarios.ScenariosViewModel;

/**
 * The what-if screenshots of the user guide (resilience, scenarios, an officer's best threats) on the worked
 * example. Runs only when asked: {@code mvn -o test -Dtest=WhatIfScreenshotTour -Dscreenshots=docs/images}.
 * With {@code -Dgui} under Xvfb (e.g. {@code DISPLAY=:84}) it also saves what the X screen shows, as
 * {@code <name>-x.png}, to check the real window against the scene's picture.
 */
@ExtendWith(ApplicationExtension.class)
class WhatIfScreenshotTour {

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
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1366);
        stage.setHeight(768);
        stage.show();
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        assumeTrue(TARGET != null, "screenshots only on request");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#tile-singleCover").tryQuery().isPresent());
        save("dashboard");

        robot.clickOn("#nav-resilience");
        TableView<?> officers = robot.lookup("#resilience-officers").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !officers.getItems().isEmpty());
        robot.clickOn((javafx.scene.Node) robot.lookup("#resilience-officers .table-row-cell").query());
        save("resilience");

        robot.interact(() -> workspace.showThreats(ThreatFilter.SINGLE_COVER));
        save("threats-single-cover");
        robot.clickOn("#nav-board");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#card-OCG-2019-019").tryQuery().isPresent());
        save("board-single-cover");

        robot.clickOn("#nav-scenarios");
        robot.clickOn("#scenario-id").write("E9001");
        robot.clickOn("#scenario-name").write("DS Nia Price");
        robot.interact(() -> robot.lookup("#scenario-category").queryComboBox().getSelectionModel().select(0));
        robot.clickOn("#scenario-add");
        robot.clickOn("#scenario-save-name").write("One more drugs LRO");
        robot.clickOn("#scenario-save");
        Button plan = robot.lookup("#scenario-plan").queryButton();
        robot.clickOn(plan);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !plan.isDisabled()
                && robot.lookup("#scenario-progress").queryLabeled().getText().startsWith("Planned"));
        save("scenarios");

        // A second scenario: overload no longer allowed, red from 110% to 150% (first tried at 90%, below amber).
        for (int i = 0; i < 2; i++) {
            robot.interact(() -> robot.lookup("#scenario-changes").queryListView().getSelectionModel().select(0));
            robot.clickOn("#scenario-remove");
        }
        robot.interact(() -> robot.lookup("#scenario-kind").queryComboBox().getSelectionModel()
                .select(ScenariosViewModel.Kind.POLICY));
        robot.interact(() -> robot.lookup("#scenario-policy-setting").queryComboBox().getSelectionModel()
                .select("redLoadPercent"));
        robot.interact(() -> robot.lookup("#scenario-policy-value").queryTextInputControl().setText("90"));
        robot.clickOn("#scenario-add");
        save("scenarios-policy-problem");
        robot.interact(() -> robot.lookup("#scenario-changes").queryListView().getSelectionModel().select(0));
        robot.clickOn("#scenario-remove");
        robot.interact(() -> robot.lookup("#scenario-policy-setting").queryComboBox().getSelectionModel()
                .select("allowOverload"));
        robot.clickOn("#scenario-policy-allow-overload");
        robot.clickOn("#scenario-add");
        robot.interact(() -> robot.lookup("#scenario-policy-setting").queryComboBox().getSelectionModel()
                .select("redLoadPercent"));
        robot.interact(() -> robot.lookup("#scenario-policy-value").queryTextInputControl().setText("150"));
        robot.clickOn("#scenario-add");
        robot.interact(() -> robot.lookup("#scenario-save-name").queryTextInputControl().clear());
        robot.clickOn("#scenario-save-name").write("No overload, red above 150%");
        robot.clickOn("#scenario-save");
        save("scenarios-policy");

        robot.interact(() -> {
            robot.lookup("#scenario-compare-first").queryComboBox().getSelectionModel().select(1);
            robot.lookup("#scenario-compare-second").queryComboBox().getSelectionModel().select(0);
        });
        robot.interact(() -> robot.lookup("#scenario-tabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(1));
        robot.clickOn("#scenario-compare");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#scenario-load-comparison").queryTableView().getItems().isEmpty());
        save("scenarios-compare");

        robot.interact(() -> workspace.showOfficer("E2399"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#officer-tabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(1));
        save("officer-best-threats");
    }

    private void save(String name) throws Exception {
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        if (!Boolean.getBoolean("testfx.headless") && System.getenv("DISPLAY") != null) {
            Files.createDirectories(Path.of(TARGET));
            new ProcessBuilder("import", "-window", "root", Path.of(TARGET, name + "-x.png").toString())
                    .inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)));
        BufferedImage out = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path dir = Path.of(TARGET);
        Files.createDirectories(dir);
        ImageIO.write(out, "png", dir.resolve(name + ".png").toFile());
    }
}
