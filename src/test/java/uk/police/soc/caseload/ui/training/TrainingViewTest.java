package uk.police.soc.caseload.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.service.CaseloadService;

@ExtendWith(ApplicationExtension.class)
class TrainingViewTest {

    private static final LocalDate AS_OF = LocalDate.parse("2022-04-01");

    @TempDir
    static Path folder;

    private CaseloadService service;
    private Path csv;

    @Start
    void start(Stage stage) throws Exception {
        service = SeededStore.open(Files.createTempDirectory(folder, "store"));
        csv = Files.createTempFile(folder, "records", ".csv");
        TrainingFiles files = new FixedFiles(csv, null);
        stage.setScene(new Scene(new TrainingView(TrainingModels.of(Workspaces.over(service, AS_OF)), files), 1200, 700));
        stage.show();
    }

    @AfterEach
    void closeStore() {
        service.close();
    }

    @Test
    void aBadCsvImportListsEveryProblemAndStoresNothing(FxRobot robot) throws Exception {
        Files.writeString(csv, """
                officerId,courseCode,completedOn,expiresOn
                E2230,LRO-CORE,2022-03-01,
                E9999,LRO-CORE,2022-03-01,
                E2302,LRO-CORE,2021-02-30,
                """);
        selectTab(robot, 2);

        robot.clickOn("#records-import");

        assertThat(robot.lookup("#records-message").queryAs(Label.class).getText())
                .startsWith("✖ Nothing imported: the file has 2 problems");
        assertThat(robot.lookup("#records-problems").queryAs(ListView.class).getItems()).containsExactly(
                "line 3, Officer: unknown officer \"E9999\"", "line 4, Completed on: not a date \"2021-02-30\"");
        assertThat(new CaseloadAssessment(service.load(AS_OF)).isAccredited("E2230")).isFalse();
        robot.interact(() -> Snapshots.save(robot.lookup("#training-records").query(), "training-records"));
    }

    @Test
    void aGoodCsvImportShowsOnTheGapReport(FxRobot robot) throws Exception {
        Files.writeString(csv, "officerId,courseCode,completedOn,expiresOn\nE2302,LRO-CORE,2022-03-01,\n");
        selectTab(robot, 2);
        robot.clickOn("#records-import");

        selectTab(robot, 1);

        TableView<?> leaders = robot.lookup("#gaps-leaders").queryAs(TableView.class);
        assertThat(leaders.getItems()).hasSize(1);
        assertThat(robot.lookup("#gaps-uncoverable").queryAs(TableView.class).getItems()).hasSize(2);
    }

    @Test
    void theCoursesAndMentoringTabsShowTheWorkedExample(FxRobot robot) {
        selectTab(robot, 3);
        assertThat(robot.lookup("#courses-table").queryAs(TableView.class).getItems()).hasSize(4);
        robot.interact(() -> Snapshots.save(robot.lookup("#training-courses").query(), "training-courses"));

        selectTab(robot, 4);
        assertThat(robot.lookup("#mentoring-pairs").queryAs(TableView.class).getItems()).hasSize(2);
        assertThat(robot.lookup("#mentoring-warnings").queryAs(Label.class).isVisible()).isFalse();
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<uk.police.soc.caseload.domain.Officer> mentor =
                    robot.lookup("#mentoring-mentor").queryAs(javafx.scene.control.ComboBox.class);
            mentor.getSelectionModel().select(mentor.getItems().stream().filter(o -> o.id().equals("E2041"))
                    .findFirst().orElseThrow());
        });
        Label warning = robot.lookup("#mentoring-warnings").queryAs(Label.class);
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).contains("DS Amy Clarke").contains("over capacity");
        robot.interact(() -> Snapshots.save(robot.lookup("#training-mentoring").query(), "training-mentoring"));
    }

    @Test
    void aTrainingRecordsDatesAreTypedDayFirstAndATypoIsAFieldError(FxRobot robot) throws Exception {
        selectTab(robot, 2);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ListView<uk.police.soc.caseload.domain.Officer> officers = robot.lookup("#records-officers").queryAs(ListView.class);
            officers.getSelectionModel().select(officers.getItems().stream()
                    .filter(o -> o.id().equals("E2230")).findFirst().orElseThrow());
            javafx.scene.control.ComboBox<?> course = robot.lookup("#records-course").queryAs(javafx.scene.control.ComboBox.class);
            course.getSelectionModel().select(0);
        });
        String courseCode = ((uk.police.soc.caseload.domain.Course) robot.lookup("#records-course")
                .queryAs(javafx.scene.control.ComboBox.class).getValue()).code();
        javafx.scene.control.DatePicker completed = robot.lookup("#records-completed")
                .queryAs(javafx.scene.control.DatePicker.class);
        javafx.scene.control.DatePicker expires = robot.lookup("#records-expires")
                .queryAs(javafx.scene.control.DatePicker.class);

        robot.clickOn(completed.getEditor()).write("28/03/2022");
        robot.clickOn(expires.getEditor()).write("3/28/2025");
        robot.clickOn("#records-save");
        assertThat(robot.lookup("#records-message").queryAs(Label.class).getText()).startsWith("✖ Not saved");
        assertThat(robot.lookup("#records-problems").queryAs(ListView.class).getItems())
                .containsExactly("Expires on: \"3/28/2025\" is not a date; type it as dd/mm/yyyy, e.g. 28/03/2022");
        assertThat(expires.getEditor().getText()).isEqualTo("3/28/2025");

        robot.interact(() -> expires.getEditor().clear());
        robot.interact(() -> completed.getEditor().clear());
        robot.clickOn(completed.getEditor()).write("01/03/2022");
        robot.clickOn("#records-save");

        assertThat(robot.lookup("#records-message").queryAs(Label.class).getText())
                .isEqualTo("✔ Saved " + courseCode + " completed 01/03/2022 for "
                        + service.load(AS_OF).officer("E2230").orElseThrow().name() + ".");
        assertThat(service.load(AS_OF).trainingRecords()).anySatisfy(r -> {
            assertThat(r.officerId()).isEqualTo("E2230");
            assertThat(r.completedOn()).isEqualTo(LocalDate.of(2022, 3, 1));
        });
    }

    private static void selectTab(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup("#training-tabs").queryAs(TabPane.class).getSelectionModel().select(index));
    }
}
