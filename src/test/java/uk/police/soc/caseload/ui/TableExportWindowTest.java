package uk.police.soc.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
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
import uk.police.soc.caseload.domain.Threat;

/** Every table exports to CSV, as the screen words it, with formula-like cells made inert. */
@ExtendWith(ApplicationExtension.class)
class TableExportWindowTest {

    static {
        System.setProperty("headless.geometry", "1366x768-32");
    }

    private final InMemoryCaseloadService service = InMemoryCaseloadService.workedExample();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private WorkspaceViewModel workspace;

    @Start
    void start(Stage stage) {
        Threat first = service.stored().threats().get(0);
        service.saveThreat(new Threat(first.id(), "=cmd|' /C calc'!A0", first.category(), first.priority(),
                first.band(), first.riskScore(), first.workloadPoints(), first.minSkillLevel(), first.minPipLevel(),
                first.area(), first.officerId(), first.pinned(), first.excludedOfficerIds(), first.status(),
                first.adoptedOn(), first.nextReviewDue()));
        workspace = new WorkspaceViewModel(service, "test", new FxBackgroundRunner(), dialogs, p -> service);
        workspace.planningDateProperty().set(WorkedExampleWorkspace.AS_OF);
        stage.setScene(CaseloadApp.createScene(stage, workspace));
        stage.show();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theThreatRegisterExportsFromTheFileMenuWithFormulasNeutralised(FxRobot robot, @TempDir Path dir)
            throws Exception {
        waitUntil(() -> workspace.snapshot() != null);
        robot.clickOn("#nav-threats");
        TableView<?> table = robot.lookup("#threat-table").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        dialogs.fileToSave = dir.resolve("threats.csv");

        robot.clickOn(table);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);

        waitUntil(() -> Files.exists(dialogs.fileToSave));
        List<String> lines = Files.readAllLines(dialogs.fileToSave);
        assertThat(lines.get(0)).startsWith("Id,Name,Category,Priority");
        assertThat(lines).hasSize(table.getItems().size() + 1);
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(",'=cmd|' /C calc'!A0,"));
        // Words, as on screen: the category's name and the LRO's name, not codes alone.
        assertThat(String.join("\n", lines)).contains("DS Amy Clarke");
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).contains("Exported "
                + table.getItems().size() + " rows of");
    }

    @Test
    void everyTableHasExportAndPrintInItsContextMenu(FxRobot robot) throws TimeoutException {
        waitUntil(() -> workspace.snapshot() != null);
        robot.clickOn("#nav-threats");
        waitUntil(() -> robot.lookup(".table-view").queryAll().stream()
                .anyMatch(n -> ((TableView<?>) n).getContextMenu() != null));
        TableView<?> officers = robot.lookup(".table-view").queryAll().stream().map(n -> (TableView<?>) n)
                .filter(t -> t.getContextMenu() != null).findFirst().orElseThrow();
        assertThat(officers.getContextMenu().getItems()).extracting(i -> i.getText())
                .containsExactly("Export this table to CSV…", "Print this table…");
    }
}
