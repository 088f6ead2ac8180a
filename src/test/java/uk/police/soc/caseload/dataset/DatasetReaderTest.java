package uk.police.soc.caseload.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.ThreatStatus;

class DatasetReaderTest {

    private final DatasetReader reader = new DatasetReader();

    @Test
    void readsTheWorkedExampleWithTheDefaultPolicy() {
        Caseload caseload = reader.read(TestData.shared("seed-case.json"));

        assertThat(caseload.asOf()).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(caseload.policy()).isEqualTo(Policy.DEFAULTS);
        assertThat(caseload.officers()).hasSize(10);
        assertThat(caseload.officer("E2041")).map(Officer::name).contains("DS Amy Clarke");
    }

    @Test
    void readsTheMediumForce() {
        Caseload caseload = reader.read(TestData.shared("force-medium.json"));

        assertThat(caseload.officers()).hasSize(30);
        assertThat(caseload.threats()).hasSize(120);
    }

    @Test
    void absentOptionalFieldsTakeTheFormatsDefaults() {
        Caseload caseload = reader.read(TestData.resource("small-valid.json"));

        Officer one = caseload.officer("E1").orElseThrow();
        assertThat(one.weeklyHours()).as("absent weeklyHours means the policy's standard week").isNull();
        assertThat(one.active()).isTrue();
        assertThat(one.mentorId()).isNull();
        assertThat(caseload.officer("E2").orElseThrow().weeklyHours()).isEqualTo(30.0);
        assertThat(caseload.officer("E3").orElseThrow().active()).isFalse();
        assertThat(caseload.officer("E3").orElseThrow().skills()).isEmpty();
        Course awareness = caseload.coursesByCode().get("MSHT-1");
        assertThat(awareness.validMonths()).isNull();
        assertThat(awareness.accreditsLro()).isFalse();
        assertThat(caseload.coursesByCode().get("LRO-CORE").category()).isNull();
    }

    @Test
    void threatSettingsLeftToThePolicyStayNull() {
        Caseload caseload = reader.read(TestData.resource("small-valid.json"));

        Threat alder = caseload.threat("T1").orElseThrow();
        assertThat(alder.workloadPoints()).isNull();
        assertThat(alder.minSkillLevel()).isNull();
        assertThat(alder.minPipLevel()).isNull();
        assertThat(alder.pinned()).isTrue();
        assertThat(alder.status()).isEqualTo(ThreatStatus.ACTIVE);
        assertThat(caseload.threat("T2").orElseThrow().workloadPoints()).isEqualTo(8.0);
        assertThat(caseload.threat("T3").orElseThrow().status()).isEqualTo(ThreatStatus.ARCHIVED);
    }

    @Test
    void aPolicySettingGivenReplacesThatSettingWholeAndTheOthersKeepTheirDefaults() {
        String json = withPolicy("{\"minPipLevelByCategory\": {\"DRUGS\": 1}, \"longAbsenceDays\": 14}");

        Policy policy = reader.read(json).policy();

        assertThat(policy.minPipLevelByCategory()).as("the whole map, without the default MSHT entry")
                .isEqualTo(Map.of("DRUGS", 1));
        assertThat(policy.longAbsenceDays()).isEqualTo(14);
        assertThat(policy.pointsByPriority()).isEqualTo(Policy.DEFAULTS.pointsByPriority());
        assertThat(policy.traineePriorities()).isEqualTo(Policy.DEFAULTS.traineePriorities());
        assertThat(policy.allowOverload()).isTrue();
    }

    @Test
    void anEmptyPolicyObjectIsTheDefaultPolicy() {
        assertThat(reader.read(withPolicy("{}")).policy()).isEqualTo(Policy.DEFAULTS);
    }

    @Test
    void listsEveryShapeAndDateProblemOfADocumentTogether() {
        String json = smallValid()
                .replace("\"skills\": {\"DRUGS\": 3}", "\"skils\": {\"DRUGS\": 3}")
                .replace("\"completedOn\": \"2023-06-01\"", "\"completedOn\": \"2023-02-29\"")
                .replace("\"priority\": 3", "\"priority\": 0");

        assertThat(problems(json)).containsExactlyInAnyOrder(
                "officers[E1].skils: unknown field",
                "threats[T2].priority: must be at least 1, got 0",
                "trainingRecords[1].completedOn: not a real calendar date: \"2023-02-29\"");
    }

    @Test
    void listsShapeDateAndCrossRecordProblemsTogetherEachOnce() {
        String json = smallValid()
                .replace("\"asOf\": \"2024-03-01\"", "\"asOf\": \"2024-02-30\"")
                .replace("\"priority\": 1", "\"priority\": 9")
                .replace("\"category\": \"MSHT\", \"priority\": 3", "\"category\": \"MSTH\", \"priority\": 3")
                .replace("\"mentorId\": \"E1\"", "\"mentorId\": \"E2\"");

        assertThat(problems(json)).containsExactlyInAnyOrder(
                "asOf: not a real calendar date: \"2024-02-30\"",
                "threats[T1].priority: must be at most 4, got 9",
                "threats[T2].category: unknown category \"MSTH\"",
                "officers[E2].mentorId: an officer cannot be their own mentor");
    }

    @Test
    void listsEveryCrossRecordProblemTogether() {
        String json = smallValid()
                .replace("\"category\": \"MSHT\", \"priority\": 3", "\"category\": \"MSTH\", \"priority\": 3")
                .replace("\"mentorId\": \"E1\"", "\"mentorId\": \"E2\"")
                .replace("\"courseCode\": \"MSHT-1\"", "\"courseCode\": \"MSHT-2\"");

        assertThat(problems(json)).containsExactlyInAnyOrder(
                "threats[T2].category: unknown category \"MSTH\"",
                "officers[E2].mentorId: an officer cannot be their own mentor",
                "trainingRecords[1].courseCode: unknown course \"MSHT-2\"");
    }

    @Test
    void aLeapDayIsARealDate() {
        String json = smallValid().replace("\"completedOn\": \"2023-06-01\"", "\"completedOn\": \"2024-02-29\"");

        assertThat(reader.read(json).trainingRecords().get(1).completedOn()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void aMissingFileIsInvalidInputNamingThePath(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.json");

        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, () -> reader.read(missing));

        assertThat(thrown.problems()).containsExactly(new Problem(missing.toString(), "file not found"));
    }

    @Test
    void aFileThatIsNotUtf8IsInvalidInput(@TempDir Path dir) throws IOException {
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, new byte[] {'{', '"', (byte) 0xE9, '"', '}'});

        assertThatThrownBy(() -> reader.read(latin1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void aFileSavedWithAUtf8ByteOrderMarkReadsAsWithout(@TempDir Path dir) throws IOException {
        Path withBom = dir.resolve("bom.json");
        Files.writeString(withBom, "\uFEFF" + smallValid());

        assertThat(reader.read(withBom)).isEqualTo(reader.read(smallValid()));
    }

    private static String smallValid() {
        try {
            return Files.readString(TestData.resource("small-valid.json"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String withPolicy(String policy) {
        return smallValid().replace("\"asOf\": \"2024-03-01\",", "\"asOf\": \"2024-03-01\", \"policy\": " + policy + ",");
    }

    private List<String> problems(String json) {
        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, () -> reader.read(json));
        assertThat(thrown).isNotNull();
        return thrown.problems().stream().map(Problem::toString).toList();
    }
}
