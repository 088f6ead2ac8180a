package uk.police.soc.caseload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TrainingReportCommandTest {

    private static final String SEED = "../shared/data/seed-case.json";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = CaseloadCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void printsOneJsonObjectWithTheFourPartsAndSuggestions() throws Exception {
        int exit = run("training-report", "--data", SEED, "--json");

        assertThat(exit).isEqualTo(0);
        JsonNode report = new ObjectMapper().readTree(out.toString());
        List<String> keys = new ArrayList<>();
        report.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("unaccreditedLeading", "expiring", "uncoverable", "traineesWithoutMentor",
                "suggestions");
        assertThat(report.at("/unaccreditedLeading/0/officerId").asText()).isEqualTo("E2230");
        assertThat(report.at("/unaccreditedLeading/1/mentored").asBoolean()).isFalse();
        assertThat(report.at("/expiring/0/expiresOn").asText()).isEqualTo("2022-05-20");
        assertThat(report.at("/expiring/0/courseCode").asText()).isEqualTo("LRO-CORE");
        assertThat(report.at("/uncoverable/1/nearestOfficers/2/unmet/0").asText()).isEqualTo("notAccredited");
        assertThat(report.at("/suggestions/0/action").asText()).isEqualTo("lroCourse");
        assertThat(report.at("/suggestions/0/officerId").asText()).isEqualTo("E2302");
        assertThat(report.at("/suggestions/0/text").asText()).contains("DS Tom Reid");
    }

    @Test
    void theWindowAndPlanningDateAreOptions() throws Exception {
        int exit = run("training-report", "--data", SEED, "--as-of", "2022-02-19", "--within-days", "90", "--json");

        // 2022-02-19 + 90 days is 2022-05-20, E1876's expiry: still inside the window. One day less is not.
        assertThat(exit).isEqualTo(0);
        assertThat(new ObjectMapper().readTree(out.toString()).get("expiring")).hasSize(1);
        out.getBuffer().setLength(0);
        run("training-report", "--data", SEED, "--as-of", "2022-02-19", "--within-days", "89", "--json");
        assertThat(new ObjectMapper().readTree(out.toString()).get("expiring")).isEmpty();
    }

    @Test
    void printsReadableTablesWithoutJson() {
        int exit = run("training-report", "--data", SEED);

        assertThat(exit).isEqualTo(0);
        assertThat(out.toString())
                .contains("Leading threats without LRO accreditation: 2")
                // Courses by name with their code, officers with their id, as in the app.
                .containsPattern("E1876 +DI Priya Hughes +SOC lead responsible officer course \\(LRO-CORE\\) +2022-05-20")
                .contains("Threats no officer may lead: 4")
                .contains("1. LRO course (LRO-CORE) for DS Tom Reid (E2302) would make 2 uncoverable threats coverable");
    }

    @Test
    void theHumanTablesNameOfficersCategoriesAndRulesInWords() {
        run("training-report", "--data", SEED);

        // OCG-2019-016 is a CYBER threat no one may lead; the nearest officers lack the skill.
        assertThat(out.toString())
                .containsPattern("OCG-2019-016 +P2 +Cyber-dependent crime +DS Amy Clarke \\(E2041\\): skill level too low;")
                .contains("DI Harry Evans (E1990): long absence")
                .doesNotContain("(notAccredited)").doesNotContain("E2041 (skill)");
    }

    @Test
    void aNegativeWindowIsInvalidInput() {
        assertThat(run("training-report", "--data", SEED, "--within-days", "-1")).isEqualTo(2);
        assertThat(err.toString()).startsWith("--within-days: must be at least 0, not -1");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMalformedDateIsInvalidInput() {
        assertThat(run("training-report", "--data", SEED, "--as-of", "2022-02-30")).isEqualTo(2);
    }
}
