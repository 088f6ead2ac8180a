package uk.police.soc.caseload.ui.training;

import java.time.LocalDate;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import uk.police.soc.caseload.service.CaseloadService;

/**
 * The whole training screen, for the main window's Training entry: matrix, gap report, records, courses and
 * mentoring as tabs. A tab reads the store again when it is opened, so edits on one tab show on the others.
 */
public class TrainingView extends BorderPane {

    private final TrainingMatrixViewModel matrix;
    private final TrainingGapReportViewModel gaps;
    private final TrainingRecordsViewModel records;
    private final CoursesViewModel courses;
    private final MentoringViewModel mentoring;

    public TrainingView(CaseloadService service, LocalDate planningDate) {
        this(service, planningDate, TrainingFiles.fileChooser());
    }

    public TrainingView(CaseloadService service, LocalDate planningDate, TrainingFiles files) {
        setId("training");
        matrix = new TrainingMatrixViewModel(service, planningDate);
        gaps = new TrainingGapReportViewModel(service, planningDate);
        records = new TrainingRecordsViewModel(service, planningDate);
        courses = new CoursesViewModel(service, planningDate);
        mentoring = new MentoringViewModel(service, planningDate);
        TabPane tabs = new TabPane(
                tab("Matrix", new TrainingMatrixView(matrix, files), matrix::reload),
                tab("Gap report", new TrainingGapReportView(gaps), gaps::reload),
                tab("Records", new TrainingRecordsView(records, files), records::reload),
                tab("Courses", new CoursesView(courses), courses::reload),
                tab("Mentoring", new MentoringView(mentoring), mentoring::reload));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("training-tabs");
        setCenter(tabs);
    }

    private static Tab tab(String title, javafx.scene.Node content, Runnable reload) {
        Tab tab = new Tab(title, content);
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                reload.run();
            }
        });
        return tab;
    }

    /** Moves every tab to another planning date. */
    public void setPlanningDate(LocalDate day) {
        matrix.planningDateProperty().set(day);
        gaps.planningDateProperty().set(day);
        records.planningDateProperty().set(day);
        courses.planningDateProperty().set(day);
        mentoring.planningDateProperty().set(day);
    }
}
