package uk.police.soc.caseload.report.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.domain.TrainingRecord;

class TrainingRecordCsvTest {

    private final Caseload known = TrainingFixtures.on("2024-03-15").officer("E1").officer("E2").build();
    private final TrainingRecordCsv csv = new TrainingRecordCsv(known);

    @Test
    void readsEveryRowAfterTheHeaderWithAnOptionalExpiry() {
        List<TrainingRecord> records = csv.read("""
                officerId,courseCode,completedOn,expiresOn
                E1,LRO,2021-02-28,
                E2,MSHT-INV,2022-06-01,2023-06-01
                """);

        assertThat(records).containsExactly(
                new TrainingRecord("E1", "LRO", LocalDate.parse("2021-02-28"), null),
                new TrainingRecord("E2", "MSHT-INV", LocalDate.parse("2022-06-01"), LocalDate.parse("2023-06-01")));
    }

    @Test
    void toleratesAByteOrderMarkQuotesSpacesAndBlankLines() {
        List<TrainingRecord> records = csv.read("\uFEFFofficerId,courseCode,completedOn,expiresOn\r\n"
                + "\r\n\"E1\", LRO ,2021-02-28,\r\n");

        assertThat(records).extracting(TrainingRecord::officerId, TrainingRecord::courseCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("E1", "LRO"));
    }

    @Test
    void reportsEveryBadRowWithItsLineNumberAndReturnsNothing() {
        String text = """
                officerId,courseCode,completedOn,expiresOn
                E1,LRO,2021-02-28,
                E9,LRO,2021-01-01,
                E1,LRO,2021-02-30,
                E2,NOPE,2021-01-01,
                E2,LRO,2022-01-01,2021-12-31
                E1,LRO,2021-02-28,2025-01-01
                E2,LRO
                ,LRO,,
                E2,LRO,01/02/2021,tomorrow
                """;

        assertThatThrownBy(() -> csv.read(text))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new Problem("line 3.officerId", "unknown officer \"E9\""),
                        new Problem("line 4.completedOn", "not a date \"2021-02-30\""),
                        new Problem("line 5.courseCode", "unknown course \"NOPE\""),
                        new Problem("line 6.expiresOn", "before completedOn (2021-12-31 < 2022-01-01)"),
                        new Problem("line 7", "duplicates line 2 (E1, LRO, completed 2021-02-28)"),
                        new Problem("line 8", "expected 4 fields, found 2"),
                        new Problem("line 9.officerId", "missing"),
                        new Problem("line 9.completedOn", "missing"),
                        new Problem("line 10.completedOn", "not a date \"01/02/2021\""),
                        new Problem("line 10.expiresOn", "not a date \"tomorrow\"")));
    }

    @Test
    void anExpiryOnTheCompletionDayIsAccepted() {
        assertThat(csv.read("officerId,courseCode,completedOn,expiresOn\nE1,LRO,2021-03-01,2021-03-01\n")).hasSize(1);
    }

    @Test
    void rejectsAFileWithoutTheHeader() {
        assertThatThrownBy(() -> csv.read("E1,LRO,2021-02-28,\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new Problem("line 1", "missing header officerId,courseCode,completedOn,expiresOn "
                                + "(found \"E1,LRO,2021-02-28,\")")));
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThatThrownBy(() -> csv.read(""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new Problem("line 1", "missing header officerId,courseCode,completedOn,expiresOn")));
    }

    @Test
    void aHeaderAloneIsAnEmptyImport() {
        assertThat(csv.read("officerId,courseCode,completedOn,expiresOn\n")).isEmpty();
    }

    @Test
    void aQuotedValueWithSpacesAroundItIsTheValueInside() {
        List<TrainingRecord> records = csv.read("officerId,courseCode,completedOn,expiresOn\n"
                + "  \"E1\" ,  \"LRO\" , \"2021-02-28\" ,\n");

        assertThat(records).containsExactly(new TrainingRecord("E1", "LRO", LocalDate.parse("2021-02-28"), null));
    }

    @Test
    void lineNumbersAfterAQuotedValueWithLineBreaksAreTheLinesOfTheFile() {
        String text = "officerId,courseCode,completedOn,expiresOn\n"
                + "\"E1\nmore\",LRO,2021-02-28,\n"
                + "E1,NOPE,2021-02-28,\n"
                + "E9,LRO,2021-02-28,\r\n"
                + "E1,LRO,2021-02-30,\n";

        assertThatThrownBy(() -> csv.read(text))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new Problem("line 2.officerId", "unknown officer \"E1\\u000Amore\""),
                        new Problem("line 4.courseCode", "unknown course \"NOPE\""),
                        new Problem("line 5.officerId", "unknown officer \"E9\""),
                        new Problem("line 6.completedOn", "not a date \"2021-02-30\"")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01", "+999999999-12-31", "-999999999-01-01", "0000-01-01", "10000-01-01"})
    void aDateTheDatasetFormatCannotHoldIsRefused(String date) {
        assertThatThrownBy(() -> csv.read("officerId,courseCode,completedOn,expiresOn\nE1,LRO," + date + ",\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly("line 2.completedOn"));
    }
}
