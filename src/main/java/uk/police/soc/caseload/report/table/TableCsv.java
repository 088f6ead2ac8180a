package uk.police.soc.caseload.report.table;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Any table as CSV: a header row, then one row per record, every cell as the screen shows it. A cell a
 * spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return) is written with a
 * leading apostrophe, so that opening an export never runs what someone typed into a threat's name.
 */
public final class TableCsv {

    private TableCsv() {
    }

    public static void write(List<String> header, List<List<String>> rows, Writer out) throws IOException {
        CSVPrinter printer = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get().print(out);
        printer.printRecord(header.stream().map(TableCsv::neutralised).toList());
        for (List<String> row : rows) {
            printer.printRecord(row.stream().map(TableCsv::neutralised).toList());
        }
        printer.flush();
    }

    /** The cell, made inert for a spreadsheet when it would start a formula. */
    public static String neutralised(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
