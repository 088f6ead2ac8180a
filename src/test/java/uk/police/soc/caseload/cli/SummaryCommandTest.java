package uk.police.soc.caseload.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.dataset.DatasetJson;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.dataset.DatasetWriter;
import uk.police.soc.caseload.dataset.TestData;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.OfficerLoad;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.service.CaseloadServices;

class SummaryCommandTest {

    private static final String SEED = TestData.shared("seed-case.json").toString();

    @Test
    void jsonSummaryOfTheWorkedExampleHasExactlyTheFiguresOfTheAllocationPolicyAndTheOfficers() throws Exception {
        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("summary", "--data", SEED, "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode figures = DatasetJson.mapper().readTree(run.out());
        assertThat(fieldNames(figures)).containsExactlyInAnyOrder("hardViolations", "uncoverable", "unallocated",
                "overloadPoints", "peakLoadPercent", "balance", "moves", "officersOverCapacity", "officersOverloaded",
                "lroShortfall", "officers");
        assertThat(fieldNames(figures.get("officers").get(0)))
                .containsExactlyInAnyOrder("officerId", "capacity", "load", "loadPercent");
        assertThat(figures.get("hardViolations").asInt()).isEqualTo(12);
        assertThat(texts(figures.get("uncoverable")))
                .containsExactlyInAnyOrder("OCG-2019-016", "OCG-2020-026", "OCG-2020-029", "OCG-2021-027");
        assertThat(figures.get("unallocated")).isEmpty();
        assertThat(figures.get("overloadPoints").asDouble()).isCloseTo(219, within(1e-9));
        assertThat(figures.get("peakLoadPercent").asDouble()).isCloseTo(100.0 * 138 / 70, within(1e-9));
        assertThat(figures.get("balance").asDouble()).isCloseTo(1067.663, within(1e-3));
        assertThat(figures.get("moves").asInt()).isZero();
        assertThat(figures.get("officersOverCapacity").asInt()).isEqualTo(4);
        assertThat(figures.get("officersOverloaded").asInt()).isEqualTo(4);
        assertThat(figures.get("lroShortfall").asInt()).isEqualTo(2);
    }

    @Test
    void jsonSummaryOfTheWorkedExampleHasEachOfficersCapacityAndLoad() throws Exception {
        JsonNode officers = DatasetJson.mapper()
                .readTree(CaseloadCommandRunner.run("summary", "--data", SEED, "--json").out()).get("officers");

        Map<String, double[]> byId = new LinkedHashMap<>();
        officers.forEach(o -> byId.put(o.get("officerId").asText(),
                new double[] {o.get("capacity").asDouble(), o.get("load").asDouble(), o.get("loadPercent").asDouble()}));
        assertThat(byId).containsOnlyKeys("E2041", "E2187", "E2230", "E2302", "E1876", "E2399", "E2415", "E2121",
                "E2467", "E1990");
        assertThat(byId.get("E2041")).containsExactly(100, 144, 144);
        assertThat(byId.get("E2187")).containsExactly(100, 149, 149);
        assertThat(byId.get("E2230")).containsExactly(100, 158, 158);
        assertThat(byId.get("E2302")[0]).isCloseTo(70, within(1e-9));
        assertThat(byId.get("E2302")[1]).isEqualTo(138);
        assertThat(byId.get("E1876")[0]).isEqualTo(50);
        assertThat(byId.get("E2415")[0]).isCloseTo(100.0 * 30 / 37, within(1e-9));
        assertThat(byId.get("E2121")[0]).isEqualTo(60);
        assertThat(byId.get("E1990")).containsExactly(0, 0, 0);
        List.of("E1876", "E2399", "E2415", "E2121", "E2467").forEach(id -> assertThat(byId.get(id)[1]).isZero());
    }

    @Test
    void stdoutHoldsOnlyTheJsonDocument() throws Exception {
        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("summary", "--data", SEED, "--json");

        assertThat(DatasetJson.mapper().readTree(run.out()).isObject()).isTrue();
        assertThat(run.out().strip()).startsWith("{").endsWith("}");
    }

    @Test
    void anInfiniteLoadPercentIsWrittenAsTheStringInfinity(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("absent-lead.json");
        Caseload seed = new DatasetReader().read(TestData.shared("seed-case.json"));
        List<Threat> threats = new ArrayList<>(seed.threats());
        // E1990 is long-absent (capacity 0); giving them a threat makes their load % infinite.
        threats.set(0, threats.get(0).withOfficerId("E1990"));
        new DatasetWriter().write(seed.withThreats(threats), data);

        JsonNode figures = DatasetJson.mapper()
                .readTree(CaseloadCommandRunner.run("summary", "--data", data.toString(), "--json").out());

        assertThat(figures.get("peakLoadPercent").isTextual()).isTrue();
        assertThat(figures.get("peakLoadPercent").asText()).isEqualTo("Infinity");
        JsonNode absent = figures.get("officers").get(9);
        assertThat(absent.get("officerId").asText()).isEqualTo("E1990");
        assertThat(absent.get("loadPercent").asText()).isEqualTo("Infinity");
    }

    @Test
    void asOfOverridesTheDatasetsPlanningDate() throws Exception {
        // E1990's long absence ends on 2022-06-30: from then on they have a full capacity again.
        CaseloadCommandRunner.Result onTheFilesDate = CaseloadCommandRunner.run("summary", "--data", SEED, "--json");
        CaseloadCommandRunner.Result later =
                CaseloadCommandRunner.run("summary", "--data", SEED, "--as-of", "2022-07-01", "--json");

        assertThat(capacityOfE1990(onTheFilesDate)).isZero();
        assertThat(capacityOfE1990(later)).isEqualTo(100);
    }

    @Test
    void theDatabasesPlanningDateIsTodayUnlessAsOfIsGiven(@TempDir Path dir) {
        Path db = dir.resolve("store");
        try (var service = CaseloadServices.open(db)) {
            service.importCaseload(new DatasetReader().read(TestData.shared("seed-case.json")), true);
        }

        String today = CaseloadCommandRunner.run("summary", "--db", db.toString()).out();
        String fileDate = CaseloadCommandRunner.run("summary", "--db", db.toString(), "--as-of", "2022-04-01").out();

        assertThat(today).startsWith("Caseload on " + LocalDate.now() + ":");
        assertThat(fileDate).startsWith("Caseload on 2022-04-01:");
    }

    @Test
    void theDatasetsPlanningDateIsItsAsOfUnlessAsOfIsGiven() {
        assertThat(CaseloadCommandRunner.run("summary", "--data", SEED).out()).startsWith("Caseload on 2022-04-01:");
        assertThat(CaseloadCommandRunner.run("summary", "--data", SEED, "--as-of", "2023-01-31").out())
                .startsWith("Caseload on 2023-01-31:");
    }

    @Test
    void humanSummaryShowsEachOfficersStatusAndTheTotals() {
        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("summary", "--data", SEED);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("E2302\\s+DS Tom Reid\\s+70\\s+138\\s+197\\.1%\\s+Overloaded\\n")
                .containsPattern("E2415\\s+DC Maya Khan\\s+81\\.1\\s+0\\s+0\\.0%\\s+Within capacity\\n")
                // A long absence takes the capacity to 0: the status says until when, as the app does.
                .containsPattern("E1990\\s+\\S.*\\s+0\\s+0\\s+0\\.0%\\s+Absent until 2022-06-30\\n")
                .containsPattern("Total\\s+761\\.1\\s+589\\s+77\\.4%")
                .containsPattern("Hard violations \\(.*\\)\\s+12\\n")
                .containsPattern("Uncoverable threats \\(.*\\)\\s+4\\n")
                .containsPattern("Overload \\(.*\\)\\s+219\\n")
                .containsPattern("LRO shortfall \\(full-time LROs\\)\\s+2\\n")
                .contains("OCG-2019-016, OCG-2020-026, OCG-2021-027, OCG-2020-029")
                .contains("Unallocated threats: none.")
                .contains("The force lacks 2 full-time LROs to carry its caseload at 100%.");
    }

    @Test
    void anOfficerJustOverAmberButNotRedIsOverCapacity() {
        assertThat(Wording.status(new OfficerLoad("E1", 100, 105, 105),
                Policy.DEFAULTS)).isEqualTo("Over capacity");
        assertThat(Wording.status(new OfficerLoad("E1", 100, 110, 110),
                Policy.DEFAULTS)).isEqualTo("Over capacity");
        assertThat(Wording.status(new OfficerLoad("E1", 100, 100, 100),
                Policy.DEFAULTS)).isEqualTo("Within capacity");
    }

    @Test
    void noCapacityReadsInTheAppsWordsAndLoadOnNoCapacityIsOverloaded() {
        assertThat(Wording.status(new OfficerLoad("E1", 0, 0, 0), Policy.DEFAULTS)).isEqualTo("No capacity");
        assertThat(Wording.status(new OfficerLoad("E1", 0, 12, Double.POSITIVE_INFINITY), Policy.DEFAULTS))
                .isEqualTo("Overloaded");
        assertThat(Wording.status(new OfficerLoad("E1", 100, 111, 111), Policy.DEFAULTS)).isEqualTo("Overloaded");
    }

    @Test
    void anInvalidDatasetGivesExitTwoAndItsProblems() {
        String data = TestData.resource("malformed/unknown-threat-category.json").toString();

        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("summary", "--data", data, "--json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("threats[T2].category: unknown category \"MSTH\"");
    }

    private static double capacityOfE1990(CaseloadCommandRunner.Result run) throws Exception {
        for (JsonNode officer : DatasetJson.mapper().readTree(run.out()).get("officers")) {
            if (officer.get("officerId").asText().equals("E1990")) {
                return officer.get("capacity").asDouble();
            }
        }
        throw new AssertionError("E1990 missing");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
