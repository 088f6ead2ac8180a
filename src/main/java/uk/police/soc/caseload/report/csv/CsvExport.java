package uk.police.soc.caseload.report.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way the planner writes a CSV file: RFC 4180 quoting by Commons CSV, and every cell, header included,
 * passed through {@link CsvCells#neutralised} so that no exported value runs as a spreadsheet formula. An
 * ArchUnit rule keeps other code from printing CSV by itself.
 */
public final class CsvExport {

    private final CSVPrinter printer;

    private CsvExport(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts a CSV on {@code out} (not closed here: the writer belongs to the caller) with its header line. */
    public static CsvExport start(Writer out, String... header) {
        try {
            CsvExport export = new CsvExport(CSVFormat.DEFAULT.builder().get().print(out));
            export.row((Object[]) header);
            return export;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line; null cells are empty. */
    public CsvExport row(Object... cells) {
        try {
            printer.printRecord(CsvCells.neutralised(cells));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
