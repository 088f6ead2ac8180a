package uk.police.soc.caseload.ui.training;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.ui.DateField;
import uk.police.soc.caseload.ui.Formats;
import uk.police.soc.caseload.ui.training.TrainingRecordsViewModel.RecordRow;

/** One officer's training records: list, add, edit, delete, and the CSV import. */
public class TrainingRecordsView extends BorderPane {


    public TrainingRecordsView(TrainingRecordsViewModel model, TrainingFiles files) {
        TrainingStyles.apply(this);
        setId("training-records");

        Button importCsv = new Button("Import CSV…");
        importCsv.setId("records-import");
        importCsv.setOnAction(e -> files.chooseCsvToOpen(this).ifPresent(model::importCsv));
        HBox toolbar = new HBox(TrainingStyles.title("Training records"), importCsv,
                new Label("CSV: officerId,courseCode,completedOn,expiresOn (with header); all lines or none"));
        toolbar.getStyleClass().add("training-toolbar");
        setTop(toolbar);

        ListView<Officer> officers = new ListView<>(model.officers());
        officers.setId("records-officers");
        officers.setPrefWidth(330);
        officers.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Officer officer, boolean empty) {
                super.updateItem(officer, empty);
                setText(empty || officer == null ? null : model.describe(officer));
            }
        });
        officers.getSelectionModel().selectedItemProperty().addListener((obs, old, officer) -> {
            if (officer != null) {
                model.selectedOfficerProperty().set(officer);
            }
        });
        model.selectedOfficerProperty().addListener((obs, old, officer) ->
                officers.getSelectionModel().select(officer));
        officers.getSelectionModel().select(model.selectedOfficerProperty().get());
        setLeft(officers);

        TableView<RecordRow> records = new TableView<>(model.records());
        records.setId("records-table");
        records.setPlaceholder(new Label("No training on record for this officer."));
        records.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        records.getColumns().add(TrainingTables.textColumn("Course", 300, RecordRow::course));
        records.getColumns().add(TrainingTables.textColumn("Completed", 110, r -> Formats.date(r.record().completedOn())));
        records.getColumns().add(TrainingTables.textColumn("Expires", 140, r -> r.expiresOn() == null ? "never"
                : Formats.date(r.expiresOn()) + (r.record().expiresOn() == null ? "" : " (own date)")));
        records.getColumns().add(TrainingTables.statusColumn("Standing", 220, RecordRow::statusText,
                RecordRow::status));
        records.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.edit(row);
            }
        });

        ComboBox<Course> course = new ComboBox<>(model.courses());
        course.setId("records-course");
        course.setPromptText("Choose a course");
        course.valueProperty().bindBidirectional(model.formCourseProperty());
        course.setConverter(new StringConverter<>() {
            @Override
            public String toString(Course value) {
                return value == null ? "" : value.code() + " – " + value.name();
            }

            @Override
            public Course fromString(String text) {
                return null;
            }
        });
        DatePicker completed = DateField.of(model.formCompletedOn(), "records-completed");
        DatePicker expires = DateField.of(model.formExpiresOn(), "records-expires");
        expires.setPromptText("from the course");
        Button save = new Button("Save");
        save.setId("records-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> model.save());
        Button add = new Button("New record");
        add.setOnAction(e -> {
            records.getSelectionModel().clearSelection();
            model.newRecord();
        });
        Button delete = new Button("Delete");
        delete.setId("records-delete");
        delete.disableProperty().bind(records.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> model.delete(records.getSelectionModel().getSelectedItem()));
        Label formTitle = new Label();
        formTitle.getStyleClass().add("section-heading");
        formTitle.textProperty().bind(Bindings.when(model.editingProperty().isNull())
                .then("Add a record").otherwise("Edit the selected record"));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Course"), course);
        form.addRow(1, new Label("Completed on (" + Formats.dateHint() + ")"), completed);
        form.addRow(2, new Label("Expires on (optional)"), expires);
        form.add(new HBox(8, save, add, delete), 1, 3);
        VBox bottom = new VBox(6, formTitle, form, new FeedbackPane(model.feedback(), "records"));
        VBox center = new VBox(8, records, bottom);
        VBox.setVgrow(records, javafx.scene.layout.Priority.ALWAYS);
        center.setPadding(new javafx.geometry.Insets(0, 0, 0, 10));
        setCenter(center);
    }
}
