package uk.police.soc.caseload.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.dataset.DatasetJson;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.dataset.DatasetWriter;
import uk.police.soc.caseload.dataset.TestData;
import uk.police.soc.caseload.service.CaseloadServices;

class WhatIfCommandTest {

    private static final String SEED = TestData.shared("seed-case.json").toString();
    private static final String ONE_MORE_LRO = """
            {"changes": [
              {"op": "addOfficer", "officer": {"id": "E9001", "name": "DS Nia Price", "pipLevel": 2,
                                               "skills": {"DRUGS": 3, "ACQUISITIVE": 2}}},
              {"op": "addTrainingRecord", "record": {"officerId": "E9001", "courseCode": "LRO-CORE",
                                                     "completedOn": "2022-03-01"}}
            ]}""";

    @TempDir
    Path folder;

    @Test
    void printsBeforeAfterAndPlannedAsSummaryDoesAndThePlannersMoves() throws Exception {
        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("what-if", "--data", SEED,
                "--changes", changes(ONE_MORE_LRO).toString(), "--seconds", "5", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode document = DatasetJson.mapper().readTree(run.out());
        assertThat(names(document)).containsExactly("before", "after", "planned", "moves");
        JsonNode summary = DatasetJson.mapper().readTree(CaseloadCommandRunner.run("summary", "--data", SEED,
                "--json").out());
        assertThat(document.get("before")).isEqualTo(summary);
        assertThat(names(document.get("after"))).isEqualTo(names(summary));
        // Worked out by hand in WhatIfTest: the shortfall falls to 1 at once, the overload from 219 to 98 once
        // the planner has moved threats to the new LRO.
        assertThat(document.get("after").get("lroShortfall").asInt()).isEqualTo(1);
        assertThat(document.get("after").get("overloadPoints").asDouble()).isCloseTo(219, within(1e-9));
        assertThat(document.get("planned").get("overloadPoints").asDouble()).isCloseTo(98, within(1e-6));
        assertThat(document.get("planned").get("lroShortfall").asInt()).isEqualTo(1);
        assertThat(document.get("moves").size()).isEqualTo(document.get("planned").get("moves").asInt());
        assertThat(names(document.get("moves").get(0))).containsExactly("threatId", "fromOfficerId", "toOfficerId");
        assertThat(document.get("after").get("officers").get(10).get("officerId").asText()).isEqualTo("E9001");
    }

    @Test
    void badChangesAreInvalidInputNamedByTheChangeAndNothingStoredChanges() throws Exception {
        Path db = folder.resolve("store");
        try (var service = CaseloadServices.open(db)) {
            service.importCaseload(new DatasetReader().read(Path.of(SEED)), true);
        }
        String stored = exported(db);
        Path bad = changes("""
                {"changes": [
                  {"op": "addOfficer", "officer": {"id": "E2041", "name": "DS Amy Clarke again"}},
                  {"op": "addTrainingRecord", "record": {"officerId": "E2187", "courseCode": "LRO-ADV",
                                                         "completedOn": "2022-03-01"}},
                  {"op": "officerUnavailable", "officerId": "E9", "from": "2022-04-01", "until": "2022-04-30"},
                  {"op": "archiveThreat", "threatId": "OCG-1999-999"},
                  {"op": "setPolicy", "policy": {"redLoadPercent": 90}}
                ]}""");

        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("what-if", "--db", db.toString(),
                "--as-of", "2022-04-01", "--changes", bad.toString());

        assertThat(run.exitCode()).isEqualTo(CaseloadCommand.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                "changes[0].officer.id: duplicate officer \"E2041\" (already on the caseload)",
                "changes[1].record.courseCode: unknown course \"LRO-ADV\"",
                "changes[2].officerId: unknown officer \"E9\"",
                "changes[3].threatId: unknown threat \"OCG-1999-999\"",
                "changes[4].policy.amberLoadPercent: must not be above policy.redLoadPercent (amber 100 > red 90):"
                        + " an officer is over capacity before they are overloaded");
        assertThat(exported(db)).isEqualTo(stored);

        // A policy value out of range is refused as the file is read, before anything is opened.
        CaseloadCommandRunner.Result badValue = CaseloadCommandRunner.run("what-if", "--db", db.toString(),
                "--as-of", "2022-04-01", "--changes", changes("""
                        {"changes": [{"op": "setPolicy", "policy": {"longAbsenceDays": 0, "allowOverload": "no"}}]}
                        """).toString());
        assertThat(badValue.exitCode()).isEqualTo(CaseloadCommand.INVALID_INPUT);
        assertThat(badValue.out()).isEmpty();
        assertThat(badValue.err().lines()).containsExactlyInAnyOrder(
                "changes[0].policy.longAbsenceDays: must be at least 1, got 0",
                "changes[0].policy.allowOverload: expected a boolean, got \"no\"");
        assertThat(exported(db)).isEqualTo(stored);

        CaseloadCommandRunner.Result unknownOp = CaseloadCommandRunner.run("what-if", "--data", SEED,
                "--changes", changes("{\"changes\": [{\"op\": \"hire\"}]}").toString());
        assertThat(unknownOp.exitCode()).isEqualTo(CaseloadCommand.INVALID_INPUT);
        assertThat(unknownOp.err()).startsWith("changes[0].op: expected one of [").hasLineCount(1);
    }

    @Test
    void aGoodScenarioOnTheStoreLeavesItAsItWas() throws Exception {
        Path db = folder.resolve("store");
        try (var service = CaseloadServices.open(db)) {
            service.importCaseload(new DatasetReader().read(Path.of(SEED)), true);
        }
        String stored = exported(db);

        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("what-if", "--db", db.toString(),
                "--as-of", "2022-04-01", "--changes", changes(ONE_MORE_LRO).toString(), "--seconds", "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Planned").contains("E9001").contains("Nothing stored has changed.");
        assertThat(exported(db)).isEqualTo(stored);
    }

    private Path changes(String json) throws Exception {
        Path file = Files.createTempFile(folder, "changes", ".json");
        Files.writeString(file, json);
        return file;
    }

    private static String exported(Path db) {
        try (var service = CaseloadServices.open(db)) {
            return new DatasetWriter().toJson(service.load(LocalDate.of(2022, 4, 1)));
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
