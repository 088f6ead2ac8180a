package uk.police.soc.caseload.report.csv;

import java.util.regex.Pattern;

/**
 * Makes a value safe to write as a CSV cell that a spreadsheet will open. Excel, LibreOffice and Google Sheets
 * treat a cell that begins with {@code =}, {@code +}, {@code -} or {@code @} (or with a tab or carriage return
 * before one) as a formula, so a name such as {@code =HYPERLINK("http://…")} in the store would run when a trainer
 * opens the export. Such a cell gets a leading apostrophe, which the spreadsheet shows as text and does not
 * display (the OWASP advice for CSV injection). Every CSV the planner writes passes its cells through here.
 */
public final class CsvCells {

    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);

    private CsvCells() {
    }

    /** {@code value} as a cell no spreadsheet runs: prefixed with {@code '} when it could start a formula. */
    public static String neutralised(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return FORMULA_START.matcher(value).matches() ? "'" + value : value;
    }

    /** Every cell of a record, neutralised; {@code null} cells become empty. */
    public static Object[] neutralised(Object... cells) {
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = cells[i] == null ? "" : neutralised(cells[i].toString());
        }
        return safe;
    }
}
