package uk.police.soc.caseload.report.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.Officer;

class TrainingMatrixTest {

    /** Planning date 2024-03-15; LRO lasts 36 months; window 90 days ends 2024-06-13. */
    @ParameterizedTest(name = "LRO completed {0}: {1}")
    @CsvSource(textBlock = """
            2023-01-01, VALID
            2021-06-14, VALID
            2021-06-13, EXPIRING
            2021-03-16, EXPIRING
            2021-03-15, EXPIRED
            2024-03-16, NEVER_TAKEN
            """)
    void judgesACellByExpiryAgainstThePlanningDateAndTheWindow(String completedOn, TrainingStatus status) {
        Caseload caseload = TrainingFixtures.on("2024-03-15").officer("A").record("A", "LRO", completedOn).build();

        assertThat(TrainingMatrix.of(caseload, 90, null, null).cell("A", "LRO").status()).isEqualTo(status);
    }

    @Test
    void aRenewalShowsAsValidWithItsOwnExpiry() {
        Caseload caseload = TrainingFixtures.on("2024-03-15").officer("A")
                .record("A", "LRO", "2021-04-01").record("A", "LRO", "2024-03-01")
                .record("A", "DRUGS-INV", "2019-01-01").record("A", "MSHT-INV", "2020-01-01")
                .build();
        TrainingMatrix matrix = TrainingMatrix.of(caseload, 90, null, null);

        assertThat(matrix.cell("A", "LRO").expiresOn()).isEqualTo(LocalDate.parse("2027-03-01"));
        assertThat(matrix.cell("A", "LRO").status()).isEqualTo(TrainingStatus.VALID);
        assertThat(matrix.cell("A", "DRUGS-INV").expiresOn()).isNull();
        assertThat(matrix.cell("A", "MSHT-INV").status()).isEqualTo(TrainingStatus.EXPIRED);
        assertThat(matrix.cell("A", "MSHT-INV").expiresOn()).isEqualTo(LocalDate.parse("2022-01-01"));
    }

    @Test
    void filtersOfficersByUnitCoursesByCategoryAndLeavesOutThoseWhoLeft() {
        Caseload caseload = TrainingFixtures.on("2024-03-15")
                .officer(new Officer("A", "DS A", "DS", "SOCU", null, null, 2, null, null, null, null, true))
                .officer(new Officer("B", "DS B", "DS", "CID", null, null, 2, null, null, null, null, true))
                .officer(new Officer("C", "DS C", "DS", "SOCU", null, null, 2, null, null, null, null, false))
                .build();

        TrainingMatrix matrix = TrainingMatrix.of(caseload, 90, "SOCU", "MSHT");

        assertThat(matrix.rows()).extracting(r -> r.officer().id()).containsExactly("A");
        assertThat(matrix.courses()).extracting(Course::code).containsExactly("MSHT-INV");
    }

    @Test
    void exportsOneCsvLinePerOfficerAndCourse() {
        Caseload caseload = TrainingFixtures.on("2024-03-15").officer("A").record("A", "LRO", "2021-06-13").build();
        StringWriter out = new StringWriter();

        TrainingMatrix.of(caseload, 90, null, null).writeCsv(out);

        assertThat(out.toString().lines()).containsExactly(
                "officerId,name,unit,courseCode,status,completedOn,expiresOn",
                "A,DS A,,LRO,expiring,2021-06-13,2024-06-13",
                "A,DS A,,DRUGS-INV,neverTaken,,",
                "A,DS A,,MSHT-INV,neverTaken,,");
    }

    @Test
    void onTheSeedCaseE2121sLroHasExpiredAndE1876sIsExpiring() {
        TrainingMatrix matrix = TrainingMatrix.of(TrainingFixtures.seedCase(), 90, null, null);

        assertThat(matrix.cell("E2121", "LRO-CORE").status()).isEqualTo(TrainingStatus.EXPIRED);
        assertThat(matrix.cell("E1876", "LRO-CORE").status()).isEqualTo(TrainingStatus.EXPIRING);
        assertThat(matrix.cell("E2041", "LRO-CORE").status()).isEqualTo(TrainingStatus.VALID);
        assertThat(matrix.cell("E2187", "FIN-INV").status()).isEqualTo(TrainingStatus.VALID);
        assertThat(matrix.cell("E2230", "LRO-CORE").status()).isEqualTo(TrainingStatus.NEVER_TAKEN);
    }

    @Test
    void theCsvExportWritesNoCellASpreadsheetWouldRunAsAFormula() {
        Caseload caseload = TrainingFixtures.on("2024-03-15")
                .officer(new uk.police.soc.caseload.domain.Officer("@A", "=HYPERLINK(\"http://evil.example\",\"x\")",
                        null, "+SOCU", null, null, 2, java.util.Map.of(), null, null, null, true))
                .build();
        StringWriter out = new StringWriter();

        TrainingMatrix.of(caseload, 90, null, null).writeCsv(out);

        assertThat(out.toString().lines().skip(1)).allSatisfy(line -> assertThat(line)
                .startsWith("'@A,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'+SOCU,"));
    }
}
