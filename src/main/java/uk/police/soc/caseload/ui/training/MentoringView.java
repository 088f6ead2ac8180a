package uk.police.soc.caseload.ui.training;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.report.training.TrainingStatus;
import uk.police.soc.caseload.ui.training.MentoringViewModel.PairRow;

/** Mentor–mentee pairs: whether each counts under the policy; start a pair, end one. */
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
        VBox center = new VBox(8, pairs, end, formTitle, form, new FeedbackPane(model.feedback(), "mentoring"));
        VBox.setVgrow(pairs, javafx.scene.layout.Priority.ALWAYS);
        setCenter(center);
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
