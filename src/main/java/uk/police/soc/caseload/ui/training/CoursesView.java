package uk.police.soc.caseload.ui.training;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.police.soc.caseload.domain.Course;

/** The courses: validity, whether they accredit LROs, and the threat category they are about. */
public class CoursesView extends BorderPane {


    public CoursesView(CoursesViewModel model) {
        TrainingStyles.apply(this);
        setId("training-courses");
        HBox toolbar = new HBox(TrainingStyles.title("Courses"));
        toolbar.getStyleClass().add("training-toolbar");
        setTop(toolbar);

        TableView<Course> courses = new TableView<>(model.courses());
        courses.setId("courses-table");
        courses.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        courses.getColumns().add(TrainingTables.textColumn("Code", 140, Course::code));
        courses.getColumns().add(TrainingTables.textColumn("Name", 320, Course::name));
        courses.getColumns().add(TrainingTables.textColumn("Valid for", 130, CoursesViewModel::validity));
        courses.getColumns().add(TrainingTables.textColumn("Accredits LROs", 130,
                c -> c.accreditsLro() ? "✔ yes" : "no"));
        courses.getColumns().add(TrainingTables.textColumn("Category", 200,
                c -> c.category() == null ? "none" : c.category()));
        courses.getSelectionModel().selectedItemProperty().addListener((obs, old, course) -> {
            if (course != null) {
                model.edit(course);
            }
        });

        TextField code = new TextField();
        code.setId("courses-code");
        code.textProperty().bindBidirectional(model.codeProperty());
        code.disableProperty().bind(model.editingExistingProperty());
        TextField name = new TextField();
        name.setId("courses-name");
        name.setPrefColumnCount(30);
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField months = new TextField();
        months.setId("courses-months");
        months.setPromptText("empty: never expires");
        months.textProperty().bindBidirectional(model.validMonthsProperty());
        CheckBox accredits = new CheckBox("A valid completion makes the officer an accredited LRO");
        accredits.setId("courses-accredits");
        accredits.selectedProperty().bindBidirectional(model.accreditsLroProperty());
        ComboBox<String> category = new ComboBox<>(model.categoryChoices());
        category.setId("courses-category");
        category.valueProperty().bindBidirectional(model.categoryProperty());
        Button save = new Button("Save course");
        save.setId("courses-save");
        save.setOnAction(e -> model.save());
        Button delete = new Button("Delete course…");
        delete.setId("courses-delete");
        delete.disableProperty().bind(model.editingExistingProperty().not());
        delete.setOnAction(e -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, model.deleteQuestion(), ButtonType.OK,
                    ButtonType.CANCEL);
            confirm.setTitle("Delete course");
            confirm.setHeaderText("Delete course " + model.codeProperty().get() + "?");
            confirm.initOwner(getScene() == null ? null : getScene().getWindow());
            if (confirm.showAndWait().filter(ButtonType.OK::equals).isPresent() && model.delete()) {
                courses.getSelectionModel().clearSelection();
            }
        });
        Button add = new Button("New course");
        add.setOnAction(e -> {
            courses.getSelectionModel().clearSelection();
            model.newCourse();
        });
        Label formTitle = new Label();
        formTitle.getStyleClass().add("section-heading");
        formTitle.textProperty().bind(Bindings.when(model.editingExistingProperty())
                .then("Change the selected course").otherwise("Add a course"));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Code"), code);
        form.addRow(1, new Label("Name"), name);
        form.addRow(2, new Label("Valid for (months)"), months);
        form.addRow(3, new Label("Accreditation"), accredits);
        form.addRow(4, new Label("Category"), category);
        form.add(new HBox(8, save, add, delete), 1, 5);
        VBox center = new VBox(8, courses, formTitle, form, new FeedbackPane(model.feedback(), "courses"));
        VBox.setVgrow(courses, javafx.scene.layout.Priority.ALWAYS);
        setCenter(center);
    }
}
