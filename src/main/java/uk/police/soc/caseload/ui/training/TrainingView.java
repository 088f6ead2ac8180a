package uk.police.soc.caseload.ui.training;

import java.util.List;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The whole training screen, for the main window's Training entry: matrix, gap report, records, courses and
 * mentoring as tabs. Every tab follows the workspace's snapshot, so an edit on one tab shows on the others.
 */
public class TrainingView extends BorderPane {

    private final TrainingMatrixViewModel matrix;
    private final TrainingGapReportViewModel gaps;
    private final TrainingRecordsViewModel records;
    private final CoursesViewModel courses;
    private final MentoringViewModel mentoring;
    private java.util.function.Consumer<String> statusSink = text -> { };

    /** Where the tabs' sentences ("✔ Saved LRO-CORE …") also go: the main window's status bar. */
    public void reportTo(java.util.function.Consumer<String> sink) {
        statusSink = sink;
    }

    /** The screen over its tabs' view models ({@link TrainingModels}); files are chosen through {@code files}. */
    public TrainingView(TrainingModels models, TrainingFiles files) {
        setId("training");
        getStylesheets().add(TrainingStyles.STYLESHEET);
        matrix = models.matrix();
        gaps = models.gaps();
        records = models.records();
        courses = models.courses();
        mentoring = models.mentoring();
        TabPane tabs = new TabPane(
                tab("Matrix", loading(new TrainingMatrixView(matrix, files), matrix.loadingProperty(),
                        matrix.loadFailureProperty())),
                tab("Gap report", loading(new TrainingGapReportView(gaps), gaps.loadingProperty(),
                        gaps.loadFailureProperty())),
                tab("Records", loading(new TrainingRecordsView(records, files), records.loadingProperty(),
                        records.loadFailureProperty())),
                tab("Courses", loading(new CoursesView(courses), courses.loadingProperty(),
                        courses.loadFailureProperty())),
                tab("Mentoring", loading(new MentoringView(mentoring), mentoring.loadingProperty(),
                        mentoring.loadFailureProperty())));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (FormFeedback feedback : List.of(records.feedback(), courses.feedback(), mentoring.feedback())) {
            feedback.messageProperty().addListener((obs, old, text) -> {
                if (text != null && !text.isEmpty()) {
                    statusSink.accept(text);
                }
            });
        }
        tabs.setId("training-tabs");
        setCenter(tabs);
    }

    /** The tab's content under a progress indicator while the store is read, and a message if the read fails. */
    private static Node loading(Node content, BooleanExpression loading, ReadOnlyStringProperty failure) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(48, 48);
        Label reading = new Label("Reading the training records…");
        reading.getStyleClass().add("training-loading");
        VBox indicator = new VBox(8, progress, reading);
        indicator.setAlignment(Pos.CENTER);
        indicator.setMouseTransparent(true);
        indicator.visibleProperty().bind(loading);
        Label failed = new Label();
        failed.getStyleClass().add("training-load-failure");
        failed.setWrapText(true);
        failed.textProperty().bind(failure.map(text -> text.isEmpty() ? "" : "✖ " + text));
        failed.visibleProperty().bind(failure.isNotEmpty());
        StackPane.setAlignment(failed, Pos.TOP_CENTER);
        // Greyed out rather than hidden, so the screen keeps its shape while a new planning date is read.
        content.opacityProperty().bind(javafx.beans.binding.Bindings.when(loading).then(0.4).otherwise(1.0));
        return new StackPane(content, indicator, failed);
    }

    private static Tab tab(String title, Node content) {
        return new Tab(title, content);
    }
}
