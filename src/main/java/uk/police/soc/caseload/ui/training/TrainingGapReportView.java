package uk.police.soc.caseload.ui.training;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.police.soc.caseload.ui.training.TrainingGapReportViewModel.ExpiringRow;
import uk.police.soc.caseload.ui.training.TrainingGapReportViewModel.Heading;
import uk.police.soc.caseload.ui.training.TrainingGapReportViewModel.LeaderRow;
import uk.police.soc.caseload.ui.training.TrainingGapReportViewModel.TraineeRow;
import uk.police.soc.caseload.ui.training.TrainingGapReportViewModel.UncoverableRow;

/** The training gap report: four parts, each headed by its standing, then the ranked suggestions. */
public class TrainingGapReportView extends BorderPane {


    public TrainingGapReportView(TrainingGapReportViewModel model) {
        TrainingStyles.apply(this);
        setId("training-gap-report");

        Spinner<Integer> days = new Spinner<>(0, 3650, model.withinDaysProperty().get(), 30);
        days.setId("gaps-within-days");
        days.setEditable(true);
        days.setPrefWidth(90);
        days.valueProperty().addListener((obs, old, value) -> model.withinDaysProperty().set(value));
        Label date = new Label();
        date.textProperty().bind(model.planningDateProperty().map(day -> "on " + uk.police.soc.caseload.ui.Formats.date(day)));
        HBox toolbar = new HBox(TrainingStyles.title("Training gaps"), date, new Label("Expiring within"), days,
                new Label("days"));
        toolbar.getStyleClass().add("training-toolbar");
        setTop(toolbar);

        TableView<LeaderRow> leaders = table("gaps-leaders", model.leaders(), "No officer leads without accreditation.",
                r -> lines(r.threatIds()));
        leaders.getColumns().add(TrainingTables.textColumn("Officer", 210, LeaderRow::officer));
        leaders.getColumns().add(TrainingTables.textColumn("Mentored", 90, LeaderRow::mentored));
        leaders.getColumns().add(TrainingTables.textColumn("Threats", 70, r -> String.valueOf(r.threats())));
        leaders.getColumns().add(TrainingTables.textColumn("Threat ids", 560, LeaderRow::threatIds));

        TableView<ExpiringRow> expiring = table("gaps-expiring", model.expiring(), "Nothing expires in the window.",
                r -> lines(r.leads()));
        expiring.getColumns().add(TrainingTables.textColumn("Officer", 210, ExpiringRow::officer));
        expiring.getColumns().add(TrainingTables.textColumn("Course", 140, ExpiringRow::course));
        expiring.getColumns().add(TrainingTables.textColumn("Expires on", 100, r -> uk.police.soc.caseload.ui.Formats.date(r.expiresOn())));
        expiring.getColumns().add(TrainingTables.textColumn("In", 80, ExpiringRow::daysLeft));
        expiring.getColumns().add(TrainingTables.textColumn("Threats led", 400, ExpiringRow::leads));

        TableView<UncoverableRow> uncoverable = table("gaps-uncoverable", model.uncoverable(),
                "Every active threat has an eligible officer.", r -> lines(r.nearestOfficers()));
        uncoverable.getColumns().add(TrainingTables.textColumn("Threat", 190, UncoverableRow::threat));
        uncoverable.getColumns().add(TrainingTables.textColumn("Priority", 70, UncoverableRow::priority));
        uncoverable.getColumns().add(TrainingTables.textColumn("Category", 110, UncoverableRow::category));
        uncoverable.getColumns().add(TrainingTables.textColumn("Nearest officers: rules unmet", 700, UncoverableRow::nearestOfficers));

        TableView<TraineeRow> trainees = table("gaps-trainees", model.trainees(), "No trainee lacks an accredited mentor.",
                r -> 1);
        trainees.getColumns().add(TrainingTables.textColumn("Trainee", 210, TraineeRow::officer));
        trainees.getColumns().add(TrainingTables.textColumn("Mentor on record", 210, TraineeRow::mentor));
        trainees.getColumns().add(TrainingTables.textColumn("Why it is a gap", 300, TraineeRow::reason));

        ListView<String> suggestions = new ListView<>(model.suggestions());
        suggestions.setId("gaps-suggestions");
        suggestions.setPlaceholder(new Label("No training would close a gap."));
        suggestions.setPrefHeight(360);
        suggestions.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty || text == null ? null : (getIndex() + 1) + ". " + text);
                setWrapText(true);
                setPrefWidth(0);
            }
        });

        VBox parts = new VBox(4,
                heading("gaps-leaders-heading", model.leadersHeadingProperty()), leaders,
                heading("gaps-expiring-heading", model.expiringHeadingProperty()), expiring,
                heading("gaps-uncoverable-heading", model.uncoverableHeadingProperty()), uncoverable,
                heading("gaps-trainees-heading", model.traineesHeadingProperty()), trainees,
                sectionTitle("Suggestions, most useful first"), suggestions);
        ScrollPane scroll = new ScrollPane(parts);
        scroll.setFitToWidth(true);
        setCenter(scroll);
    }

    private static Label heading(String id, ReadOnlyObjectProperty<Heading> heading) {
        Label label = sectionTitle("");
        label.setId(id);
        Runnable show = () -> {
            Heading value = heading.get();
            label.getStyleClass().removeAll("section-ok", "section-warning", "section-gap");
            if (value == null) {
                label.setText("");
                return;
            }
            label.setText(value.text());
            label.getStyleClass().add(switch (value.standing()) {
                case OK -> "section-ok";
                case WARNING -> "section-warning";
                case GAP -> "section-gap";
            });
        };
        heading.addListener((obs, old, value) -> show.run());
        show.run();
        return label;
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-heading");
        return label;
    }

    private static <T> TableView<T> table(String id, ObservableList<T> rows, String empty,
            java.util.function.ToIntFunction<T> linesOf) {
        TableView<T> table = new TableView<>(rows);
        table.setId(id);
        table.setPlaceholder(new Label(empty));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Tall enough to show every row (some span several lines) without an inner scroll bar.
        Runnable fit = () -> {
            int lines = 0;
            for (T row : rows) {
                lines += linesOf.applyAsInt(row);
            }
            table.setPrefHeight(Math.max(2, lines) * 16 + rows.size() * 10 + 36);
        };
        rows.addListener((javafx.collections.ListChangeListener<T>) change -> fit.run());
        fit.run();
        return table;
    }

    private static int lines(String text) {
        return (int) text.lines().count();
    }
}
