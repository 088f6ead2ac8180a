package uk.police.soc.caseload.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.police.soc.caseload.report.training.TrainingMatrix;
import uk.police.soc.caseload.service.CaseloadService;

@ExtendWith(ApplicationExtension.class)
class TrainingMatrixViewTest {

    @TempDir
    static Path folder;

    private CaseloadService service;
    private Path exported;

    @Start
    void start(Stage stage) throws Exception {
        service = SeededStore.open(Files.createTempDirectory(folder, "store"));
        exported = folder.resolve("matrix.csv");
        TrainingFiles files = new FixedFiles(null, exported);
        TrainingMatrixView view = new TrainingMatrixView(
                new TrainingMatrixViewModel(Workspaces.over(service, LocalDate.parse("2022-04-01"))), files);
        stage.setScene(new Scene(view, 1200, 520));
        stage.show();
    }

    @AfterEach
    void closeStore() {
        service.close();
    }

    @Test
    void showsEachCellAsWordsAndSymbolWithItsStatusColour(FxRobot robot) {
        Label expiring = robot.lookup(".status-expiring").match(n -> n instanceof Label l
                && l.getText().contains("20/05/2022")).queryAs(Label.class);

        assertThat(expiring.getText()).isEqualTo("⚠ Expiring 20/05/2022");
        assertThat(robot.lookup(".status-expired").queryAllAs(Label.class))
                .extracting(Label::getText).contains("✖ Expired 01/03/2021");
        assertThat(robot.lookup("#matrix-summary").queryAs(Label.class).getText())
                .startsWith("10 officers × 4 courses on 01/04/2022")
                .contains("⚠ 1 expiring within 90 days", "✖ 1 expired");
        robot.interact(() -> Snapshots.save(robot.lookup("#training-matrix").query(), "training-matrix"));
    }

    @Test
    void filtersByUnitAndCategory(FxRobot robot) {
        robot.interact(() -> robot.lookup("#matrix-unit").queryAs(ComboBox.class).setValue("CID"));
        robot.interact(() -> robot.lookup("#matrix-category").queryAs(ComboBox.class).setValue("MSHT"));

        @SuppressWarnings("unchecked")
        TableView<TrainingMatrix.Row> table = robot.lookup("#matrix-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(r -> r.officer().id()).containsExactly("E2121", "E2467");
        assertThat(table.getColumns()).hasSize(3);
    }

    @Test
    void exportsTheFilteredMatrixToTheChosenFile(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#matrix-unit").queryAs(ComboBox.class).setValue("Force Intelligence"));
        robot.clickOn("#matrix-export");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Files.readAllLines(exported)).contains(
                "E1876,DI Priya Hughes,Force Intelligence,LRO-CORE,expiring,2019-05-20,2022-05-20")
                .hasSize(5);
    }
}
