package uk.police.soc.caseload.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.police.soc.caseload.domain.Absence;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Category;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Reduction;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.ThreatStatus;
import uk.police.soc.caseload.domain.TrainingRecord;

class DatasetWriterTest {

    private final DatasetReader reader = new DatasetReader();
    private final DatasetWriter writer = new DatasetWriter();

    @ParameterizedTest
    @ValueSource(strings = {"seed-case.json", "force-medium.json"})
    void readingWhatItWritesGivesBackTheSameCaseload(String shared) {
        Caseload original = reader.read(TestData.shared(shared));

        assertThat(reader.read(writer.toJson(original))).isEqualTo(original);
    }

    @Test
    void withOfficersChangesOnlyTheNamedThreatsOfficerAndKeepsEverythingElseAsWritten() throws Exception {
        String source = """
                {"format": "soc-caseload/1", "asOf": "2022-04-01", "x-note": "kept",
                 "officers": [{"id": "E1", "weeklyHours": 18.50}],
                 "threats": [{"id": "T1", "officerId": "E1", "priority": 2},
                             {"id": "T2", "priority": 3},
                             {"id": "T3", "officerId": "E1"}]}
                """;

        JsonNode planned = DatasetJson.mapper().readTree(
                writer.withOfficers(source, Map.of("T1", "E2", "T3", "E9")).replace("18.50", "18.5"));
        Map<String, String> none = new java.util.HashMap<>();
        none.put("T1", null);
        JsonNode unallocated = DatasetJson.mapper().readTree(writer.withOfficers(source, none));

        JsonNode expected = DatasetJson.mapper().readTree(source.replace("\"officerId\": \"E1\", \"priority\"",
                "\"officerId\": \"E2\", \"priority\"").replace("{\"id\": \"T3\", \"officerId\": \"E1\"}",
                "{\"id\": \"T3\", \"officerId\": \"E9\"}"));
        assertThat(planned).isEqualTo(expected);
        assertThat(writer.withOfficers(source, Map.of())).contains("18.50");
        assertThat(unallocated.get("threats").get(0).get("officerId").isNull()).isTrue();
        assertThat(unallocated.get("threats").get(1).has("officerId")).isFalse();
    }

    @Test
    void awkwardTextNonDefaultPolicyAndEmptyListsSurviveTheRoundTrip() {
        Caseload awkward = awkwardCaseload();

        assertThat(reader.read(writer.toJson(awkward))).isEqualTo(awkward);
    }

    @Test
    void aCaseloadWithNothingInItSurvivesTheRoundTrip() {
        Caseload empty = new Caseload(LocalDate.of(2025, 1, 31), Policy.DEFAULTS, List.of(), List.of(), List.of(),
                List.of(), List.of());

        assertThat(reader.read(writer.toJson(empty))).isEqualTo(empty);
    }

    @Test
    void writesThePolicyInFullEvenWhenItIsTheDefault() throws Exception {
        JsonNode policy = tree(reader.read(TestData.shared("seed-case.json"))).get("policy");

        assertThat(fieldNames(policy)).containsExactly("nominalCapacityPoints", "standardWeeklyHours",
                "pointsByPriority", "minSkillLevelByPriority", "minPipLevelByCategory", "traineePriorities",
                "longAbsenceDays", "amberLoadPercent", "redLoadPercent", "moveCostPoints", "allowOverload",
                "sustainedOverloadDays");
        assertThat(policy.get("pointsByPriority").toString()).isEqualTo("{\"1\":30,\"2\":20,\"3\":12,\"4\":6}");
        assertThat(policy.get("minPipLevelByCategory").toString()).isEqualTo("{\"MSHT\":2}");
    }

    @Test
    void writesEveryFieldInTheFormatsOrderWithNullsForSettingsLeftToThePolicy() throws Exception {
        JsonNode root = tree(reader.read(TestData.resource("small-valid.json")));

        assertThat(fieldNames(root)).containsExactly("format", "asOf", "policy", "categories", "courses", "officers",
                "trainingRecords", "threats", "mentoringSessions");
        JsonNode threat = root.get("threats").get(0);
        assertThat(fieldNames(threat)).containsExactly("id", "name", "category", "priority", "band", "riskScore",
                "workloadPoints", "minSkillLevel", "minPipLevel", "area", "officerId", "pinned", "excludedOfficerIds",
                "status", "adoptedOn", "nextReviewDue");
        assertThat(threat.get("workloadPoints").isNull()).isTrue();
        assertThat(threat.get("minSkillLevel").isNull()).isTrue();
        assertThat(threat.get("minPipLevel").isNull()).isTrue();
        assertThat(fieldNames(root.get("courses").get(0)))
                .containsExactly("code", "name", "validMonths", "accreditsLro", "category");
        assertThat(fieldNames(root.get("trainingRecords").get(0)))
                .containsExactly("officerId", "courseCode", "completedOn", "expiresOn");
    }

    @Test
    void leavesOutWeeklyHoursForAnOfficerOnTheStandardWeekBecauseTheFormatHasNoNullForIt() throws Exception {
        JsonNode officers = tree(reader.read(TestData.resource("small-valid.json"))).get("officers");

        assertThat(fieldNames(officers.get(0))).containsExactly("id", "name", "rank", "unit", "area", "pipLevel",
                "skills", "mentorId", "reductions", "absences", "active");
        assertThat(officers.get(1).get("weeklyHours").asDouble()).isEqualTo(30.0);
    }

    @Test
    void writesDatesAsIsoText() throws Exception {
        JsonNode root = tree(reader.read(TestData.resource("small-valid.json")));

        assertThat(root.get("asOf").asText()).isEqualTo("2024-03-01");
        assertThat(root.get("trainingRecords").get(0).get("completedOn").asText()).isEqualTo("2023-01-10");
    }

    @Test
    void writesAFileThatReadsBack(@TempDir Path dir) {
        Path file = dir.resolve("out.json");
        Caseload awkward = awkwardCaseload();

        writer.write(awkward, file);

        assertThat(reader.read(file)).isEqualTo(awkward);
        assertThat(dir.toFile().list()).containsExactly("out.json");
    }

    private JsonNode tree(Caseload caseload) throws Exception {
        return DatasetJson.mapper().readTree(writer.toJson(caseload));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Text that breaks naive quoting, SQL or HTML, non-Latin scripts, every optional field set or emptied. */
    private static Caseload awkwardCaseload() {
        Policy policy = new Policy(120, 40, Map.of(1, 33.5, 2, 21.0, 3, 10.0, 4, 4.25), Map.of(1, 3, 2, 2, 3, 0, 4, 0),
                Map.of(), List.of(4), 21, 95.5, 120, 0, false);
        List<Category> categories = List.of(
                new Category("DRUGS", "Drugs \"county lines\" supply"),
                new Category("ÉCONOMIE", "Fraude économique — 経済犯罪"));
        List<Course> courses = List.of(
                new Course("LRO-CORE", "LRO core <b>accredited</b>", 12, true, null),
                new Course("FR'1", "Robert'); DROP TABLE courses;--", null, false, "ÉCONOMIE"));
        Officer quoted = new Officer("E'1", "DS Siân O'Brien", "DS", "Unit \"A\"", null, 22.5, 3,
                Map.of("DRUGS", 3, "ÉCONOMIE", 0), null,
                List.of(new Reduction("Sergeant's exam", 12.5, null, null),
                        new Reduction("Tasking", 100, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1))),
                List.of(new Absence(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 31), null),
                        new Absence(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 2), "")),
                true);
        Officer cyrillic = new Officer("Д-2", "Дмитрий Иванов <script>alert(1)</script>", null, null, "北区", null, 0,
                Map.of(), "E'1", List.of(), List.of(), false);
        List<TrainingRecord> records = List.of(
                new TrainingRecord("E'1", "LRO-CORE", LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28)),
                new TrainingRecord("Д-2", "FR'1", LocalDate.of(2023, 12, 31), null));
        List<Threat> threats = List.of(
                new Threat("OCG \"1\"", "Op 'Alder' & <Birch>", "DRUGS", 1, "1A", 0.0, 45.5, 0, 4, "Norðurland",
                        "E'1", true, List.of("Д-2"), ThreatStatus.ACTIVE, LocalDate.of(2020, 1, 1), null),
                new Threat("T\\2", "SELECT * FROM threats WHERE 1=1; --", "ÉCONOMIE", 4, null, 1234.5678, null, null,
                        null, null, null, false, List.of(), ThreatStatus.ARCHIVED, null, LocalDate.of(2024, 12, 31)));
        return new Caseload(LocalDate.of(2024, 3, 1), policy, categories, courses, List.of(quoted, cyrillic), records,
                threats);
    }
}
