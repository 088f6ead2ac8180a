package uk.police.soc.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.police.soc.caseload.domain.Caseload;

/** Drives the main window on the worked example, with the dialogs answered by the test. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    static {
        // Monocle's headless screen is 1280×800 unless told otherwise; the window is sized for 1366×768.
        System.setProperty("headless.geometry", "1366x768-32");
    }

    private final InMemoryCaseloadService service = InMemoryCaseloadService.workedExample();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private WorkspaceViewModel workspace;

    @Start
    void start(Stage stage) {
        workspace = new WorkspaceViewModel(service, "test", new FxBackgroundRunner(), dialogs, p -> service);
        workspace.planningDateProperty().set(WorkedExampleWorkspace.AS_OF);
        stage.setScene(CaseloadApp.createScene(stage, workspace));
        stage.show();
    }

    // Generous: a loaded CI machine can take many seconds to stop a run; a real hang still fails the test.
    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String tileValue(FxRobot robot, String key) {
        Node tile = robot.lookup("#tile-" + key).query();
        return ((Label) tile.lookup(".tile-value")).getText();
    }

    private void waitForDashboard(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#tile-uncoverable").tryQuery().isPresent());
    }

    private String loadLabel(FxRobot robot, String officerId) {
        return robot.lookup("#load-" + officerId).queryAs(Label.class).getText();
    }

    @Test
    void dashboardShowsTheWorkedExamplesFigures(FxRobot robot) throws TimeoutException {
        waitForDashboard(robot);
        assertThat(tileValue(robot, "uncoverable")).isEqualTo("4");
        assertThat(tileValue(robot, "shortfall")).isEqualTo("2");
        assertThat(tileValue(robot, "overCapacity")).isEqualTo("4");
        assertThat(robot.lookup(".load-bar").queryAll()).hasSize(10);
    }

    @Test
    void clickingATileOpensTheMatchingList(FxRobot robot) throws TimeoutException {
        waitForDashboard(robot);
        robot.clickOn("#tile-uncoverable");
        TableView<?> table = robot.lookup("#threat-table").queryTableView();
        waitUntil(table::isVisible);
        assertThat(table.getItems()).hasSize(4);
    }

    @Test
    void editingAThreatUpdatesTheRegisterAndTheOfficersTable(FxRobot robot) throws TimeoutException {
        waitForDashboard(robot);
        dialogs.threatEditor = editor -> {
            editor.workloadPointsProperty().set("50");
            return editor.save();
        };
        robot.clickOn("#nav-threats");
        robot.clickOn("#threat-search").write("Op Alder");
        TableView<?> threats = robot.lookup("#threat-table").queryTableView();
        waitUntil(() -> threats.getItems().size() == 1);
        robot.clickOn(".table-row-cell");
        robot.clickOn("#edit-threat");
        waitUntil(() -> workspace.snapshot().officer("E2041").load() == 164);

        robot.clickOn("#nav-officers");
        TableView<?> officers = robot.lookup("#officer-table").queryTableView();
        waitUntil(() -> officers.isVisible());
        OfficerRow amy = (OfficerRow) officers.getItems().stream()
                .filter(r -> ((OfficerRow) r).id().equals("E2041")).findFirst().orElseThrow();
        assertThat(amy.load()).isEqualTo(164);
        assertThat(((ThreatRow) threats.getItems().get(0)).points()).isEqualTo(50);
    }

    @Test
    void theThreatsPageRanksWhoCouldLeadItAndAssignMovesItThroughThePreview(FxRobot robot) throws TimeoutException {
        waitForDashboard(robot);
        robot.clickOn("#nav-threats");
        robot.clickOn("#threat-search").write("OCG-2019-028");
        TableView<?> threats = robot.lookup("#threat-table").queryTableView();
        waitUntil(() -> threats.getItems().size() == 1);
        robot.interact(() -> threats.getSelectionModel().select(0));
        TableView<?> candidates = robot.lookup("#threat-candidates").queryTableView();
        waitUntil(() -> candidates.getItems().size() == 2);
        assertThat(robot.lookup("#threat-assign-candidate").queryButton().isDisabled()).isTrue();

        robot.interact(() -> candidates.getSelectionModel().select(1));
        robot.clickOn("#threat-assign-candidate");

        waitUntil(() -> "E2187".equals(service.stored().allocation().leadOf("OCG-2019-028")));
        assertThat(dialogs.confirmations).singleElement().asString().contains("DS Ravi Shah (E2187)");
    }

    @Test
    void theOfficersScreenShowsTheAbsentAsAbsentAndHowTheirCapacityIsMadeUp(FxRobot robot) throws TimeoutException {
        waitForDashboard(robot);
        robot.clickOn("#nav-officers");
        TableView<?> officers = robot.lookup("#officer-table").queryTableView();
        waitUntil(officers::isVisible);
        robot.interact(() -> workspace.officerFilterProperty().set(OfficerFilter.ABSENT));
        waitUntil(() -> officers.getItems().size() == 1);
        robot.interact(() -> officers.getSelectionModel().select(0));
        assertThat(robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .map(javafx.scene.control.Labeled::getText)).contains("○ Absent until 30/06/2022");
        robot.clickOn("How their capacity is made up");
        javafx.scene.control.ListView<?> breakdown = robot.lookup("#officer-capacity-breakdown")
                .queryAs(javafx.scene.control.ListView.class);
        waitUntil(breakdown::isVisible);
        assertThat(breakdown.getItems()).last().isEqualTo("Capacity on 01/04/2022: 0 points");
    }

    @Test
    void movingAThreatWithTheKeyboardUpdatesBothOfficersLoad(FxRobot robot) throws TimeoutException {
        waitForDashboard(robot);
        dialogs.chooser = choices -> choices.stream()
                .filter(c -> c.toString().contains("(E2187)")).findFirst().orElseThrow();
        robot.clickOn("#nav-board");
        waitUntil(() -> robot.lookup("#card-OCG-2019-001").tryQuery().isPresent());
        assertThat(loadLabel(robot, "E2041")).isEqualTo("144.0%");
        robot.clickOn("#card-OCG-2019-001");
        robot.press(KeyCode.CONTROL).press(KeyCode.M).release(KeyCode.M).release(KeyCode.CONTROL);

        waitUntil(() -> loadLabel(robot, "E2041").startsWith("114.0%"));
        assertThat(loadLabel(robot, "E2187")).startsWith("179.0%");
        assertThat(dialogs.confirmations).singleElement().asString().contains("144.0% → 114.0%");
        assertThat(robot.lookup("#column-E2187").lookup("#card-OCG-2019-001").tryQuery()).isPresent();
    }

    @Test
    void draggingACardPreviewsTheMoveThenAppliesItOnConfirmation(FxRobot robot) throws TimeoutException {
        waitForDashboard(robot);
        robot.clickOn("#nav-board");
        // A card near the top of its column: the robot can only press on what the viewport shows.
        waitUntil(() -> robot.lookup("#card-OCG-2020-005").tryQuery().isPresent());

        robot.drag("#card-OCG-2020-005").dropTo("#column-E2187");

        waitUntil(() -> loadLabel(robot, "E2041").equals("124.0%"));
        assertThat(loadLabel(robot, "E2187")).isEqualTo("169.0%");
        assertThat(dialogs.confirmations).singleElement().asString()
                .contains("DS Ravi Shah (E2187): 149.0% → 169.0%").contains("breaks rules");
    }

    @Test
    void aPlannerRunCanBeStoppedAndItsProposalAccepted(FxRobot robot) throws TimeoutException {
        waitForDashboard(robot);
        int violationsBefore = workspace.snapshot().figures().hardViolations();
        robot.clickOn("#nav-planning");
        robot.clickOn("#propose");
        Button stop = robot.lookup("#stop-planner").queryButton();
        waitUntil(() -> !stop.isDisabled());
        robot.clickOn(stop);

        Button accept = robot.lookup("#accept-proposal").queryButton();
        waitUntil(() -> !accept.isDisabled());
        assertThat(robot.lookup("#proposal-moves").queryTableView().getItems()).isNotEmpty();
        assertThat(robot.lookup("#proposal-officers").queryTableView().getItems()).isNotEmpty();
        assertThat(robot.lookup("#proposal-figures").queryTableView().getItems()).hasSize(8);
        robot.clickOn(accept);

        // Hard violations are the planner's first concern: any plan it returns, stopped or not, has fewer.
        waitUntil(() -> workspace.snapshot().figures().hardViolations() < violationsBefore);
        assertThat(service.writes).hasValue(1);
    }

    @Test
    void aRejectedProposalStoresNothing(FxRobot robot) throws TimeoutException {
        waitForDashboard(robot);
        Caseload before = service.stored();
        robot.clickOn("#nav-planning");
        robot.clickOn("#propose");
        robot.clickOn("#stop-planner");
        Button reject = robot.lookup("#reject-proposal").queryButton();
        waitUntil(() -> !reject.isDisabled());
        robot.clickOn(reject);
        waitUntil(reject::isDisabled);
        assertThat(robot.lookup("#proposal-moves").queryTableView().getItems()).isEmpty();
        assertThat(service.stored()).isSameAs(before);
    }

    @Test
    void theKeyboardShortcutsDialogListsEveryMenuAccelerator(FxRobot robot) throws TimeoutException {
        waitForDashboard(robot);
        MainView main = (MainView) robot.lookup(".main").query();
        assertThat(main.shortcuts()).extracting(MainView.Shortcut::action)
                .contains("Propose allocation", "Stop the planner", "Accept the proposal", "Reject the proposal",
                        "Dashboard", "Training", "Keyboard shortcuts");

        robot.press(javafx.scene.input.KeyCode.F1).release(javafx.scene.input.KeyCode.F1);

        waitUntil(() -> robot.lookup("#shortcuts-table").tryQuery().isPresent());
        assertThat(robot.lookup("#shortcuts-table").queryTableView().getItems()).hasSameSizeAs(main.shortcuts());
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void theUnaccreditedLrosTileOpensTheTrainingGapReport(FxRobot robot) throws TimeoutException {
        waitForDashboard(robot);
        robot.clickOn("#tile-unaccreditedLros");
        waitUntil(() -> robot.lookup("#training-tabs").tryQuery().map(Node::isVisible).orElse(false));
        javafx.scene.control.TabPane tabs = robot.lookup("#training-tabs").query();
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Gap report");
    }

    @Test
    void policySettingsOpenFromTheFileMenuAndCancelChangesNothing(FxRobot robot) throws TimeoutException {
        waitForDashboard(robot);
        var before = service.policy();

        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);

        waitUntil(() -> robot.lookup("#policy-settings").tryQuery().isPresent());
        robot.doubleClickOn("#policy-redLoadPercent").write("150");
        robot.clickOn("#policy-cancel");
        waitUntil(() -> robot.lookup("#policy-settings").tryQuery().isEmpty());
        assertThat(service.policy()).isEqualTo(before);
    }

    @Test
    void thePlannerRunsFromTheKeyboard(FxRobot robot) throws TimeoutException {
        waitForDashboard(robot);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.R)
                .release(javafx.scene.input.KeyCode.R, javafx.scene.input.KeyCode.CONTROL);
        Button stop = robot.lookup("#stop-planner").queryButton();
        waitUntil(() -> !stop.isDisabled());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.PERIOD)
                .release(javafx.scene.input.KeyCode.PERIOD, javafx.scene.input.KeyCode.CONTROL);
        Button reject = robot.lookup("#reject-proposal").queryButton();
        waitUntil(() -> !reject.isDisabled());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.J)
                .release(javafx.scene.input.KeyCode.J, javafx.scene.input.KeyCode.SHIFT,
                        javafx.scene.input.KeyCode.CONTROL);
        waitUntil(reject::isDisabled);
        assertThat(service.writes).hasValue(0);
    }

    @Test
    void theTrainingScreenShowsTheMatrixOnThePlanningDate(FxRobot robot) throws TimeoutException {
        waitForDashboard(robot);
        robot.clickOn("#nav-training");
        TableView<?> matrix = robot.lookup("#matrix-table").queryTableView();
        // The training screen reads the store in the background: the rows come once the read finishes.
        waitUntil(() -> matrix.isVisible() && !matrix.getItems().isEmpty());
        assertThat(matrix.getItems()).hasSize(10);
    }

    @Test
    void aBadImportShowsItsErrorsAndChangesNothing(FxRobot robot, @TempDir Path dir) throws Exception {
        waitForDashboard(robot);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"soc-caseload/1\", \"asOf\": \"2022-13-01\", \"officers\": [{}]}");
        dialogs.fileToOpen = bad;
        Caseload before = service.stored();

        robot.clickOn("File").clickOn("Import dataset…");

        waitUntil(() -> !dialogs.problems.isEmpty());
        assertThat(service.stored()).isSameAs(before);
        assertThat(tileValue(robot, "uncoverable")).isEqualTo("4");
    }
}
