package uk.police.soc.caseload.ui.training;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.Region;

/** Table columns shared by the training screens. */
final class TrainingTables {

    private TrainingTables() {
    }

    /** A column of text; text of several lines makes the row as tall as it needs. */
    static <T> TableColumn<T, String> textColumn(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        // A label as graphic sizes the row to every line of the text; plain cell text is cut to one row height.
        column.setCellFactory(col -> new TableCell<>() {
            private final Label label = new Label();

            {
                label.setMinHeight(Region.USE_PREF_SIZE);
                label.setPadding(new Insets(0, 0, 4, 0));
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                label.setText(text);
                setGraphic(empty || text == null ? null : label);
                label.setTooltip(empty || text == null || text.isBlank() ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        return column;
    }

    /** A column showing a training status as a coloured badge with its words and symbol. */
    static <T> TableColumn<T, T> statusColumn(String title, double width, Function<T, String> text,
            Function<T, uk.police.soc.caseload.report.training.TrainingStatus> status) {
        TableColumn<T, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.getProperties().put(uk.police.soc.caseload.ui.TableExport.TEXT, text);
        column.setCellFactory(col -> new TableCell<>() {
            private final Label label = new Label();

            {
                label.getStyleClass().add("legend-item");
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(T row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                label.setText(text.apply(row));
                TrainingStyles.setStatus(label, status.apply(row));
                setGraphic(label);
            }
        });
        return column;
    }
}
