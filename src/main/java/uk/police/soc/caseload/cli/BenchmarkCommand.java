package uk.police.soc.caseload.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.police.soc.caseload.dataset.DatasetJson;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.presentation.Numbers;
import uk.police.soc.caseload.benchmark.PlannerBenchmark;
import uk.police.soc.caseload.benchmark.PlannerBenchmark.Result;
import uk.police.soc.caseload.benchmark.PlannerBenchmark.Size;
import uk.police.soc.caseload.benchmark.Timing;
import uk.police.soc.caseload.benchmark.WhatIfBenchmark;
import uk.police.soc.caseload.benchmark.WorkspaceBenchmark;

/**
 * Measures the planner, the per-threat questions and the desktop app's register on reproducible synthetic
 * caseloads: the speed and quality targets are checked here, never by timed unit tests.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Measures the planner, the per-threat questions and the app's register on synthetic caseloads.",
            "solver: generates reproducible caseloads (fixed seed) at three sizes, plans each within a budget, and"
                + " prints the plan figures beside the greedy baseline and the fractional lower bound on balance.",
            "queries: times explain and recommend per threat (as commands and as the query alone) and the plan"
                + " figures, at 120x30 (force-medium's size), 1000x200 and 4600x900.",
            "workspace: stores a 4600x900 caseload in a new database and times what the desktop app does with it:"
                + " open, refresh, hand the snapshot to every screen, search, filter and sort the register.",
            "whatif: times resilience (every officer's absence) and a scenario's after figures (seven kinds of"
                + " change applied to a copy, checked and assessed) at 1000x200 and 4600x900.",
            "desks: with --db (an empty scratch store, e.g. a PostgreSQL database): --desks desks edit one"
                + " 250x50 caseload at once for --seconds (default 30): moves, edits, training records and one"
                + " planner accept; prints lost updates (must be 0), saves refused as conflicts, p50/p95 time per"
                + " save and how long a change takes to show at watching desks; then opens a 4600x900 caseload"
                + " from that store and from an H2 file. Not part of 'all'."})
public class BenchmarkCommand implements Callable<Integer> {

    /** The parts of the benchmark, as {@code --part} names them. */
    enum Part {
        SOLVER, QUERIES, WORKSPACE, WHATIF, DESKS;

        static EnumSet<Part> parse(List<String> names) {
            EnumSet<Part> parts = EnumSet.noneOf(Part.class);
            for (String name : names) {
                String key = name.trim().toUpperCase(Locale.ROOT);
                if (key.equals("ALL")) {
                    parts.addAll(EnumSet.complementOf(EnumSet.of(DESKS)));
                } else if (Arrays.stream(values()).anyMatch(p -> p.name().equals(key))) {
                    parts.add(valueOf(key));
                } else {
                    throw new InvalidInputException("--part",
                            "\"" + name + "\" is not one of solver, queries, workspace, whatif, desks, all");
                }
            }
            return parts;
        }
    }

    static final List<Size> DEFAULT_QUERY_SIZES = List.of(
            new Size(120, 30, Duration.ZERO), new Size(1000, 200, Duration.ZERO), new Size(4600, 900, Duration.ZERO));
    static final List<Size> DEFAULT_WORKSPACE_SIZES = List.of(new Size(4600, 900, Duration.ZERO));
    static final List<Size> DEFAULT_WHATIF_SIZES = List.of(new Size(1000, 200, Duration.ZERO),
            new Size(4600, 900, Duration.ZERO));

    /** Force, large force and national sizes, with the budgets the targets are set at. */
    static final List<Size> DEFAULT_SIZES = List.of(
            new Size(250, 50, Duration.ofSeconds(30)),
            new Size(1000, 200, Duration.ofSeconds(60)),
            new Size(4600, 900, Duration.ofSeconds(120)));

    @Spec
    CommandSpec spec;

    @Option(names = "--part", paramLabel = "PART[,PART...]", split = ",", hideParamSyntax = true,
            defaultValue = "solver",
            description = "what to measure: solver, queries, workspace, whatif, desks or all, comma-separated"
                    + " (default: solver)")
    List<String> parts;

    @Option(names = "--sizes", paramLabel = "TxO[,TxO...]", split = ",", hideParamSyntax = true,
            description = "threats x officers per run, for every part chosen (default: solver 250x50,1000x200,"
                    + "4600x900; queries 120x30,1000x200,4600x900; workspace 4600x900; whatif 1000x200,4600x900)")
    List<String> sizes;

    @Option(names = "--threats", paramLabel = "N", defaultValue = "20",
            description = "queries: how many threats to ask about per caseload (default: ${DEFAULT-VALUE})")
    int sampledThreats;

    @Option(names = "--seconds", paramLabel = "N",
            description = "budget per run in seconds (default: 30, 60 and 120 for the three default sizes, 30 otherwise)")
    Integer seconds;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "generator seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--json", description = "print the results as one JSON object (default: a table)")
    boolean json;

    @Option(names = "--db", paramLabel = "PATH", converter = StoreConverter.class,
            description = "desks: the scratch store the desks share, required with --part desks (it must hold no"
                    + " threats; everything in it is replaced), e.g. postgresql://HOST[:PORT]/NAME")
    String db;

    @Option(names = "--desks", paramLabel = "N", defaultValue = "8",
            description = "desks: how many desks edit at once (default: ${DEFAULT-VALUE})")
    int desks;

    @Override
    public Integer call() {
        if (seconds != null) {
            Arguments.requireAtLeast("--seconds", seconds, 1);
        }
        Arguments.requireAtLeast("--threats", sampledThreats, 1);
        List<Size> chosen = sizes == null ? null : sizes.stream().map(this::parseSize).toList();
        EnumSet<Part> chosenParts = Part.parse(parts);
        Arguments.requireAtLeast("--desks", desks, 1);
        if (chosenParts.contains(Part.DESKS) && db == null) {
            throw new InvalidInputException("--db", "required with --part desks: an empty scratch store, e.g."
                    + " postgresql://HOST/NAME");
        }
        PrintWriter out = spec.commandLine().getOut();
        ObjectNode json = DatasetJson.mapper().createObjectNode();
        if (chosenParts.contains(Part.SOLVER)) {
            List<Result> results = runSolver(chosen == null ? DEFAULT_SIZES : chosen, out);
            json.set("runs", toJson(results).get("runs"));
        }
        if (chosenParts.contains(Part.WHATIF)) {
            json.set("whatif", runWhatIf(chosen == null ? DEFAULT_WHATIF_SIZES : chosen, out));
        }
        if (chosenParts.contains(Part.QUERIES) || chosenParts.contains(Part.WORKSPACE)) {
            Path folder = temporaryFolder();
            try {
                if (chosenParts.contains(Part.QUERIES)) {
                    json.set("queries", runQueries(chosen == null ? DEFAULT_QUERY_SIZES : chosen, folder, out));
                }
                if (chosenParts.contains(Part.WORKSPACE)) {
                    json.set("workspace", runWorkspace(chosen == null ? DEFAULT_WORKSPACE_SIZES : chosen, folder, out));
                }
            } finally {
                deleteQuietly(folder);
            }
        }
        if (chosenParts.contains(Part.DESKS)) {
            json.set("desks", runDesks(out));
        }
        if (this.json) {
            out.println(FiguresJson.render(json));
        }
        out.flush();
        return CaseloadCommand.DONE;
    }

    private List<Result> runSolver(List<Size> chosen, PrintWriter out) {
        List<Size> runs = chosen;
        if (seconds != null) {
            runs = runs.stream().map(s -> new Size(s.threats(), s.officers(), Duration.ofSeconds(seconds))).toList();
        }
        List<Result> results = new ArrayList<>();
        if (!json) {
            out.printf("%-11s %6s %6s %9s %9s %9s %9s %9s %9s %10s %10s %8s %6s %9s%n", "Size", "Budget", "Took",
                    "Bound", "Bound*", "Greedy", "Planned", "Greedy+%", "Planned+%", "Planned+%*", "Overload",
                    "1st plan", "HardV", "Calc/s");
            out.flush();
        }
        for (Size size : runs) {
            Result result = PlannerBenchmark.run(size, seed);
            results.add(result);
            if (!json) {
                printRow(result, out);
            }
        }
        if (!json) {
            out.println();
            out.println("Bound: fractional lower bound on balance; Greedy+% / Planned+%: how far above it.");
            out.println("Bound*: the same over plans with the least possible overload (which the policy puts first);");
            out.println("Planned+%*: the plan against Bound*, shown when the plan reaches that overload.");
            out.println("Took: planning time (it stops early once the plan stops improving); Overload: greedy → planned");
            out.println("points; 1st plan: seconds to the first feasible plan; Calc/s: the solver's score calculations.");
            out.println();
        }
        return results;
    }

    private ArrayNode runQueries(List<Size> chosen, Path folder, PrintWriter out) {
        ArrayNode runs = DatasetJson.mapper().createArrayNode();
        if (!json) {
            out.printf("%-11s %-10s %7s %13s %13s %11s %11s%n", "Caseload", "Question", "Threats", "Command mean",
                    "Command max", "Query mean", "Query max");
            out.flush();
        }
        double slowestCommand = 0;
        for (Size size : chosen) {
            QueryBenchmark.Result result = QueryBenchmark.run(size.threats(), size.officers(), seed, sampledThreats,
                    folder);
            ObjectNode run = runs.addObject();
            run.put("threats", result.threats());
            run.put("officers", result.officers());
            run.put("seed", result.seed());
            run.set("figures", toJson(result.figures()));
            ObjectNode commands = run.putObject("commands");
            String caseload = result.threats() + "/" + result.officers();
            for (QueryBenchmark.CommandTimings timings : result.commands()) {
                ObjectNode command = commands.putObject(timings.command());
                command.set("command", toJson(timings.run()));
                command.set("query", toJson(timings.query()));
                slowestCommand = Math.max(slowestCommand, timings.run().slowestMillis());
                if (!json) {
                    out.printf(Locale.ROOT, "%-11s %-10s %7d %10.1f ms %10.1f ms %8.1f ms %8.1f ms%n", caseload,
                            timings.command(), timings.run().count(), timings.run().meanMillis(),
                            timings.run().slowestMillis(), timings.query().meanMillis(), timings.query().slowestMillis());
                }
            }
            if (!json) {
                out.printf(Locale.ROOT, "%-11s %-10s %7s %13s %13s %8.1f ms %8.1f ms%n", caseload, "figures", "-", "-",
                        "-", result.figures().meanMillis(), result.figures().slowestMillis());
                out.flush();
            }
        }
        if (!json) {
            out.println();
            out.println("Command: explain or recommend --data FILE --threat ID run in this JVM (file read and checked,");
            out.println("answer printed); Query: the assessment built and the answer computed; figures: the assessment");
            out.println("built and the plan figures computed. A fresh process adds the JVM's start-up to Command.");
            out.printf(Locale.ROOT, "Target: explain and recommend well under a second on a force-sized caseload:"
                    + " slowest command here %.0f ms.%n%n", slowestCommand);
        }
        return runs;
    }

    private ArrayNode runWhatIf(List<Size> chosen, PrintWriter out) {
        ArrayNode runs = DatasetJson.mapper().createArrayNode();
        if (!json) {
            out.printf("%-11s %-40s %6s %10s %10s %10s %10s%n", "Caseload", "Question", "Times", "Mean", "Slowest",
                    "CPU mean", "CPU max");
            out.flush();
        }
        for (Size size : chosen) {
            WhatIfBenchmark.Result r = WhatIfBenchmark.run(size.threats(), size.officers(), seed);
            ObjectNode run = runs.addObject();
            run.put("threats", r.threats());
            run.put("officers", r.officers());
            run.put("seed", r.seed());
            run.put("officersAnalysed", r.officersAnalysed());
            run.put("changes", r.changes());
            run.set("resilience", toJson(r.resilience()));
            run.set("after", toJson(r.after()));
            run.set("resilienceCpu", toJson(r.resilienceCpu()));
            run.set("afterCpu", toJson(r.afterCpu()));
            if (!json) {
                String caseload = r.threats() + "/" + r.officers();
                printWhatIf(out, caseload, "resilience (" + r.officersAnalysed() + " officers' absences)",
                        r.resilience(), r.resilienceCpu());
                printWhatIf(out, caseload, "scenario after (" + r.changes() + " changes)", r.after(), r.afterCpu());
            }
        }
        if (!json) {
            out.println();
            out.println("resilience: assessment built, every listed officer's absence worked out; scenario after: the");
            out.println("changes applied to a copy and checked as an import is, the result assessed, its figures computed.");
            out.println("Mean and Slowest are wall-clock; CPU is the working thread's own time (less inflated by a busy");
            out.println("machine).");
            out.println("Targets at 4,600 / 900: resilience under 2 s, a scenario's after under 0.5 s.");
            out.println();
        }
        return runs;
    }

    private static void printWhatIf(PrintWriter out, String caseload, String question, Timing wall, Timing cpu) {
        out.printf(Locale.ROOT, "%-11s %-40s %6d %7.1f ms %7.1f ms %7.1f ms %7.1f ms%n", caseload, question,
                wall.count(), wall.meanMillis(), wall.slowestMillis(), cpu.meanMillis(), cpu.slowestMillis());
        out.flush();
    }

    private ArrayNode runWorkspace(List<Size> chosen, Path folder, PrintWriter out) {
        ArrayNode runs = DatasetJson.mapper().createArrayNode();
        for (Size size : chosen) {
            WorkspaceBenchmark.Result r = WorkspaceBenchmark.run(size.threats(), size.officers(), seed, folder);
            ObjectNode run = runs.addObject();
            run.put("threats", r.threats());
            run.put("officers", r.officers());
            run.put("seed", r.seed());
            FiguresJson.putNumber(run, "openMillis", r.openMillis());
            FiguresJson.putNumber(run, "firstRefreshMillis", r.firstRefreshMillis());
            run.set("refresh", toJson(r.refresh()));
            run.set("publish", toJson(r.publish()));
            run.set("searchKeystroke", toJson(r.keystroke()));
            run.set("filter", toJson(r.filter()));
            run.set("sort", toJson(r.sort()));
            if (!json) {
                out.printf("The desktop app on %d threats and %d officers in a new database%n", r.threats(), r.officers());
                out.printf("%-56s %10s %10s %6s%n", "Step", "Mean", "Slowest", "Times");
                printStep(out, "Open the database", new Timing(1, r.openMillis(), r.openMillis()));
                printStep(out, "First refresh: load and build the snapshot (background)",
                        new Timing(1, r.firstRefreshMillis(), r.firstRefreshMillis()));
                printStep(out, "Later refreshes (background)", r.refresh());
                printStep(out, "Snapshot to every screen (FX thread)", r.publish());
                printStep(out, "Register search, per keystroke (FX thread)", r.keystroke());
                printStep(out, "Register ready-made filter (FX thread)", r.filter());
                printStep(out, "Register sorted by a column (FX thread)", r.sort());
                out.println();
            }
        }
        if (!json) {
            out.println("Target: a 4,600-threat database opens, scrolls and filters without stalls. The background");
            out.println("part runs behind a busy indicator; the FX-thread parts are what could stall the window.");
            out.println("Scrolling is not measured here: rows are built with the snapshot and the table draws only");
            out.println("the visible ones.");
            out.println();
        }
        return runs;
    }

    private ObjectNode runDesks(PrintWriter out) {
        Path folder = temporaryFolder();
        DesksBenchmark.Result r;
        try {
            r = new DesksBenchmark(db, desks, Duration.ofSeconds(seconds == null ? 30 : seconds), seed).run(folder);
        } catch (InvalidInputException | CommandFailedException e) {
            throw e;
        } catch (Exception e) {
            throw new CommandFailedException("benchmark", "the desks run failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(folder);
        }
        ObjectNode node = DatasetJson.mapper().createObjectNode();
        node.put("desks", r.desks());
        FiguresJson.putNumber(node, "seconds", r.seconds());
        node.put("saved", r.saved());
        node.put("refusedAsConflicts", r.refused());
        node.put("refusedAsInvalid", r.invalid());
        node.put("lostUpdates", r.lostUpdates());
        node.put("planAccepted", r.planAccepted());
        node.set("saveMillis", toJson(r.saveTime()));
        node.set("visibilityMillis", toJson(r.visibility()));
        ObjectNode national = node.putObject("national");
        national.put("threats", DesksBenchmark.NATIONAL_THREATS);
        national.put("officers", DesksBenchmark.NATIONAL_OFFICERS);
        FiguresJson.putNumber(national, "sharedOpenMillis", r.nationalPostgresOpenMillis());
        FiguresJson.putNumber(national, "sharedLoadMillis", r.nationalPostgresLoadMillis());
        FiguresJson.putNumber(national, "h2OpenMillis", r.nationalH2OpenMillis());
        FiguresJson.putNumber(national, "h2LoadMillis", r.nationalH2LoadMillis());
        if (!json) {
            out.printf(Locale.ROOT, "%d desks on one store for %.0f s (%dx%d caseload)%n", r.desks(), r.seconds(),
                    DesksBenchmark.SCRATCH_THREATS, DesksBenchmark.SCRATCH_OFFICERS);
            out.printf(Locale.ROOT, "%-52s %10d%n", "Saves accepted", r.saved());
            out.printf(Locale.ROOT, "%-52s %10d%n", "Saves refused: changed at another desk meanwhile", r.refused());
            out.printf(Locale.ROOT, "%-52s %10d%n", "Saves refused as invalid (e.g. an officer lacking skill)",
                    r.invalid());
            out.printf(Locale.ROOT, "%-52s %10d%n", "Lost updates (must be 0)", r.lostUpdates());
            out.printf(Locale.ROOT, "%-52s %10s%n", "Planner proposal accepted", r.planAccepted() ? "yes" : "no");
            printSpread(out, "Time per save", r.saveTime());
            printSpread(out, "Change shows at a watching desk (heard + reloaded)", r.visibility());
            out.printf(Locale.ROOT, "%nA national caseload (%d threats, %d officers): open and load%n",
                    DesksBenchmark.NATIONAL_THREATS, DesksBenchmark.NATIONAL_OFFICERS);
            out.printf(Locale.ROOT, "%-30s %10s %10s%n", "Store", "Open", "Load");
            out.printf(Locale.ROOT, "%-30s %7.0f ms %7.0f ms%n", "this store (--db)", r.nationalPostgresOpenMillis(),
                    r.nationalPostgresLoadMillis());
            out.printf(Locale.ROOT, "%-30s %7.0f ms %7.0f ms%n", "an H2 file", r.nationalH2OpenMillis(),
                    r.nationalH2LoadMillis());
            out.println();
            out.println("Lost updates: each threat's accepted changes replayed from its first value, each on the value");
            out.println("the last one left, must end at the stored value; every accepted training record must be stored.");
            out.println("Target: 0 lost updates; a change shows at the other desks within 5 seconds.");
            out.println();
        }
        return node;
    }

    private static void printSpread(PrintWriter out, String what, DesksBenchmark.Spread spread) {
        out.printf(Locale.ROOT, "%-52s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%d)%n", what, spread.p50(),
                spread.p95(), spread.max(), spread.count());
    }

    private static ObjectNode toJson(DesksBenchmark.Spread spread) {
        ObjectNode node = DatasetJson.mapper().createObjectNode();
        node.put("count", spread.count());
        FiguresJson.putNumber(node, "p50", spread.p50());
        FiguresJson.putNumber(node, "p95", spread.p95());
        FiguresJson.putNumber(node, "max", spread.max());
        return node;
    }

    private static void printStep(PrintWriter out, String step, Timing timing) {
        out.printf(Locale.ROOT, "%-56s %7.1f ms %7.1f ms %6d%n", step, timing.meanMillis(), timing.slowestMillis(),
                timing.count());
        out.flush();
    }

    private static ObjectNode toJson(Timing timing) {
        ObjectNode node = DatasetJson.mapper().createObjectNode();
        node.put("count", timing.count());
        FiguresJson.putNumber(node, "meanMillis", timing.meanMillis());
        FiguresJson.putNumber(node, "slowestMillis", timing.slowestMillis());
        return node;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("caseload-benchmark");
        } catch (IOException e) {
            throw new CommandFailedException("benchmark", "cannot create a temporary folder (" + e + ")", e);
        }
    }

    /** The benchmark's own scratch files; a file left behind in the temporary folder is harmless. */
    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // left for the system's temporary-file clean-up
        }
    }

    private Size parseSize(String text) {
        String[] parts = text.toLowerCase(Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                int threats = Integer.parseInt(parts[0].trim());
                int officers = Integer.parseInt(parts[1].trim());
                if (threats > 0 && officers > 0) {
                    return new Size(threats, officers, Duration.ofSeconds(30));
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException("--sizes", "\"" + text + "\" is not THREATSxOFFICERS, e.g. 250x50");
    }

    private static void printRow(Result r, PrintWriter out) {
        out.printf(Locale.ROOT, "%-11s %5ds %5.0fs %9.1f %9s %9.1f %9.1f %8.2f%% %8.2f%% %9s %10s %7.1fs %6d %9d%n",
                r.size().threats() + "/" + r.size().officers(), r.size().budget().toSeconds(),
                r.solveTime().toMillis() / 1000.0, r.bound().bound(),
                r.leastOverloadBound().map(b -> String.format(Locale.ROOT, "%.1f", b.bound())).orElse("-"),
                r.greedy().balance(), r.planned().balance(), 100 * r.greedyOverBound(), 100 * r.plannedOverBound(),
                r.leastOverloadBound().isPresent()
                        ? String.format(Locale.ROOT, "%.2f%%", 100 * r.plannedOverApplicableBound()) : "-",
                Numbers.points(r.greedy().overloadPoints()) + "→" + Numbers.points(r.planned().overloadPoints()),
                r.firstFeasible().toMillis() / 1000.0, r.planned().hardViolations(), r.scoreCalculationSpeed());
        out.flush();
    }

    static ObjectNode toJson(List<Result> results) {
        ObjectNode node = DatasetJson.mapper().createObjectNode();
        ArrayNode runs = node.putArray("runs");
        for (Result r : results) {
            ObjectNode run = runs.addObject();
            run.put("threats", r.size().threats());
            run.put("officers", r.size().officers());
            run.put("seed", r.seed());
            run.put("movableThreats", r.movableThreats());
            run.put("budgetSeconds", r.size().budget().toSeconds());
            FiguresJson.putNumber(run, "bound", r.bound().bound());
            FiguresJson.putNumber(run, "boundSeconds", r.boundTime().toMillis() / 1000.0);
            if (r.leastOverloadBound().isPresent()) {
                FiguresJson.putNumber(run, "leastOverloadBound", r.leastOverloadBound().get().bound());
                FiguresJson.putNumber(run, "plannedOverLeastOverloadBound", r.plannedOverApplicableBound());
            } else {
                run.putNull("leastOverloadBound");
            }
            FiguresJson.putNumber(run, "greedyBalance", r.greedy().balance());
            FiguresJson.putNumber(run, "greedyOverloadPoints", r.greedy().overloadPoints());
            FiguresJson.putNumber(run, "greedyOverBound", r.greedyOverBound());
            FiguresJson.putNumber(run, "plannedBalance", r.planned().balance());
            FiguresJson.putNumber(run, "plannedOverloadPoints", r.planned().overloadPoints());
            FiguresJson.putNumber(run, "plannedOverBound", r.plannedOverBound());
            run.put("hardViolations", r.planned().hardViolations());
            run.put("unallocated", r.planned().unallocated().size());
            run.put("uncoverable", r.planned().uncoverable().size());
            FiguresJson.putNumber(run, "firstFeasibleSeconds", r.firstFeasible().toMillis() / 1000.0);
            run.put("firstPlanFeasible", r.firstPlanFeasible());
            FiguresJson.putNumber(run, "solveSeconds", r.solveTime().toMillis() / 1000.0);
            run.put("scoreCalculationSpeed", r.scoreCalculationSpeed());
        }
        return node;
    }
}
