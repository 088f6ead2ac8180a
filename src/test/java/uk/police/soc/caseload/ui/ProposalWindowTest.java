package uk.police.soc.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.PlanFigures;
import uk.police.soc.caseload.ui.planning.PlanningViewModel;

/** The Planning screen as a manager uses it: the fix-breaches-only run, ticking moves, accepting, undoing. */
@ExtendWith(ApplicationExtension.class)
class ProposalWindowTest {

    static {
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

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<PlanningViewModel.MoveRow> movesTable(FxRobot robot) {
        return robot.lookup("#proposal-moves").queryAs(TableView.class);
    }

    @Test
    void aFixBreachesOnlyRunTickedInPartIsStoredThenUndone(FxRobot robot) throws TimeoutException {
        waitUntil(() -> workspace.snapshot() != null);
        Caseload before = service.stored();
        PlanFigures figures = new CaseloadAssessment(before).figures();
        robot.clickOn("#nav-planning");
        robot.clickOn("#mode-breaches-only");
        robot.clickOn("#propose");
        Button accept = robot.lookup("#accept-proposal").queryButton();
        waitUntil(() -> !accept.isDisabled());
        TableView<PlanningViewModel.MoveRow> moves = movesTable(robot);
        assertThat(moves.getItems()).hasSize(figures.hardViolations() + figures.unallocated().size());
        assertThat(accept.getText()).isEqualTo("Accept all " + moves.getItems().size() + " moves");

        robot.clickOn("#tick-none");
        // Tick the first two moves by clicking their boxes, as a manager would.
        for (Node box : robot.lookup("#proposal-moves").lookup(".check-box").queryAll().stream().limit(2).toList()) {
            robot.clickOn(box);
        }
        waitUntil(() -> accept.getText().equals("Accept 2 of " + moves.getItems().size() + " moves"));
        assertThat(moves.getItems()).filteredOn(PlanningViewModel.MoveRow::isAccepted).hasSize(2);
        String first = moves.getItems().get(0).move().threatId();
        String third = moves.getItems().get(2).move().threatId();
        robot.clickOn(accept);

        waitUntil(() -> !java.util.Objects.equals(before.allocation().leadOf(first),
                service.stored().allocation().leadOf(first)));
        assertThat(service.stored().allocation().leadOf(third)).isEqualTo(before.allocation().leadOf(third));
        assertThat(dialogs.confirmations).isEmpty();

        Button undo = robot.lookup("#undo").queryButton();
        waitUntil(() -> !undo.isDisabled());
        robot.clickOn(undo);
        waitUntil(() -> service.stored().allocation().equals(before.allocation()));
        assertThat(service.writes).hasValue(2);
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).contains("Undid \u201cAccepted 2 of ");
    }

    @Test
    void acceptingManyMovesAsksFirstAndSaysWhyAFigureGetsWorse(FxRobot robot) throws TimeoutException {
        waitUntil(() -> workspace.snapshot() != null);
        dialogs.confirmAnswer = false;
        robot.clickOn("#nav-planning");
        robot.clickOn("#mode-breaches-only");
        robot.clickOn("#propose");
        Button accept = robot.lookup("#accept-proposal").queryButton();
        waitUntil(() -> !accept.isDisabled());

        robot.clickOn(accept);

        assertThat(dialogs.confirmations).singleElement().asString().contains("Store ").contains(" moves of the proposal?");
        assertThat(service.writes).hasValue(0);
        assertThat(robot.lookup("#why-worse").queryLabeled().getText())
                .endsWith(" because 12 threats had to leave officers who may not lead them.");
        CheckBox anyBox = robot.lookup("#proposal-moves").lookup(".check-box").queryAs(CheckBox.class);
        assertThat(anyBox.isSelected()).isTrue();
    }
}
