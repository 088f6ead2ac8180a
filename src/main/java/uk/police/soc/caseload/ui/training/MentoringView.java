package uk.police.soc.caseload.ui.training;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.report.training.TrainingStatus;
import uk.police.soc.caseload.ui.training.MentoringViewModel.PairCountRow;
import uk.police.soc.caseload.ui.training.MentoringViewModel.PairRow;
import uk.police.soc.caseload.ui.training.MentoringViewModel.SessionRow;

/**
 * Mentor–mentee pairs: whether each counts under the policy; start a pair, end one. Beside them, the sessions
 * held: record one, and see them per pair and per month of a period.
 */
public class MentoringView extends BorderPane {


    public MentoringView(MentoringViewModel model) {
        TrainingStyles.apply(this);
        setId("training-mentoring");
        HBox toolbar = new HBox(TrainingStyles.title("Mentoring"),
                new Label("A mentored trainee may lead threats of the policy's trainee priorities."));
        toolbar.getStyleClass().add("training-toolbar");
        setTop(toolbar);

        TableView<PairRow> pairs = new TableView<>(model.pairs());
        pairs.setId("mentoring-pairs");
        pairs.setPlaceholder(new Label("No mentoring pairs."));
        pairs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        pairs.getColumns().add(TrainingTables.textColumn("Mentee", 230, PairRow::mentee));
        pairs.getColumns().add(TrainingTables.textColumn("Mentor", 230, PairRow::mentor));
        pairs.getColumns().add(TrainingTables.statusColumn("Standing", 420, PairRow::standing,
                row -> row.ok() ? TrainingStatus.VALID : TrainingStatus.EXPIRED));
        Button end = new Button("End the selected pair");
        end.setId("mentoring-end");
        end.disableProperty().bind(pairs.getSelectionModel().selectedItemProperty().isNull());
        end.setOnAction(e -> model.end(pairs.getSelectionModel().getSelectedItem()));

        ComboBox<Officer> mentee = officerChoice(model::label, model.menteeChoices(), "mentoring-mentee");
        mentee.valueProperty().bindBidirectional(model.menteeProperty());
        ComboBox<Officer> mentor = officerChoice(model::mentorLabel, model.mentorChoices(), "mentoring-mentor");
        mentor.setPrefWidth(440);
        mentor.valueProperty().bindBidirectional(model.mentorProperty());
        CheckBox reduce = new CheckBox("Record a capacity reduction for the mentor of");
        reduce.setId("mentoring-reduce");
        reduce.selectedProperty().bindBidirectional(model.recordReductionProperty());
        Spinner<Integer> percent = new Spinner<>(1, 100, model.reductionPercentProperty().get(), 5);
        percent.setId("mentoring-percent");
        percent.setEditable(true);
        percent.setPrefWidth(80);
        percent.disableProperty().bind(reduce.selectedProperty().not());
        percent.valueProperty().addListener((obs, old, value) -> model.reductionPercentProperty().set(value));
        Button assign = new Button("Start mentoring");
        assign.setId("mentoring-assign");
        assign.setOnAction(e -> model.assign());
        Label formTitle = new Label("Start a pair");
        formTitle.getStyleClass().add("section-heading");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Mentee"), mentee);
        form.addRow(1, new Label("Mentor (accredited LRO)"), mentor);
        form.addRow(2, new Label("Capacity"), new HBox(6, reduce, percent, new Label("% from the planning date")));
        Label warnings = new Label();
        warnings.setId("mentoring-warnings");
        warnings.setWrapText(true);
        warnings.getStyleClass().add("status-amber");
        warnings.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> String.join("\n", model.warnings()), model.warnings()));
        warnings.managedProperty().bind(warnings.textProperty().isNotEmpty());
        warnings.visibleProperty().bind(warnings.managedProperty());
        form.add(warnings, 1, 3);
        form.add(assign, 1, 4);
        VBox left = new VBox(8, pairs, end, formTitle, form, new FeedbackPane(model.feedback(), "mentoring"));
        VBox.setVgrow(pairs, javafx.scene.layout.Priority.ALWAYS);
        SplitPane center = new SplitPane(left, sessions(model));
        center.setDividerPositions(0.5);
        setCenter(center);
    }

    /** The sessions held: record one for a pair, list those of a period, count them per pair and per month. */
    private static VBox sessions(MentoringViewModel model) {
        Label title = new Label("Mentoring sessions");
        title.getStyleClass().add("section-heading");
        ComboBox<PairRow> pair = new ComboBox<>(model.pairs());
        pair.setId("session-pair");
        pair.setPromptText("Choose a pair");
        pair.setPrefWidth(300);
        pair.setConverter(new StringConverter<>() {
            @Override
            public String toString(PairRow row) {
                return row == null ? "" : row.mentor() + " with " + row.mentee();
            }

            @Override
            public PairRow fromString(String text) {
                return null;
            }
        });
        pair.valueProperty().bindBidirectional(model.sessionPairProperty());
        DatePicker on = uk.police.soc.caseload.ui.DateField.forceFormat(new DatePicker(), typo -> { });
        on.setId("session-on");
        on.valueProperty().bindBidirectional(model.sessionOnProperty());
        TextField minutes = new TextField();
        minutes.setId("session-minutes");
        minutes.setPromptText("minutes");
        minutes.setPrefColumnCount(5);
        minutes.textProperty().bindBidirectional(model.sessionMinutesProperty());
        TextField note = new TextField();
        note.setId("session-note");
        note.setPromptText("what it covered (optional)");
        note.textProperty().bindBidirectional(model.sessionNoteProperty());
        Button record = new Button("Record session");
        record.setId("session-record");
        record.setOnAction(e -> model.recordSession());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Pair"), pair);
        form.addRow(1, new Label("Held on"), new HBox(6, on, minutes, new Label("min")));
        form.addRow(2, new Label("Note"), note);
        form.add(record, 1, 3);

        DatePicker from = uk.police.soc.caseload.ui.DateField.forceFormat(new DatePicker(), typo -> { });
        from.setId("sessions-from");
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(model.periodFromProperty());
        DatePicker to = uk.police.soc.caseload.ui.DateField.forceFormat(new DatePicker(), typo -> { });
        to.setId("sessions-to");
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(model.periodToProperty());
        from.valueProperty().addListener((obs, old, value) -> model.showSessions());
        to.valueProperty().addListener((obs, old, value) -> model.showSessions());
        HBox period = new HBox(6, new Label("Period from"), from, new Label("to"), to);
        period.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TableView<SessionRow> list = new TableView<>(model.sessions());
        list.setId("mentoring-sessions");
        list.setPlaceholder(new Label("No session recorded in the period."));
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        list.getColumns().add(TrainingTables.textColumn("Date", 90, SessionRow::date));
        list.getColumns().add(TrainingTables.textColumn("Mentor", 150, SessionRow::mentor));
        list.getColumns().add(TrainingTables.textColumn("Mentee", 150, SessionRow::mentee));
        list.getColumns().add(TrainingTables.textColumn("Length", 60, SessionRow::minutes));
        list.getColumns().add(TrainingTables.textColumn("Note", 150, SessionRow::note));
        list.setPrefHeight(140);
        Button delete = new Button("Delete the selected session");
        delete.setId("session-delete");
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> model.deleteSession(list.getSelectionModel().getSelectedItem()));

        TableView<PairCountRow> perPair = new TableView<>(model.sessionsByPair());
        perPair.setId("sessions-per-pair");
        perPair.setPlaceholder(new Label("No sessions in the period."));
        perPair.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        perPair.getColumns().add(TrainingTables.textColumn("Mentor", 160, PairCountRow::mentor));
        perPair.getColumns().add(TrainingTables.textColumn("Mentee", 160, PairCountRow::mentee));
        perPair.getColumns().add(TrainingTables.textColumn("Sessions", 70, r -> Integer.toString(r.sessions())));
        perPair.getColumns().add(TrainingTables.textColumn("Time", 70, PairCountRow::minutes));
        perPair.getColumns().add(TrainingTables.textColumn("Last", 90, PairCountRow::last));
        perPair.setPrefHeight(110);
        ListView<String> perMonth = new ListView<>(model.sessionsByMonth());
        perMonth.setId("sessions-per-month");
        perMonth.setPrefHeight(90);
        VBox box = new VBox(6, title, form, period, list, delete, new Label("Per pair in the period"), perPair,
                new Label("Per month"), perMonth);
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        box.setPadding(new javafx.geometry.Insets(0, 0, 0, 8));
        return box;
    }

    private static ComboBox<Officer> officerChoice(java.util.function.Function<Officer, String> label,
            javafx.collections.ObservableList<Officer> choices, String id) {
        ComboBox<Officer> box = new ComboBox<>(choices);
        box.setId(id);
        box.setPrefWidth(280);
        box.setPromptText("Choose an officer");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Officer officer) {
                return officer == null ? "" : label.apply(officer);
            }

            @Override
            public Officer fromString(String text) {
                return null;
            }
        });
        return box;
    }
}
