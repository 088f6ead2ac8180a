package uk.police.soc.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.police.soc.caseload.ui.board.AllocationBoardViewModel;

/** The allocation board from the keyboard: arrows go from card to card, Ctrl+M moves, focus stays put. */
@ExtendWith(ApplicationExtension.class)
class BoardKeyboardTest {

    static {
        System.setProperty("headless.geometry", "1366x768-32");
    }

    private final InMemoryCaseloadService service = InMemoryCaseloadService.workedExample();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private WorkspaceViewModel workspace;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workspace = new WorkspaceViewModel(service, "test", new FxBackgroundRunner(), dialogs, p -> service);
        workspace.planningDateProperty().set(WorkedExampleWorkspace.AS_OF);
        stage.setScene(CaseloadApp.createScene(stage, workspace));
        stage.show();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String focusedId() {
        Node focused = stage.getScene().getFocusOwner();
        return focused == null ? null : focused.getId();
    }

    @Test
    void arrowKeysMoveBetweenCardsAndAMoveKeepsFocusOnTheMovedCard(FxRobot robot) throws TimeoutException {
        waitUntil(() -> workspace.snapshot() != null);
        robot.clickOn("#nav-board");
        waitUntil(() -> robot.lookup("#card-OCG-2019-001").tryQuery().isPresent());
        robot.clickOn("#card-OCG-2019-001");
        waitUntil(() -> "card-OCG-2019-001".equals(focusedId()));
        AllocationBoardViewModel board = new AllocationBoardViewModel(workspace);
        String below = board.neighbour("OCG-2019-001", AllocationBoardViewModel.Direction.DOWN).orElseThrow();
        String right = board.neighbour(below, AllocationBoardViewModel.Direction.RIGHT).orElseThrow();

        robot.type(KeyCode.DOWN);
        waitUntil(() -> ("card-" + below).equals(focusedId()));
        robot.type(KeyCode.RIGHT);
        waitUntil(() -> ("card-" + right).equals(focusedId()));
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.UP);
        waitUntil(() -> "card-OCG-2019-001".equals(focusedId()));

        dialogs.chooser = choices -> choices.stream().filter(c -> c.toString().contains("(E2187)")).findFirst()
                .orElseThrow();
        robot.press(KeyCode.CONTROL).press(KeyCode.M).release(KeyCode.M).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#column-E2187").lookup("#card-OCG-2019-001").tryQuery().isPresent());
        waitUntil(() -> "card-OCG-2019-001".equals(focusedId()));
        assertThat(focusedId()).isNotEqualTo("planning-date");
        assertThat(robot.lookup("#status-message").queryLabeled().getText())
                .contains("to DS Ravi Shah (E2187)").doesNotContain("to E2187");
    }
}
