package uk.police.soc.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help → User guide opens the guide that ships inside the app, pictures and all, with no network. */
@ExtendWith(ApplicationExtension.class)
class UserGuideWindowTest {

    static {
        System.setProperty("headless.geometry", "1366x768-32");
    }

    private final InMemoryCaseloadService service = InMemoryCaseloadService.workedExample();

    @Start
    void start(Stage stage) {
        WorkspaceViewModel workspace = new WorkspaceViewModel(service, "test", new FxBackgroundRunner(),
                new RecordingDialogService(), p -> service);
        stage.setScene(CaseloadApp.createScene(stage, workspace));
        stage.show();
    }

    @Test
    void theHelpMenuOpensTheGuideWithItsContentsAndScreenshots(FxRobot robot) throws TimeoutException {
        robot.clickOn("Help").clickOn("User guide");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#user-guide").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        ListView<Label> contents = robot.lookup("#user-guide-contents").queryAs(ListView.class);
        assertThat(contents.getItems()).extracting(Label::getText).contains("Dashboard", "Planning", "Keyboard");
        assertThat(robot.lookup("#user-guide").lookup(".image-view").queryAll()).isNotEmpty()
                .allSatisfy(n -> assertThat(((ImageView) n).getImage().isError()).isFalse());
        assertThat(robot.lookup("#user-guide").queryAll()).isNotEmpty();
        assertThat(UserGuideWindow.inline("**Accept** (`Ctrl+Shift+A`), see [settings](settings.md)"))
                .isEqualTo("Accept (Ctrl+Shift+A), see settings");
    }
}
