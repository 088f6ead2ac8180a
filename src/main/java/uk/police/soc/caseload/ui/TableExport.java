package uk.police.soc.caseload.ui;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import uk.police.soc.caseload.report.csv.CsvExport;

/**
 * Every table of the app exports to CSV and prints, from its context menu or from the File menu: the rows it
 * holds (all of them, not only those scrolled into view), each cell as the screen words it.
 */
public final class TableExport {

    /** A column property: how to word a cell for export when the column's value is not already its text. */
    public static final String TEXT = "export-text";

    private TableExport() {
    }

    /** Gives every table under {@code root} the Export and Print commands in its context menu. */
    public static void install(Node root, Function<TableView<?>, String> title, Exporter exporter) {
        // A SplitPane or TabPane adds its items to the scene graph only when its skin exists: make the skins
        // first, or the tables inside (the register beside the plan panel) are not found.
        if (root instanceof javafx.scene.Parent parent && parent.getScene() != null) {
            parent.applyCss();
        }
        for (Node node : root.lookupAll(".table-view")) {
            if (node instanceof TableView<?> table && table.getContextMenu() == null) {
                MenuItem csv = new MenuItem("Export this table to CSV…");
                csv.setOnAction(e -> exporter.exportCsv(table, title.apply(table)));
                MenuItem print = new MenuItem("Print this table…");
                print.setOnAction(e -> exporter.print(table, title.apply(table)));
                table.setContextMenu(new ContextMenu(csv, print));
            }
        }
    }

    /** What the two commands do; the main window answers them with its dialogs. */
    public interface Exporter {
        void exportCsv(TableView<?> table, String title);

        void print(TableView<?> table, String title);
    }

    /** The column headers of the table's leaf columns, left to right. */
    public static List<String> header(TableView<?> table) {
        return table.getVisibleLeafColumns().stream().map(c -> c.getText() == null ? "" : c.getText()).toList();
    }

    /** Every row the table holds, each cell worded as on screen. */
    public static <S> List<List<String>> rows(TableView<S> table) {
        List<List<String>> rows = new ArrayList<>();
        List<TableColumn<S, ?>> columns = leafColumns(table);
        for (int i = 0; i < table.getItems().size(); i++) {
            S item = table.getItems().get(i);
            List<String> row = new ArrayList<>();
            for (TableColumn<S, ?> column : columns) {
                row.add(text(column, item, i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The table as CSV, the planner's one way (formula cells neutralised): header, then every row. */
    public static String csv(List<String> header, List<List<String>> rows) {
        java.io.StringWriter out = new java.io.StringWriter();
        CsvExport export = CsvExport.start(out, header.toArray(String[]::new));
        rows.forEach(row -> export.row(row.toArray()));
        export.flush();
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static <S> String text(TableColumn<S, ?> column, S item, int index) {
        Object wording = column.getProperties().get(TEXT);
        if (wording instanceof Function<?, ?> function) {
            Object text = ((Function<S, ?>) function).apply(item);
            return text == null ? "" : text.toString();
        }
        Object value = column.getCellObservableValue(index) == null ? null : column.getCellObservableValue(index).getValue();
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof LocalDate date) {
            return Formats.date(date);
        }
        if (value instanceof Double d) {
            return Formats.points(d);
        }
        return value.toString();
    }

    private static <S> List<TableColumn<S, ?>> leafColumns(TableView<S> table) {
        return new ArrayList<>(table.getVisibleLeafColumns());
    }

}
