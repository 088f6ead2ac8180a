package uk.police.soc.caseload.ui.training;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.report.training.TrainingMatrix;
import uk.police.soc.caseload.report.training.TrainingStatus;

/** The training matrix: officers × courses, each cell a status in words, symbol and colour. */
public class TrainingMatrixView extends BorderPane {

    private final TrainingMatrixViewModel model;
    private final TableView<TrainingMatrix.Row> table = new TableView<>();
    private final TrainingFiles files;


    public TrainingMatrixView(TrainingMatrixViewModel model, TrainingFiles files) {
        this.model = model;
        this.files = files;
        TrainingStyles.apply(this);
        setId("training-matrix");

        ComboBox<String> unit = new ComboBox<>(model.unitChoices());
        unit.setId("matrix-unit");
        unit.valueProperty().bindBidirectional(model.unitChoiceProperty());
        ComboBox<String> category = new ComboBox<>(model.categoryChoices());
        category.setId("matrix-category");
        category.valueProperty().bindBidirectional(model.categoryChoiceProperty());
        category.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return model.categoryName(code);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        Spinner<Integer> days = new Spinner<>(0, 3650, model.withinDaysProperty().get(), 30);
        days.setId("matrix-within-days");
        days.setEditable(true);
        days.setPrefWidth(90);
        days.valueProperty().addListener((obs, old, value) -> model.withinDaysProperty().set(value));
        Button export = new Button("Export CSV…");
        export.setId("matrix-export");
        export.setOnAction(e -> files.chooseCsvToSave(this, model.suggestedExportName()).ifPresent(file ->
                files.askDisclosure(this, "Exporting the training matrix")
                        .ifPresent(disclosure -> model.exportCsv(file, disclosure))));

        HBox toolbar = new HBox(TrainingStyles.title("Training matrix"), new Label("Unit"), unit,
                new Label("Category"), category, new Label("Expiring within"), days, new Label("days"), export);
        toolbar.getStyleClass().add("training-toolbar");
        HBox legend = new HBox(6, new Label("Key:"));
        legend.setAlignment(Pos.CENTER_LEFT);
        for (TrainingStatus status : TrainingStatus.values()) {
            Label item = new Label(status.symbol() + " " + status.label());
            item.getStyleClass().add("legend-item");
            TrainingStyles.setStatus(item, status);
            legend.getChildren().add(item);
        }
        setTop(new VBox(6, toolbar, legend));

        table.setId("matrix-table");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No active officers match the filter."));
        setCenter(table);
        Label summary = new Label();
        summary.setId("matrix-summary");
        summary.getStyleClass().add("training-summary");
        summary.textProperty().bind(model.summaryProperty());
        setBottom(summary);

        model.matrixProperty().addListener((obs, old, matrix) -> show(matrix));
        show(model.matrixProperty().get());
    }

    private void show(TrainingMatrix matrix) {
        table.getColumns().clear();
        if (matrix == null) {
            return;
        }
        TableColumn<TrainingMatrix.Row, String> officer = new TableColumn<>("Officer");
        officer.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                uk.police.soc.caseload.presentation.Names.officer(c.getValue().officer())));
        officer.setPrefWidth(230);
        TableColumn<TrainingMatrix.Row, String> unit = new TableColumn<>("Unit");
        unit.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().officer().unit()));
        unit.setPrefWidth(150);
        table.getColumns().add(officer);
        table.getColumns().add(unit);
        for (int i = 0; i < matrix.courses().size(); i++) {
            table.getColumns().add(courseColumn(matrix.courses().get(i), i));
        }
        table.getItems().setAll(matrix.rows());
    }

    private TableColumn<TrainingMatrix.Row, TrainingMatrix.Cell> courseColumn(Course course, int index) {
        TableColumn<TrainingMatrix.Row, TrainingMatrix.Cell> column = new TableColumn<>(course.code());
        column.setPrefWidth(215);
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(
                c.getValue().cells().get(index)));
        column.getProperties().put(uk.police.soc.caseload.ui.TableExport.TEXT,
                (java.util.function.Function<TrainingMatrix.Row, String>) row ->
                        TrainingMatrixViewModel.cellText(row.cells().get(index)));
        column.setCellFactory(col -> new TableCell<>() {
            private final Label label = new Label();

            {
                label.setMaxWidth(Double.MAX_VALUE);
                label.getStyleClass().add("legend-item");
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(TrainingMatrix.Cell cell, boolean empty) {
                super.updateItem(cell, empty);
                if (empty || cell == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                label.setText(TrainingMatrixViewModel.cellText(cell));
                TrainingStyles.setStatus(label, cell.status());
                setGraphic(label);
                setTooltip(new Tooltip(course.name() + (cell.completedOn() == null ? ""
                        : "\nCompleted " + uk.police.soc.caseload.ui.Formats.date(cell.completedOn()))));
            }
        });
        Label header = new Label(course.code());
        header.setTooltip(new Tooltip(course.name() + (course.accreditsLro() ? " (accredits LROs)" : "")));
        column.setGraphic(header);
        column.setText("");
        return column;
    }
}
