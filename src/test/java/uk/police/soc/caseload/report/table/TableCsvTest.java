package uk.police.soc.caseload.report.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableCsvTest {

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreWrittenInert() throws Exception {
        StringWriter out = new StringWriter();
        TableCsv.write(List.of("Id", "Name"), List.of(List.of("OCG-1", "=HYPERLINK(\"http://x\")"),
                List.of("OCG-2", "+1"), List.of("OCG-3", "-2"), List.of("OCG-4", "@SUM(A1)"), List.of("OCG-5", "Op, Oak")),
                out);
        assertThat(out.toString()).isEqualTo("Id,Name\r\n"
                + "OCG-1,\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"
                + "OCG-2,'+1\r\n"
                + "OCG-3,'-2\r\n"
                + "OCG-4,'@SUM(A1)\r\n"
                + "OCG-5,\"Op, Oak\"\r\n");
    }

    @Test
    void ordinaryCellsAreLeftAsTheyAre() {
        assertThat(TableCsv.neutralised("DS Amy Clarke (E2041)")).isEqualTo("DS Amy Clarke (E2041)");
        assertThat(TableCsv.neutralised("")).isEmpty();
        assertThat(TableCsv.neutralised("\tx")).isEqualTo("'\tx");
    }
}
