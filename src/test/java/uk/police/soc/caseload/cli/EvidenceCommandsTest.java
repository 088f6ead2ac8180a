package uk.police.soc.caseload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.dataset.DatasetJson;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.dataset.TestData;
import uk.police.soc.caseload.domain.AllocationReason;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.CaseloadServices;
import uk.police.soc.caseload.service.TestClock;

/** plan-health, history, trend and the versions of export, as evidence.md specifies them. */
class EvidenceCommandsTest {

    @TempDir
    Path folder;

    private String db() {
        return folder.resolve("caseload").toString();
    }

    private static JsonNode json(CaseloadCommandRunner.Result run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return DatasetJson.mapper().readTree(run.out());
    }

    @Test
    void planHealthFromAFileListsActiveThreatsInDatasetOrderWithTheirFigures() throws Exception {
        JsonNode threats = json(CaseloadCommandRunner.run("plan-health", "--data",
                TestData.resource("evidence-case.json").toString(), "--json")).get("threats");

        assertThat(threats).hasSize(31);
        JsonNode first = threats.get(0);
        assertThat(first.get("threatId").asText()).isEqualTo("OCG-2019-001");
        assertThat(first.get("missingStrands").toString()).isEqualTo("[\"PREPARE\"]");
        // A3 is due on asOf: not overdue. A1 was due on 20 March.
        assertThat(first.get("overdueActions").toString()).isEqualTo("[\"A1\"]");
        assertThat(first.get("reviewOverdue").asBoolean()).isTrue();
        assertThat(first.get("lastReviewOn").asText()).as("a review on asOf counts").isEqualTo("2022-04-01");
        assertThat(first.get("healthy").asBoolean()).isFalse();
        assertThat(threats.get(1).get("healthy").asBoolean()).isTrue();
        assertThat(threats.get(2).get("lastReviewOn").isNull()).isTrue();
        assertThat(first.fieldNames()).toIterable().containsExactly("threatId", "missingStrands", "overdueActions",
                "reviewOverdue", "lastReviewOn", "healthy");
    }

    @Test
    void planHealthOnALaterDateMakesTheActionDueOnAsOfOverdue() throws Exception {
        JsonNode first = json(CaseloadCommandRunner.run("plan-health", "--data",
                TestData.resource("evidence-case.json").toString(), "--as-of", "2022-04-02", "--json"))
                .get("threats").get(0);

        assertThat(first.get("overdueActions").toString()).isEqualTo("[\"A1\",\"A3\"]");
    }

    @Test
    void planHealthInWordsNamesTheOfficers() {
        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("plan-health", "--data",
                TestData.resource("evidence-case.json").toString());

        assertThat(run.out()).contains("1 of 31 active threats healthy").contains("DS Amy Clarke (E2041)")
                .contains("Overdue since 2022-03-10").contains("Needs attention").doesNotContain("OVERDUE");
    }

    @Test
    void historyIsEmptyOnANewDatabaseAndListsImportsOldestFirst() throws Exception {
        Path data = TestData.resource("evidence-case.json");
        try (CaseloadService service = CaseloadServices.open(Path.of(db()))) {
            assertThat(service.allocationHistory()).isEmpty();
        }
        assertThat(json(CaseloadCommandRunner.run("history", "--db", db(), "--json")).get("changes")).isEmpty();

        CaseloadCommandRunner.run("import", "--data", data.toString(), "--db", db());
        JsonNode changes = json(CaseloadCommandRunner.run("history", "--db", db(), "--officer", "E2302", "--json"))
                .get("changes");

        assertThat(changes).isNotEmpty().allSatisfy(c -> {
            assertThat(c.get("toOfficerId").asText()).isEqualTo("E2302");
            assertThat(c.get("reason").asText()).isEqualTo("IMPORT");
            assertThat(c.get("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        });
        assertThat(changes.get(0).fieldNames()).toIterable().containsExactly("at", "user", "threatId",
                "fromOfficerId", "toOfficerId", "reason", "rationale");
    }

    @Test
    void historyFiltersByThreatAndByDayInTheForcesTimeZone() throws Exception {
        TestClock clock = TestClock.at("2026-03-01T09:00:00Z");
        try (CaseloadService service = CaseloadServices.open(Path.of(db()), clock)) {
            service.importCaseload(new DatasetReader().read(TestData.shared("seed-case.json")), false);
            clock.advance(Duration.ofDays(5));
            service.applyAllocation(Map.of("OCG-2019-001", "E2187"), AllocationReason.WORKLOAD, Map.of());
        }

        JsonNode changes = json(CaseloadCommandRunner.run("history", "--db", db(), "--threat", "OCG-2019-001",
                "--json")).get("changes");
        assertThat(changes).hasSize(2);
        assertThat(changes.get(1).get("reason").asText()).isEqualTo("WORKLOAD");
        assertThat(changes.get(1).get("fromOfficerId").asText()).isEqualTo("E2041");

        JsonNode later = json(CaseloadCommandRunner.run("history", "--db", db(), "--from", "2026-03-06", "--json"))
                .get("changes");
        assertThat(later).hasSize(1);
        assertThat(json(CaseloadCommandRunner.run("history", "--db", db(), "--to", "2026-03-05", "--json"))
                .get("changes")).as("the import's entries: every seed threat has an officer").hasSize(31);
    }

    @Test
    void historyRefusesAnUnknownThreatAndReversedDates() {
        CaseloadCommandRunner.run("import", "--data", TestData.shared("seed-case.json").toString(), "--db", db());

        CaseloadCommandRunner.Result unknown = CaseloadCommandRunner.run("history", "--db", db(), "--threat", "NOPE");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("--threat: no threat \"NOPE\" in the database or its history");

        CaseloadCommandRunner.Result reversed = CaseloadCommandRunner.run("history", "--db", db(), "--from",
                "2026-03-02", "--to", "2026-03-01");
        assertThat(reversed.exitCode()).isEqualTo(2);
        assertThat(reversed.err()).startsWith("--from: 2026-03-02 is after --to 2026-03-01");

        CaseloadCommandRunner.Result both = CaseloadCommandRunner.run("history", "--db", db(), "--threat", "X",
                "--officer", "Y");
        assertThat(both.exitCode()).isEqualTo(2);
    }

    @Test
    void trendListsTheStoredDaysInRangeAndWhoIsInSustainedOverload() throws Exception {
        Caseload seed = new DatasetReader().read(TestData.shared("seed-case.json"));
        // Judged in 2026 the seed's training has expired, but loads and capacities still hold: E2302 at 197%.
        TestClock clock = TestClock.at("2026-03-01T12:00:00Z");
        try (CaseloadService service = CaseloadServices.open(Path.of(db()), clock)) {
            service.importCaseload(seed, false);
            clock.advance(Duration.ofDays(10));
            service.savePolicy(service.policy().withSustainedOverloadDays(20));
        }

        JsonNode trend = json(CaseloadCommandRunner.run("trend", "--db", db(), "--to", "2026-03-31", "--json"));
        assertThat(trend.get("days")).extracting(d -> d.get("date").asText())
                .containsExactly("2026-03-01", "2026-03-11");
        JsonNode figures = trend.get("days").get(0).get("figures");
        assertThat(figures.has("officers")).isFalse();
        assertThat(figures.get("officersOverloaded").asInt()).isEqualTo(4);
        assertThat(trend.get("days").get(0).get("officers")).hasSize(10);
        assertThat(trend.get("sustainedOverload")).extracting(s -> s.get("officerId").asText())
                .containsExactly("E2041", "E2187", "E2230", "E2302");
        assertThat(trend.get("sustainedOverload").get(0).get("since").asText()).isEqualTo("2026-03-01");
        assertThat(trend.get("sustainedOverload").get(0).get("lengthDays").asInt()).isEqualTo(31);

        JsonNode tooShort = json(CaseloadCommandRunner.run("trend", "--db", db(), "--to", "2026-03-19", "--json"));
        assertThat(tooShort.get("sustainedOverload")).as("19 days of history, N = 20").isEmpty();

        JsonNode one = json(CaseloadCommandRunner.run("trend", "--db", db(), "--officer", "E2302", "--from",
                "2026-03-05", "--to", "2026-03-31", "--json"));
        assertThat(one.get("days")).hasSize(1);
        assertThat(one.get("days").get(0).get("officers")).extracting(o -> o.get("officerId").asText())
                .containsExactly("E2302");
        assertThat(one.get("sustainedOverload")).extracting(s -> s.get("officerId").asText()).containsExactly("E2302");
    }

    @Test
    void trendOnAnEmptyHistoryListsNothing() throws Exception {
        try (CaseloadService service = CaseloadServices.open(Path.of(db()))) {
            service.load(service.today());
        }
        JsonNode trend = json(CaseloadCommandRunner.run("trend", "--db", db(), "--json"));

        assertThat(trend.get("days")).isEmpty();
        assertThat(trend.get("sustainedOverload")).isEmpty();
    }

    @Test
    void exportWritesVersion2AndRefusesVersion1WhenItWouldLoseEvidence() throws Exception {
        Path data = TestData.resource("evidence-case.json");
        CaseloadCommandRunner.run("import", "--data", data.toString(), "--db", db());
        Path v2 = folder.resolve("v2.json");
        Path v1 = folder.resolve("v1.json");

        assertThat(CaseloadCommandRunner.run("export", "--db", db(), "--out", v2.toString(), "--as-of", "2022-04-01")
                .exitCode()).isZero();
        assertThat(new DatasetReader().read(v2)).isEqualTo(new DatasetReader().read(data));

        CaseloadCommandRunner.Result refused = CaseloadCommandRunner.run("export", "--db", db(), "--out",
                v1.toString(), "--format", "soc-caseload/1");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).startsWith("--format: soc-caseload/1 cannot carry the 2 4P plans and 3 mentoring");
        assertThat(Files.exists(v1)).isFalse();

        assertThat(CaseloadCommandRunner.run("export", "--db", db(), "--out", v1.toString(), "--format",
                "soc-caseload/1", "--drop-evidence", "--as-of", "2022-04-01").exitCode()).isZero();
        assertThat(Files.readString(v1)).contains("\"format\" : \"soc-caseload/1\"").doesNotContain("\"plan\" :").doesNotContain("mentoringSessions");
    }

    @Test
    void aVersion1FileRoundTripsThroughVersion1Export() throws Exception {
        Path seed = TestData.shared("seed-case.json");
        CaseloadCommandRunner.run("import", "--data", seed.toString(), "--db", db());
        Path v1 = folder.resolve("v1.json");

        assertThat(CaseloadCommandRunner.run("export", "--db", db(), "--out", v1.toString(), "--format",
                "soc-caseload/1", "--as-of", "2022-04-01").exitCode()).isZero();

        assertThat(new DatasetReader().read(v1)).isEqualTo(new DatasetReader().read(seed));
    }

    @Test
    void aBadImportWithEvidenceChangesNothing() throws Exception {
        Path data = TestData.resource("evidence-case.json");
        CaseloadCommandRunner.run("import", "--data", data.toString(), "--db", db());
        String bad = Files.readString(data).replace("\"ownerId\": \"E2230\"", "\"ownerId\": \"E9\"");
        Path badFile = folder.resolve("bad.json");
        Files.writeString(badFile, bad);

        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("import", "--data", badFile.toString(), "--db",
                db(), "--replace");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip())
                .isEqualTo("threats[OCG-2019-001].plan.actions[A3].ownerId: unknown officer \"E9\"");
        try (CaseloadService service = CaseloadServices.open(Path.of(db()))) {
            assertThat(service.load(service.today()).plan("OCG-2019-001").action("A3").orElseThrow().ownerId())
                    .isEqualTo("E2230");
        }
    }
}
