package uk.police.soc.caseload.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Small builders for read-only table columns over row records, and lists of lines. */
public final class Tables {

    private Tables() {
    }

    public static <S, T> TableColumn<S, T> column(String title, double width, Function<S, T> value) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.toString());
                withTooltip(this);
            }
        });
        return column;
    }

    /**
     * Gives a cell its whole text as a tooltip, so that a name cut short at 1366×768 ("DS Noah Mor…") can still
     * be read.
     */
    public static void withTooltip(javafx.scene.control.Cell<?> cell) {
        String text = cell.getText();
        if (text == null || text.isBlank()) {
            cell.setTooltip(null);
        } else if (cell.getTooltip() == null) {
            cell.setTooltip(new javafx.scene.control.Tooltip(text));
        } else {
            cell.getTooltip().setText(text);
        }
    }

    /** A numeric column that sorts by the number but shows it formatted, e.g. load % to one decimal. */
    public static <S> TableColumn<S, Double> numberColumn(String title, double width, Function<S, Double> value,
            Function<Double, String> format) {
        TableColumn<S, Double> column = column(title, width, value);
        column.getProperties().put(TableExport.TEXT, (Function<S, String>) row -> {
            Double number = value.apply(row);
            return number == null ? "" : format.apply(number);
        });
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
                withTooltip(this);
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    /** A text column whose cells also take a style class from the row, e.g. the colour of a load status. */
    public static <S> TableColumn<S, S> styledColumn(String title, double width, Function<S, String> text,
            Function<S, String> styleClass) {
        TableColumn<S, S> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.getProperties().put(TableExport.TEXT, text);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(S item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(s -> s.startsWith("status-"));
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText(text.apply(item));
                withTooltip(this);
                String style = styleClass.apply(item);
                if (style != null) {
                    getStyleClass().add(style);
                }
            }
        });
        return column;
    }

    /** Lines of text that wrap to the list's width rather than hide behind a horizontal scroll bar. */
    public static void wrapLines(javafx.scene.control.ListView<String> list) {
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(l.widthProperty().subtract(20));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
    }
}
