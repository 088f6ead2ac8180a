package uk.police.soc.caseload.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.ui.BackgroundRunner;
import uk.police.soc.caseload.ui.CaseloadSnapshot;

@ExtendWith(ApplicationExtension.class)
class PolicySettingsDialogTest {

    static {
        // The size of the smallest screen the app supports; set before the headless platform starts.
        System.setProperty("headless.geometry", "1366x768-32");
    }

    @TempDir
    static Path folder;

    private Stage owner;
    private CaseloadService service;
    private final AtomicReference<Boolean> saved = new AtomicReference<>();

    @Start
    void start(Stage stage) throws IOException {
        owner = stage;
        service = SeedCaseStore.open(Files.createTempDirectory(folder, "store"));
        stage.setScene(new Scene(new StackPane(), 1366, 768));
        stage.show();
    }

    @AfterEach
    void closeStore() {
        service.close();
    }

    private Scene openDialog(FxRobot robot) throws TimeoutException {
        Platform.runLater(() -> saved.set(PolicySettingsDialog.show(owner, new PolicySettingsViewModel(service,
                CaseloadSnapshot.of(service.load(SeedCaseStore.AS_OF)), BackgroundRunner.SYNCHRONOUS))));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> dialogWindow(robot) != null);
        WaitForAsyncUtils.waitForFxEvents();
        return dialogWindow(robot).getScene();
    }

    private Window dialogWindow(FxRobot robot) {
        return robot.listTargetWindows().stream().filter(w -> w != owner && w.isShowing()).findFirst().orElse(null);
    }

    private static Label label(FxRobot robot, Scene dialog, String id) {
        return robot.from(dialog.getRoot()).lookup(id).queryAs(Label.class);
    }

    @Test
    void raisingTheRedThresholdChangesThePreviewAndSavingStoresIt(FxRobot robot) throws Exception {
        Scene dialog = openDialog(robot);
        String overloadedBefore = label(robot, dialog, "#preview-after-officersOverloaded").getText();

        robot.doubleClickOn("#policy-redLoadPercent").write("150");

        Label overloadedAfter = label(robot, dialog, "#preview-after-officersOverloaded");
        assertThat(overloadedAfter.getText()).isNotEqualTo(overloadedBefore);
        assertThat(overloadedAfter.getStyleClass()).contains("status-ok");
        assertThat(label(robot, dialog, "#preview-change-officersOverloaded").getText()).startsWith("−");
        saveSnapshot(dialog, "settings");
        Window window = dialog.getWindow();
        assertThat(window.getWidth()).isLessThanOrEqualTo(1366);
        assertThat(window.getHeight()).isLessThanOrEqualTo(768);

        robot.clickOn("#policy-save");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> saved.get() != null);

        assertThat(saved.get()).isTrue();
        assertThat(service.policy().redLoadPercent()).isEqualTo(150);
    }

    @Test
    void anInvalidValueIsShownBesideItsFieldAndNothingIsStored(FxRobot robot) throws Exception {
        Policy before = service.policy();
        Scene dialog = openDialog(robot);

        robot.doubleClickOn("#policy-pointsByPriority-2").write("-4");
        robot.clickOn("#policy-save");

        Label error = label(robot, dialog, "#error-pointsByPriority-2");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("⚠ Points: must be above 0");
        assertThat(dialog.getWindow().isShowing()).isTrue();
        assertThat(service.policy()).isEqualTo(before);
        saveSnapshot(dialog, "settings-errors");

        robot.clickOn("#policy-cancel");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> saved.get() != null);
        assertThat(saved.get()).isFalse();
        assertThat(service.policy()).isEqualTo(before);
    }

    @Test
    void restoreDefaultsRefillsTheFormKeepsTheDialogOpenAndSaveOnlyWorksOnAChange(FxRobot robot) throws Exception {
        Scene dialog = openDialog(robot);
        Button save = robot.from(dialog.getRoot()).lookup("#policy-save").queryButton();
        assertThat(save.isDisabled()).isTrue();
        robot.doubleClickOn("#policy-amberLoadPercent").write("80");
        assertThat(save.isDisabled()).isFalse();

        robot.clickOn("#policy-restore-defaults");

        assertThat(robot.from(dialog.getRoot()).lookup("#policy-amberLoadPercent")
                .queryTextInputControl().getText()).isEqualTo("100");
        assertThat(dialog.getWindow().isShowing()).isTrue();
        assertThat(save.isDisabled()).isTrue();
        robot.clickOn("#policy-cancel");
    }

    /** Writes the dialog's picture to {@code target/screenshots}, to be looked at after a headless run. */
    private static void saveSnapshot(Scene scene, String name) throws Exception {
        Node root = scene.getRoot();
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> root.snapshot(null, null)));
        BufferedImage picture = new BufferedImage((int) image.getWidth(), (int) image.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                picture.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        ImageIO.write(picture, "png", target.resolve(name + ".png").toFile());
    }
}
