package uk.police.soc.caseload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Threat;

class SolverCommandsTest {

    private static final String SEED = Path.of("..", "shared", "data", "seed-case.json").toString();

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine commandLine = CaseloadCommand.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void solveWritesTheSameDatasetWithOnlyOfficerIdsChanged() {
        Path out = dir.resolve("planned.json");

        Run run = run("solve", "--data", SEED, "--out", out.toString(), "--seconds", "5");

        assertThat(run.exitCode()).isZero();
        Caseload before = new DatasetReader().read(Path.of(SEED));
        Caseload after = new DatasetReader().read(out);
        assertThat(after.officers()).isEqualTo(before.officers());
        assertThat(after.trainingRecords()).isEqualTo(before.trainingRecords());
        assertThat(after.policy()).isEqualTo(before.policy());
        List<Threat> threats = before.threats();
        for (int i = 0; i < threats.size(); i++) {
            assertThat(after.threats().get(i)).isEqualTo(threats.get(i).withOfficerId(after.threats().get(i).officerId()));
        }
        assertThat(run.out()).contains("Hard violations", "Uncoverable threats", "OCG-2019-016", "lacks 2 full-time LRO");
    }

    @Test
    void thePlannedFileIsTheSourceDocumentWithOnlyTheMovedThreatsOfficerIdChanged() throws Exception {
        Path out = dir.resolve("planned.json");

        Run run = run("solve", "--data", SEED, "--out", out.toString(), "--seconds", "3", "--json");

        JsonNode source = new ObjectMapper().readTree(Path.of(SEED).toFile());
        JsonNode planned = new ObjectMapper().readTree(out.toFile());
        java.util.Map<String, String> moved = new java.util.HashMap<>();
        new ObjectMapper().readTree(run.out()).get("moves")
                .forEach(m -> moved.put(m.get("threatId").asText(), m.get("toOfficerId").asText(null)));
        assertThat(moved).isNotEmpty();
        for (int i = 0; i < source.get("threats").size(); i++) {
            com.fasterxml.jackson.databind.node.ObjectNode threat =
                    (com.fasterxml.jackson.databind.node.ObjectNode) planned.get("threats").get(i);
            String id = threat.get("id").asText();
            String expected = moved.containsKey(id) ? moved.get(id)
                    : source.get("threats").get(i).get("officerId").asText(null);
            assertThat(threat.get("officerId").asText(null)).as(id).isEqualTo(expected);
            threat.set("officerId", source.get("threats").get(i).get("officerId"));
        }
        assertThat(planned).isEqualTo(source);
    }

    @Test
    void solveShowsTheFiguresBeforeAndAfterSideBySideAndEachMoveWithOfficerNames() {
        Run run = run("solve", "--data", SEED, "--out", dir.resolve("p.json").toString(), "--seconds", "3");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .containsPattern("Plan figure +Before +After\n")
                .containsPattern("Hard violations +12 +0\n")
                .containsPattern("Overload \\(points above capacity\\) +219 +\\d+(\\.\\d)?\n")
                // E2230 is not accredited: every threat they lead must go, whatever else the plan does.
                .containsPattern("E2230 +DC Kate Walsh +100 +158 +0 +158\\.0% +0\\.0% +Within capacity\n")
                .containsPattern("OCG-2020-017 +30 +DC Kate Walsh \\(E2230\\) +(DS Amy Clarke \\(E2041\\)"
                        + "|DS Ravi Shah \\(E2187\\)|DI Priya Hughes \\(E1876\\))\n")
                .contains("The force lacks 2 full-time LROs to carry its caseload at 100%.")
                .endsWith("Plan written to " + dir.resolve("p.json") + ".\n");
    }

    @Test
    void recommendRanksWithEachOfficersLoadNowAndWithTheThreat() {
        Run run = run("recommend", "--data", SEED, "--threat", "OCG-2019-025");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("OCG-2019-025 (30 points, priority 1) is with DS Tom Reid (E2302), at 197.1% load.")
                .containsPattern("Rank +Officer +Name +Load % now +With it +Overload +Balance +Moves\n")
                .containsPattern(" 1 +E2041 +DS Amy Clarke +144\\.0% +174\\.0% +0 +-55\\.2 +\\+1\n")
                .containsPattern(" 2 +E2187 +DS Ravi Shah +149\\.0% +179\\.0% ")
                .contains("Moving it to DS Amy Clarke takes DS Tom Reid (E2302) from 197.1% to 154.3%.")
                .containsPattern("E1990 +DI Harry Evans +long absence\n");
    }

    @Test
    void recommendNamesTheRulesIneligibleOfficersFailInWords() {
        Run run = run("recommend", "--data", SEED, "--threat", "OCG-2019-028");

        assertThat(run.out()).containsPattern("E1990 +DI Harry Evans +long absence")
                .containsPattern("E2399 +DS Owen Turner +not an accredited LRO, skill level too low")
                .doesNotContain("notAccredited");
    }

    @Test
    void recommendRecommendsNoOneForAnArchivedThreat() throws Exception {
        String force = Path.of("..", "shared", "data", "force-medium.json").toString();

        Run text = run("recommend", "--data", force, "--threat", "SOC-2018-00001");
        Run json = run("recommend", "--data", force, "--threat", "SOC-2018-00001", "--json");

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("It is archived").doesNotContain("Rank", "hard violation");
        JsonNode document = new ObjectMapper().readTree(json.out());
        assertThat(document.get("status").asText()).isEqualTo("ARCHIVED");
        assertThat(document.get("candidates")).isEmpty();
        assertThat(document.get("ineligible")).isEmpty();
    }

    @Test
    void solveJsonPrintsOneDocumentWithFiguresBeforeAfterAndMoves() throws Exception {
        Run run = run("solve", "--data", SEED, "--out", dir.resolve("p.json").toString(), "--seconds", "5", "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("before").get("hardViolations").asInt()).isEqualTo(12);
        assertThat(json.get("after").get("hardViolations").asInt()).isZero();
        assertThat(json.get("before").get("balance").asDouble()).isBetween(1067.66, 1067.67);
        assertThat(json.get("moves").size()).isPositive();
        JsonNode move = json.get("moves").get(0);
        assertThat(move.has("threatId") && move.has("fromOfficerId") && move.has("toLoadPercentAfter")).isTrue();
    }

    @Test
    void solveWithDataButNoOutIsInvalidInput() {
        Run run = run("solve", "--data", SEED);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("--out: required with --data");
    }

    @Test
    void solveOfAMalformedDatasetIsInvalidInputAndWritesNothing() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"soc-caseload/1\"");
        Path out = dir.resolve("out.json");

        Run run = run("solve", "--data", bad.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(out).doesNotExist();
    }

    @Test
    void solveOnTheStoreShowsThePlanAndStoresItOnlyWithApply() {
        Path db = dir.resolve("store");
        uk.police.soc.caseload.service.CaseloadServices.open(db)
                .importCaseload(new DatasetReader().read(Path.of(SEED)), true);
        java.time.LocalDate asOf = java.time.LocalDate.of(2022, 4, 1);

        Run dryRun = run("solve", "--db", db.toString(), "--as-of", asOf.toString(), "--seconds", "3");
        int violationsAfterDryRun = new uk.police.soc.caseload.domain.CaseloadAssessment(
                uk.police.soc.caseload.service.CaseloadServices.open(db).load(asOf)).figures().hardViolations();
        Run applied = run("solve", "--db", db.toString(), "--as-of", asOf.toString(), "--seconds", "3", "--apply");
        int violationsAfterApply = new uk.police.soc.caseload.domain.CaseloadAssessment(
                uk.police.soc.caseload.service.CaseloadServices.open(db).load(asOf)).figures().hardViolations();

        assertThat(dryRun.exitCode()).isZero();
        assertThat(dryRun.out()).contains("Nothing stored");
        assertThat(violationsAfterDryRun).isEqualTo(12);
        assertThat(applied.exitCode()).isZero();
        assertThat(applied.out()).contains("The plan is stored.");
        assertThat(violationsAfterApply).isZero();
    }

    @Test
    void explainSaysWhyAnUncoverableThreatHasNoEligibleOfficer() {
        Run run = run("explain", "--data", SEED, "--threat", "OCG-2019-016");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Op Quince (OCG-2019-016) is uncoverable", "Nearest officers", "E2187")
                .contains("DS Ravi Shah (E2187) lacks the skill level the threat's category needs.")
                // People read the rule in words; its code is for --json.
                .doesNotContain("[skill]");
    }

    @Test
    void explainJsonKeepsTheRuleCodesInItsSentences() throws Exception {
        Run run = run("explain", "--data", SEED, "--threat", "OCG-2019-016", "--json");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("sentences").toString())
                .contains("DS Ravi Shah (E2187) lacks the skill level the threat's category needs [skill].");
    }

    @Test
    void explainJsonNamesTheSituationAndTheRulesTheOfficerFails() throws Exception {
        Run run = run("explain", "--data", SEED, "--threat", "OCG-2020-017", "--json");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("situation").asText()).isEqualTo("HARD_VIOLATION");
        assertThat(json.get("officerUnmetRules").toString()).contains("notAccredited");
        assertThat(json.get("officerLoad").get("load").asDouble()).isEqualTo(158);
    }

    @Test
    void explainOfAnUnknownThreatIsInvalidInput() {
        Run run = run("explain", "--data", SEED, "--threat", "NOPE");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualToIgnoringNewLines("--threat: no threat \"NOPE\" on the caseload");
    }

    @Test
    void recommendRanksEligibleOfficersAndListsIneligibleOnesWithTheirRules() throws Exception {
        Run run = run("recommend", "--data", SEED, "--threat", "OCG-2019-025", "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("candidates").size()).isEqualTo(2);
        assertThat(json.get("candidates").get(0).get("officerId").asText()).isEqualTo("E2041");
        assertThat(json.get("candidates").get(0).get("hardViolationsChange").asInt()).isEqualTo(-1);
        assertThat(json.get("ineligible").toString()).contains("E1990", "longAbsent");
    }

    @Test
    void recommendOfAnUnknownThreatIsInvalidInput() {
        Run run = run("recommend", "--data", SEED, "--threat", "X");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualToIgnoringNewLines("--threat: no threat \"X\" on the caseload");
    }

    @Test
    void benchmarkRejectsAMalformedSize() {
        Run run = run("benchmark", "--sizes", "lots");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("--sizes: \"lots\" is not THREATSxOFFICERS");
    }
}
