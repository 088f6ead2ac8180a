package uk.police.soc.caseload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.dataset.DatasetJson;
import uk.police.soc.caseload.dataset.TestData;

class RecommendForOfficerCommandTest {

    private static final String SEED = TestData.shared("seed-case.json").toString();

    @Test
    void jsonHasTheOfficerAndTheBestThreatsWithBothLoadPercentsAndTheQualityChange() throws Exception {
        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("recommend", "--data", SEED, "--officer",
                "E1876", "--top", "2", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode document = DatasetJson.mapper().readTree(run.out());
        assertThat(names(document)).containsExactly("officerId", "threats");
        assertThat(document.get("threats")).hasSize(2);
        JsonNode best = document.get("threats").get(0);
        assertThat(names(best)).containsExactly("threatId", "fromOfficerId", "fromLoadPercent", "toLoadPercent",
                "qualityChange");
        // OCG-2019-019 (30 points) from E2230, who may not lead it: 158% → 128%; E1876 0% → 60% of 50.
        assertThat(best.get("threatId").asText()).isEqualTo("OCG-2019-019");
        assertThat(best.get("fromOfficerId").asText()).isEqualTo("E2230");
        assertThat(best.get("fromLoadPercent").get(0).asDouble()).isEqualTo(158.0);
        assertThat(best.get("fromLoadPercent").get(1).asDouble()).isEqualTo(128.0);
        assertThat(best.get("toLoadPercent").get(1).asDouble()).isEqualTo(60.0);
    }

    @Test
    void theTopDefaultsToFiveAndPeopleReadNames() {
        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("recommend", "--data", SEED, "--officer", "E2041");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("DS Amy Clarke (E2041) is at 144.0% load").contains("the best 5:")
                .contains("DC Kate Walsh (E2230)");
    }

    @Test
    void threatAndOfficerAreOneOrTheOther() {
        CaseloadCommandRunner.Result both = CaseloadCommandRunner.run("recommend", "--data", SEED, "--officer",
                "E2041", "--threat", "OCG-2019-025");
        assertThat(both.exitCode()).isEqualTo(CaseloadCommand.INVALID_INPUT);
        CaseloadCommandRunner.Result unknown = CaseloadCommandRunner.run("recommend", "--data", SEED, "--officer", "E9");
        assertThat(unknown.exitCode()).isEqualTo(CaseloadCommand.INVALID_INPUT);
        assertThat(unknown.err()).isEqualToIgnoringNewLines("--officer: no officer \"E9\" on the caseload");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
