package uk.police.soc.caseload.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.ui.training.TrainingGapReportViewModel.UncoverableRow;

@ExtendWith(ApplicationExtension.class)
class TrainingGapReportViewTest {

    @TempDir
    static Path folder;

    private CaseloadService service;

    @Start
    void start(Stage stage) throws Exception {
        service = SeededStore.open(Files.createTempDirectory(folder, "store"));
        stage.setScene(new Scene(new TrainingGapReportView(new TrainingGapReportViewModel(Workspaces.over(service, LocalDate.parse("2022-04-01")))), 1200, 1250));
        stage.show();
    }

    @AfterEach
    void closeStore() {
        service.close();
    }

    @Test
    void headsEachPartWithItsStandingInWordsAndShowsTheRows(FxRobot robot) {
        Label leaders = robot.lookup("#gaps-leaders-heading").queryAs(Label.class);
        assertThat(leaders.getText()).isEqualTo("✖ 2 officers lead threats without LRO accreditation");
        assertThat(leaders.getStyleClass()).contains("section-gap");
        assertThat(robot.lookup("#gaps-expiring-heading").queryAs(Label.class).getStyleClass())
                .contains("section-warning");
        assertThat(robot.lookup("#gaps-trainees-heading").queryAs(Label.class).getText())
                .startsWith("✔");

        TableView<?> uncoverable = robot.lookup("#gaps-uncoverable").queryAs(TableView.class);
        assertThat(uncoverable.getItems()).extracting(r -> ((UncoverableRow) r).threat())
                .containsExactly("OCG-2019-016 Op Quince", "OCG-2020-026 Op Elder", "OCG-2021-027 Op Fig",
                        "OCG-2020-029 Op Holly");
        ListView<?> suggestions = robot.lookup("#gaps-suggestions").queryAs(ListView.class);
        assertThat((String) suggestions.getItems().get(0)).startsWith("LRO course (LRO-CORE) for DS Tom Reid");
        robot.interact(() -> Snapshots.save(robot.lookup("#training-gap-report").query(), "training-gap-report"));
    }

    @Test
    void aShorterWindowDropsTheExpiringAccreditation(FxRobot robot) {
        robot.interact(() -> robot.lookup("#gaps-within-days").queryAs(Spinner.class).getValueFactory().setValue(30));

        assertThat(robot.lookup("#gaps-expiring-heading").queryAs(Label.class).getText())
                .isEqualTo("✔ No training expires within 30 days");
        assertThat(robot.lookup("#gaps-expiring").queryAs(TableView.class).getItems()).isEmpty();
    }
}
