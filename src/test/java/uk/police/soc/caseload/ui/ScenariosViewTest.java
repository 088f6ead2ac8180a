package uk.police.soc.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.police.soc.caseload.ui.scenarios.ScenariosViewModel.Kind;

/** The Scenarios screen in a 1366×768 window on the worked example: nothing cut short, a policy value refused. */
@ExtendWith(ApplicationExtension.class)
class ScenariosViewTest {

    static {
        System.setProperty("headless.geometry", "1366x768-32");
    }

    private final InMemoryCaseloadService service = InMemoryCaseloadService.workedExample();

    @Start
    void start(Stage stage) {
        WorkspaceViewModel workspace = new WorkspaceViewModel(service, "test", new FxBackgroundRunner(),
                new RecordingDialogService(), p -> service);
        workspace.planningDateProperty().set(WorkedExampleWorkspace.AS_OF);
        stage.setScene(CaseloadApp.createScene(stage, workspace));
        stage.setWidth(1366);
        stage.setHeight(768);
        stage.show();
    }

    @Test
    void theIntroductionAndTheButtonsAreShownWholeAt1366By768(FxRobot robot) throws Exception {
        robot.clickOn("#nav-scenarios");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !robot.lookup("#scenario-figures").queryTableView().getItems().isEmpty());

        Label intro = robot.lookup("#scenarios-intro").queryAs(Label.class);
        // An elided label is given less height than its text needs at its width (it was cut to one line).
        assertThat(intro.getHeight()).isGreaterThanOrEqualTo(intro.prefHeight(intro.getWidth()) - 0.5);
        assertThat(intro.getHeight()).as("more than one line").isGreaterThan(1.5 * intro.getFont().getSize());
        for (String id : new String[] {"#scenario-plan", "#scenario-stop", "#scenario-add", "#scenario-save"}) {
            Button button = robot.lookup(id).queryButton();
            assertThat(button.getWidth()).as(id).isGreaterThanOrEqualTo(button.prefWidth(-1) - 0.5);
        }
    }

    @Test
    void aPolicyValueOutOfRangeIsRefusedNamingTheFieldAsWhatIfDoes(FxRobot robot) throws Exception {
        robot.clickOn("#nav-scenarios");
        robot.interact(() -> robot.lookup("#scenario-kind").queryComboBox().getSelectionModel().select(Kind.POLICY));
        robot.interact(() -> robot.lookup("#scenario-policy-setting").queryComboBox().getSelectionModel()
                .select("longAbsenceDays"));
        assertThat(robot.lookup("#scenario-policy-value").queryTextInputControl().getText()).isEqualTo("28");
        robot.interact(() -> robot.lookup("#scenario-policy-value").queryTextInputControl().setText("0"));
        robot.clickOn("#scenario-add");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#scenario-problems").queryAs(Label.class).getText())
                .endsWith("changes[0].policy.longAbsenceDays: must be at least 1, got 0");
        assertThat(robot.lookup("#scenario-changes").queryAs(ListView.class).getItems()).isEmpty();
    }
}
