package uk.police.soc.caseload.ui;

import java.util.List;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Prints a table as pages of its rows (every row, not only those scrolled into view), with its title and the
 * column headers on each page, through the system's print dialog.
 */
final class TablePrinter {

    private static final int ROWS_PER_PAGE = 38;

    private TablePrinter() {
    }

    /** Prints after the user confirms the print dialog; returns what happened, for the status bar. */
    static String print(Window owner, TableView<?> table, String title) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return "Nothing printed: this computer has no printer set up. Export the table to CSV instead.";
        }
        if (!job.showPrintDialog(owner)) {
            return "Printing cancelled.";
        }
        List<String> header = TableExport.header(table);
        List<List<String>> rows = TableExport.rows(table);
        PageLayout layout = job.getJobSettings().getPageLayout();
        int pages = Math.max(1, (rows.size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
        for (int page = 0; page < pages; page++) {
            List<List<String>> part = rows.subList(page * ROWS_PER_PAGE, Math.min(rows.size(), (page + 1) * ROWS_PER_PAGE));
            if (!job.printPage(layout, page(title + " (page " + (page + 1) + " of " + pages + ")", header, part,
                    layout.getPrintableWidth()))) {
                job.cancelJob();
                return "Printing failed on page " + (page + 1) + ".";
            }
        }
        job.endJob();
        return "Printed \u201c" + title + "\u201d: " + rows.size() + " rows on " + pages + (pages == 1 ? " page." : " pages.");
    }

    private static VBox page(String title, List<String> header, List<List<String>> rows, double width) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        for (int c = 0; c < header.size(); c++) {
            Label label = new Label(header.get(c));
            label.setStyle("-fx-font-weight: bold; -fx-font-size: 9px;");
            grid.add(label, c, 0);
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setMaxWidth(width / Math.max(1, header.size()) * 1.8);
            grid.getColumnConstraints().add(constraints);
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Label cell = new Label(row.get(c).replace('\n', ' '));
                cell.setStyle("-fx-font-size: 9px;");
                grid.add(cell, c, r + 1);
            }
        }
        Label heading = new Label(title);
        heading.setStyle("-fx-font-weight: bold; -fx-font-size: 12px;");
        VBox page = new VBox(8, heading, grid);
        page.setPrefWidth(width);
        page.setMaxWidth(width);
        return page;
    }
}
