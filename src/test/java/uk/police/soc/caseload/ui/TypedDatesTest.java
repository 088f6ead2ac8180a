package uk.police.soc.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.police.soc.caseload.domain.Absence;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.ui.officers.OfficerEditorDialog;
import uk.police.soc.caseload.ui.officers.OfficerEditorViewModel;
import uk.police.soc.caseload.ui.threats.ThreatEditorDialog;
import uk.police.soc.caseload.ui.threats.ThreatEditorViewModel;

/**
 * Types dates into every date field of the app, on a machine set to American English: each reads dd/MM/yyyy,
 * 01/03/2022 is 1 March (never 3 January), and a date that does not parse is a field error, never another date.
 * (Training records' two date fields are typed in {@code training.TrainingViewTest}.)
 */
@ExtendWith(ApplicationExtension.class)
class TypedDatesTest {

    static {
        System.setProperty("headless.geometry", "1366x768-32");
    }

    private static Locale machineLocale;

    @BeforeAll
    static void onAnAmericanMachine() {
        // The machine's locale must not matter: an American default would read 01/03/2022 as 3 January.
        machineLocale = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterAll
    static void restoreTheLocale() {
        Locale.setDefault(machineLocale);
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
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void typeInto(FxRobot robot, DatePicker picker, String text) {
        robot.clickOn(picker.getEditor());
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.eraseText(1);
        robot.write(text);
    }

    @Test
    void thePlanningDateReadsDayFirstAndATypoKeepsTheDate(FxRobot robot) throws TimeoutException {
        DatePicker date = robot.lookup("#planning-date").queryAs(DatePicker.class);
        assertThat(date.getEditor().getText()).isEqualTo("01/04/2022");

        typeInto(robot, date, "01/03/2022");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> LocalDate.of(2022, 3, 1).equals(workspace.planningDate()));

        typeInto(robot, date, "31/02/2022");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.planningDate()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(date.getEditor().getText()).isEqualTo("01/03/2022");
        assertThat(workspace.messageProperty().get()).contains("\"31/02/2022\" is not a date").contains("dd/mm/yyyy");
    }

    @Test
    void theThreatEditorsDatesAreTypedDayFirstAndABadOneIsAFieldError(FxRobot robot) throws TimeoutException {
        waitUntil(() -> workspace.snapshot() != null);
        Threat threat = service.stored().threats().get(0);
        ThreatEditorViewModel editor = new ThreatEditorViewModel(service, service.stored(), threat);
        Platform.runLater(() -> ThreatEditorDialog.show(stage, editor));
        waitUntil(() -> robot.lookup("#threat-next-review").tryQuery().isPresent());
        DatePicker review = robot.lookup("#threat-next-review").queryAs(DatePicker.class);
        DatePicker adopted = robot.lookup("#threat-adopted").queryAs(DatePicker.class);
        assertThat(adopted.getEditor().getText()).isEqualTo(Formats.date(threat.adoptedOn()));

        typeInto(robot, review, "3/28/2022");
        robot.clickOn("Save");
        Label error = robot.lookup("#error-nextReviewDue").queryAs(Label.class);
        waitUntil(error::isVisible);
        assertThat(error.getText()).contains("\"3/28/2022\" is not a date");
        assertThat(review.getEditor().getText()).isEqualTo("3/28/2022");
        assertThat(service.writes).hasValue(0);

        typeInto(robot, review, "01/03/2022");
        typeInto(robot, adopted, "28/03/2021");
        robot.clickOn("Save");
        waitUntil(() -> service.writes.get() == 1);
        Threat saved = service.stored().threat(threat.id()).orElseThrow();
        assertThat(saved.nextReviewDue()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(saved.adoptedOn()).isEqualTo(LocalDate.of(2021, 3, 28));
    }

    @Test
    void anOfficersAbsenceAndReductionDatesAreTypedDayFirst(FxRobot robot) throws TimeoutException {
        waitUntil(() -> workspace.snapshot() != null);
        var officer = service.stored().officer("E2041").orElseThrow();
        OfficerEditorViewModel editor = new OfficerEditorViewModel(service, service.stored(), officer);
        Platform.runLater(() -> OfficerEditorDialog.show(stage, editor));
        waitUntil(() -> robot.lookup("#officer-absences").tryQuery().isPresent());
        TextArea absences = robot.lookup("#officer-absences").queryAs(TextArea.class);

        robot.clickOn(absences).write("01/03/2022 | 2022-05-31 | Leave");
        robot.clickOn("Save");
        Label error = robot.lookup("#error-absences").queryAs(Label.class);
        waitUntil(error::isVisible);
        assertThat(error.getText()).contains("\"2022-05-31\" is not a date");
        assertThat(service.writes).hasValue(0);

        robot.interact(() -> absences.setText(""));
        robot.clickOn(absences).write("01/03/2022 | 31/05/2022 | Leave");
        robot.clickOn("#officer-reductions").write("20 | Tutor | 1/4/2022 | ");
        robot.clickOn("Save");
        waitUntil(() -> service.writes.get() == 1);
        var saved = service.stored().officer("E2041").orElseThrow();
        assertThat(saved.absences()).containsExactly(new Absence(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 5, 31), "Leave"));
        assertThat(saved.reductions()).singleElement().satisfies(r -> {
            assertThat(r.from()).isEqualTo(LocalDate.of(2022, 4, 1));
            assertThat(r.until()).isNull();
        });
    }
}
