package uk.police.soc.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
/** The officer whose page is shown is the one highlighted in the table, however they were chosen. */
class OfficersViewSelectionTest {
    static {
        System.setProperty("headless.geometry", "1366x768-32");
    }

    private final InMemoryCaseloadService service = InMemoryCaseloadService.workedExample();
    private WorkspaceViewModel workspace;

    @Start
    void start(Stage stage) {
        workspace = new WorkspaceViewModel(service, "test", new FxBackgroundRunner(), new RecordingDialogService(),
                p -> service);
        workspace.planningDateProperty().set(WorkedExampleWorkspace.AS_OF);
        stage.setScene(CaseloadApp.createScene(stage, workspace));
        stage.show();
    }

    @Test
    void anOfficerChosenFromAnotherScreenIsHighlightedAndStaysSoAfterARefresh(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#tile-singleCover").tryQuery().isPresent());
        // From the Scenarios screen, before the Officers screen was ever shown (as the Resilience screen does).
        robot.clickOn("#nav-scenarios");
        robot.interact(() -> workspace.showOfficer("E2399"));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#officer-table").queryTableView();
        assertThat(((OfficerRow) table.getSelectionModel().getSelectedItem()).id()).isEqualTo("E2399");

        robot.interact(workspace::refresh);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getSelectionModel().getSelectedItem() != null);
        assertThat(((OfficerRow) table.getSelectionModel().getSelectedItem()).id()).isEqualTo("E2399");
    }
}
