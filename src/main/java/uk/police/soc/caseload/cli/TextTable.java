package uk.police.soc.caseload.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * An aligned plain-text table, as every command prints them: columns two spaces apart, text left-aligned,
 * figures right-aligned, each column as wide as its widest cell, no trailing blanks.
 */
final class TextTable {

    private final List<String> headers = new ArrayList<>();
    private final List<Boolean> rightAligned = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    /** A text column. */
    TextTable left(String header) {
        headers.add(header);
        rightAligned.add(false);
        return this;
    }

    /** A figure column. */
    TextTable right(String header) {
        headers.add(header);
        rightAligned.add(true);
        return this;
    }

    TextTable row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + headers.size() + " columns");
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell == null ? "" : cell.toString());
        }
        rows.add(row);
        return this;
    }

    int size() {
        return rows.size();
    }

    /** The header and the rows, each line starting with {@code indent}. */
    void print(PrintWriter out, String indent) {
        int[] widths = new int[headers.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = headers.get(column).length();
            for (List<String> row : rows) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        printLine(out, indent, headers, widths);
        rows.forEach(row -> printLine(out, indent, row, widths));
    }

    private void printLine(PrintWriter out, String indent, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder(indent);
        for (int column = 0; column < cells.size(); column++) {
            if (column > 0) {
                line.append("  ");
            }
            String cell = cells.get(column);
            String padding = " ".repeat(widths[column] - cell.length());
            line.append(rightAligned.get(column) ? padding + cell : cell + padding);
        }
        out.println(line.toString().stripTrailing());
    }
}
