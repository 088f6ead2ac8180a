package uk.police.soc.caseload.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import uk.police.soc.caseload.dataset.DatasetWriter;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.solver.Recommender;
import uk.police.soc.caseload.benchmark.SyntheticCaseloads;
import uk.police.soc.caseload.solver.ThreatExplainer;
import uk.police.soc.caseload.benchmark.Timing;

/**
 * The questions a manager asks at the desk, per threat: {@code explain} and {@code recommend} as commands (the
 * dataset file read and checked, the answer printed) and as the query alone (assessment built, answer computed),
 * plus the plan figures every summary and screen shows. The commands run in this JVM, already warmed up: a
 * fresh process adds its start-up on top.
 */
final class QueryBenchmark {

    /** Two commands the benchmark asks about each sampled threat. */
    static final List<String> COMMANDS = List.of("explain", "recommend");

    /** One command's timings on one caseload. */
    record CommandTimings(String command, Timing run, Timing query) {
    }

    /** One caseload's timings: figures is the assessment built and {@code figures()} computed. */
    record Result(int threats, int officers, long seed, Timing figures, List<CommandTimings> commands) {
    }

    private QueryBenchmark() {
    }

    /** Writes a synthetic caseload under {@code folder} and asks about {@code sample} of its active threats. */
    static Result run(int threatCount, int officerCount, long seed, int sample, Path folder) {
        Caseload caseload = SyntheticCaseloads.generate(threatCount, officerCount, seed);
        Path dataset = folder.resolve("queries-" + threatCount + "x" + officerCount + ".json");
        new DatasetWriter().write(caseload, dataset);
        List<String> threats = spread(caseload.threats().stream().filter(Threat::isActive).map(Threat::id).toList(),
                sample);

        List<Long> figures = new ArrayList<>();
        new CaseloadAssessment(caseload).figures();
        for (int i = 0; i < Math.min(5, threats.size()); i++) {
            figures.add(Timing.nanos(() -> new CaseloadAssessment(caseload).figures()));
        }
        List<CommandTimings> commands = new ArrayList<>();
        for (String command : COMMANDS) {
            runCommand(command, dataset, threats.get(0));
            List<Long> runs = new ArrayList<>();
            List<Long> queries = new ArrayList<>();
            for (String threat : threats) {
                runs.add(Timing.nanos(() -> runCommand(command, dataset, threat)));
                queries.add(Timing.nanos(() -> query(command, caseload, threat)));
            }
            commands.add(new CommandTimings(command, Timing.of(runs), Timing.of(queries)));
        }
        return new Result(threatCount, officerCount, seed, Timing.of(figures), commands);
    }

    /** {@code count} ids spread evenly over the register, so early and late threats are both asked about. */
    private static List<String> spread(List<String> ids, int count) {
        if (ids.isEmpty()) {
            throw new IllegalStateException("the synthetic caseload has no active threat");
        }
        int n = Math.min(count, ids.size());
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            picked.add(ids.get((int) ((long) i * ids.size() / n)));
        }
        return picked;
    }

    private static void query(String command, Caseload caseload, String threat) {
        CaseloadAssessment assessment = new CaseloadAssessment(caseload);
        if (command.equals("explain")) {
            new ThreatExplainer(assessment).explain(threat);
        } else {
            new Recommender(assessment).recommend(threat);
        }
    }

    private static void runCommand(String command, Path dataset, String threat) {
        CommandLine commandLine = CaseloadCommand.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(command, "--data", dataset.toString(), "--threat", threat);
        if (exitCode != CaseloadCommand.DONE) {
            throw new IllegalStateException(command + " " + threat + " failed: " + err);
        }
    }
}
