package uk.police.soc.caseload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.benchmark.WhatIfBenchmark;
import uk.police.soc.caseload.dataset.DatasetJson;
import uk.police.soc.caseload.persistence.EmbeddedServer;

/** The benchmark's parts run on their own and report every measurement; the timings themselves are not judged. */
class BenchmarkCommandTest {

    @Test
    void theQueriesAndWorkspacePartsReportEveryMeasurementAsOneJsonDocument() throws Exception {
        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("benchmark", "--part", "queries,workspace",
                "--sizes", "40x10", "--threats", "3", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode document = DatasetJson.mapper().readTree(run.out());
        assertThat(document.has("runs")).as("the solver part was not asked for").isFalse();
        JsonNode queries = document.get("queries").get(0);
        assertThat(queries.get("threats").asInt()).isEqualTo(40);
        assertThat(queries.get("figures").get("count").asInt()).isPositive();
        for (String command : QueryBenchmark.COMMANDS) {
            JsonNode timings = queries.get("commands").get(command);
            assertThat(timings.get("command").get("count").asInt()).as(command).isEqualTo(3);
            assertThat(timings.get("query").get("slowestMillis").asDouble())
                    .isGreaterThanOrEqualTo(timings.get("query").get("meanMillis").asDouble());
        }
        JsonNode workspace = document.get("workspace").get(0);
        assertThat(workspace.get("officers").asInt()).isEqualTo(10);
        for (String step : new String[] {"refresh", "publish", "searchKeystroke", "filter", "sort"}) {
            assertThat(workspace.get(step).get("count").asInt()).as(step).isPositive();
        }
    }

    @Test
    void theTableNamesEachStepAndTheTargetItIsHeldTo() {
        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("benchmark", "--part", "workspace",
                "--sizes", "40x10");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Register search, per keystroke", "Snapshot to every screen",
                "Target: a 4,600-threat database").doesNotContain("Bound*", "recommend");
    }

    @Test
    void theWhatIfPartTimesResilienceAndAScenariosAfterFigures() throws Exception {
        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("benchmark", "--part", "whatif",
                "--sizes", "60x15", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode whatIf = DatasetJson.mapper().readTree(run.out()).get("whatif").get(0);
        assertThat(whatIf.get("officers").asInt()).isEqualTo(15);
        assertThat(whatIf.get("changes").asInt()).isEqualTo(9);
        for (String timing : new String[] {"resilience", "after", "resilienceCpu", "afterCpu"}) {
            assertThat(whatIf.get(timing).get("count").asInt()).as(timing).isEqualTo(WhatIfBenchmark.REPEATS);
        }
        CaseloadCommandRunner.Result table = CaseloadCommandRunner.run("benchmark", "--part", "whatif",
                "--sizes", "60x15");
        assertThat(table.out()).contains("resilience (", "scenario after (9 changes)",
                "Targets at 4,600 / 900: resilience under 2 s, a scenario's after under 0.5 s.");
    }

    @Test
    void anUnknownPartIsInvalidInput() {
        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("benchmark", "--part", "speed");

        assertThat(run.exitCode()).isEqualTo(CaseloadCommand.INVALID_INPUT);
        assertThat(run.err()).startsWith("--part: \"speed\" is not one of solver, queries, workspace, whatif, desks, all");
    }

    @Test
    void theDesksPartNeedsAScratchStore() {
        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("benchmark", "--part", "desks");

        assertThat(run.exitCode()).isEqualTo(CaseloadCommand.INVALID_INPUT);
        assertThat(run.err()).startsWith("--db: required with --part desks");
    }

    @Test
    @Tag("slow")
    void desksOnOneEmbeddedPostgresStoreLoseNoUpdateAndReportEveryFigure() throws Exception {
        String db = EmbeddedServer.shared().newDatabase();

        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("benchmark", "--part", "desks", "--db", db,
                "--desks", "4", "--seconds", "5", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode desks = DatasetJson.mapper().readTree(run.out()).get("desks");
        assertThat(desks.get("lostUpdates").asInt()).isZero();
        assertThat(desks.get("saved").asLong()).isPositive();
        assertThat(desks.get("planAccepted").asBoolean()).isTrue();
        assertThat(desks.get("saveMillis").get("p95").asDouble())
                .isGreaterThanOrEqualTo(desks.get("saveMillis").get("p50").asDouble());
        assertThat(desks.get("visibilityMillis").get("count").asInt()).isPositive();
        assertThat(desks.get("national").get("sharedLoadMillis").asDouble()).isPositive();
    }
}
