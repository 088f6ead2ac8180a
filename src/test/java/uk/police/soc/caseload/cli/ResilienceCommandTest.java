package uk.police.soc.caseload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.dataset.DatasetJson;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.dataset.TestData;
import uk.police.soc.caseload.service.CaseloadServices;

class ResilienceCommandTest {

    private static final String SEED = TestData.shared("seed-case.json").toString();

    @TempDir
    Path folder;

    @Test
    void jsonHasExactlyTheKeysOfTheContract() throws Exception {
        JsonNode document = json("resilience", "--data", SEED, "--json");

        assertThat(names(document)).containsExactly("threats", "categories", "officers");
        assertThat(names(document.get("threats").get(0))).containsExactly("threatId", "coverageDepth");
        assertThat(names(document.get("categories").get(0)))
                .containsExactly("category", "threats", "eligibleOfficers", "uncoverable", "singleCover");
        JsonNode clarke = document.get("officers").get(0);
        assertThat(names(clarke)).containsExactly("officerId", "leads", "soleCoverFor", "ifUnavailable");
        assertThat(names(clarke.get("ifUnavailable"))).containsExactly("newlyUncoverable", "leftWithoutOfficer",
                "unallocated", "overloadPoints", "peakLoadPercent", "lroShortfall");
    }

    @Test
    void showsWhichLrosAbsenceLeavesThreatsWithoutAnyoneEligibleOnTheWorkedExample() throws Exception {
        // Worked out by hand in ResilienceAnalysisTest: Clarke is sole cover for four threats, Shah for two,
        // Hughes for three; no one else's absence leaves a threat without anyone eligible.
        JsonNode officers = json("resilience", "--data", SEED, "--json").get("officers");
        List<String> breaking = new ArrayList<>();
        officers.forEach(o -> breaking.add(o.get("officerId").asText() + ":"
                + o.get("ifUnavailable").get("newlyUncoverable").size()));
        assertThat(breaking).containsExactly("E2041:4", "E2187:2", "E2230:0", "E2302:0", "E1876:3", "E2399:0",
                "E2415:0");
        assertThat(officers.get(0).get("ifUnavailable").get("peakLoadPercent").asDouble()).isEqualTo(229.0);

        CaseloadCommandRunner.Result human = CaseloadCommandRunner.run("resilience", "--data", SEED);
        assertThat(human.exitCode()).isZero();
        assertThat(human.out())
                .contains("Without DS Amy Clarke (E2041), no one may lead 4 threats: OCG-2021-003 Op Cedar,")
                .contains("Without DI Priya Hughes (E1876), no one may lead 3 threats:")
                .doesNotContain("Without DC Kate Walsh");
    }

    @Test
    void readsTheStoreAsTheFileAndJudgesOnTheDateGiven() throws Exception {
        Path db = folder.resolve("store");
        try (var service = CaseloadServices.open(db)) {
            service.importCaseload(new DatasetReader().read(Path.of(SEED)), true);
        }
        JsonNode fromFile = json("resilience", "--data", SEED, "--json");
        JsonNode fromStore = json("resilience", "--db", db.toString(), "--as-of", "2022-04-01", "--json");
        assertThat(fromStore).isEqualTo(fromFile);

        // On 2022-05-20 E1876's LRO-CORE expires: the MSHT and CSAE threats only she could lead have no one.
        JsonNode later = json("resilience", "--data", SEED, "--as-of", "2022-05-20", "--json");
        assertThat(later.get("threats").get(18).get("coverageDepth").asInt()).isZero();
    }

    @Test
    void aMalformedDateIsInvalidInput() {
        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("resilience", "--data", SEED, "--as-of", "2022-13-01");
        assertThat(run.exitCode()).isEqualTo(CaseloadCommand.INVALID_INPUT);
        assertThat(run.err()).startsWith("--as-of: ");
    }

    private static JsonNode json(String... args) throws Exception {
        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return DatasetJson.mapper().readTree(run.out());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
