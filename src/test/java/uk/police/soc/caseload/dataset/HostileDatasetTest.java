package uk.police.soc.caseload.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Problem;

/** Values that a careless or hostile file holds, and that must not reach the store: each named, none taken. */
class HostileDatasetTest {

    private static final String NUMBER = "\"@number@\"";

    @TempDir
    Path folder;

    private final DatasetReader reader = new DatasetReader();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /threats/0/workloadPoints       | threats[T1].workloadPoints
            /threats/0/riskScore            | threats[T1].riskScore
            /officers/0/weeklyHours         | officers[E1].weeklyHours
            /policy/nominalCapacityPoints   | policy.nominalCapacityPoints
            /policy/moveCostPoints          | policy.moveCostPoints
            """)
    void aNumberTooLargeToBeFiniteIsRefusedNotTakenAsInfinity(String pointer, String path) {
        for (String huge : List.of("1e400", "-1e400", "1E999")) {
            assertThat(problems(withRawNumber(pointer, huge)))
                    .containsExactly(path + ": too large to be a number (numbers must be finite)");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /courses/0/validMonths      | courses[LRO-CORE].validMonths
            /policy/longAbsenceDays     | policy.longAbsenceDays
            """)
    void anIntegerWrittenWithAnExponentIsJudgedAsTheSameIntegerWrittenOut(String pointer, String path) {
        assertThat(problems(withRawNumber(pointer, "2147483648"))).containsExactly(path + ": too large: 2147483648");
        assertThat(problems(withRawNumber(pointer, "1e10"))).containsExactly(path + ": too large: 1.0E10");
    }

    @Test
    void yearZeroIsNotADateTheFormatCanHold() {
        ObjectNode root = document();
        root.put("asOf", "0000-06-01");

        assertThat(problems(root.toString())).singleElement().asString()
                .startsWith("asOf: year 0000 is not a date the format can hold");
    }

    @ParameterizedTest
    @ValueSource(strings = {"E1\u00A0", "E1\u200B", "\u200BE1", "E\u200B1", "E1\u2060", "\uFEFFE1", "E1\u3000",
        "E1\u202E", "E\u00AD1"})
    void anIdWithInvisibleOrSpaceCharactersThatLooksLikeAnotherIsRefused(String lookalike) {
        ObjectNode root = document();
        ObjectNode officer = ((ObjectNode) root.withArray("officers").get(0)).deepCopy();
        officer.put("id", lookalike);
        officer.remove("mentorId");
        root.withArray("officers").add(officer);

        assertThat(problems(root.toString())).singleElement().asString()
                .startsWith("officers[3].id: must be 1 to 64 characters with no leading or trailing space and no"
                        + " invisible character, got \"")
                .doesNotContain(lookalike);
    }

    @Test
    void idLengthsAreCountedInCharactersAsTheSchemaCountsThemNotInUtf16Units() {
        ObjectNode root = document();
        root.withArray("categories").addObject().put("code", "😀".repeat(64)).put("name", "Sixty-four emoji");
        Caseload read = reader.read(root.toString());
        assertThat(read.categories()).anyMatch(c -> c.code().equals("😀".repeat(64)));

        root.withArray("categories").addObject().put("code", "😀".repeat(65)).put("name", "Sixty-five emoji");
        assertThat(problems(root.toString())).singleElement().asString()
                .startsWith("categories[3].code: must be 1 to 64 characters");
    }

    @Test
    void amberAboveRedIsRefusedNamingBoth() {
        ObjectNode root = document();
        root.putObject("policy").put("amberLoadPercent", 500).put("redLoadPercent", 50);

        assertThat(problems(root.toString())).singleElement().asString()
                .startsWith("policy.amberLoadPercent: must not be above policy.redLoadPercent (amber 500 > red 50)");
    }

    @Test
    void amberEqualToRedIsAllowed() {
        ObjectNode root = document();
        root.putObject("policy").put("amberLoadPercent", 100).put("redLoadPercent", 100);

        assertThat(reader.read(root.toString()).policy().redLoadPercent()).isEqualTo(100);
    }

    @Test
    void anEndlessFileIsRefusedAsTooLargeWithoutRunningOutOfMemory() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "needs /dev/zero");

        assertThat(problems(zero)).singleElement().asString()
                .startsWith("/dev/zero: too large: more than 64 MB");
    }

    @Test
    void aHugeValueIsEchoedShortenedNotWhole() {
        ObjectNode root = document();
        root.put("trainingRecords", "C".repeat(5_000_000));

        List<String> problems = problems(root.toString());

        assertThat(problems).singleElement().asString()
                .startsWith("trainingRecords: expected an array, got \"CCCC")
                .contains("(5000000 characters)")
                .hasSizeLessThan(200);
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWithTheirLine() throws IOException {
        Path file = folder.resolve("latin1.json");
        byte[] text = document().toPrettyString().replace("DS One", "DS Zoë").getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(file, text);

        assertThat(problems(file)).singleElement().asString().matches("line \\d+: not UTF-8 text .*latin1\\.json.*");
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private static ObjectNode document() {
        try {
            return (ObjectNode) DatasetJson.mapper().readTree(TestData.resource("small-valid.json").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The valid document with the number at {@code pointer} written as {@code raw}, digit for digit. */
    private static String withRawNumber(String pointer, String raw) {
        ObjectNode root = document();
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        if (parent.equals("/policy") && !root.has("policy")) {
            root.putObject("policy");
        }
        ((ObjectNode) root.at(parent)).put(field, "@number@");
        return root.toString().replace(NUMBER, raw);
    }

    private List<String> problems(String json) {
        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, () -> reader.read(json));
        assertThat(thrown).as("reading must fail").isNotNull();
        return thrown.problems().stream().map(Problem::toString).toList();
    }

    private List<String> problems(Path file) {
        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, () -> reader.read(file));
        assertThat(thrown).as("reading must fail").isNotNull();
        return thrown.problems().stream().map(Problem::toString).toList();
    }
}
