package uk.police.soc.caseload.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.police.soc.caseload.dataset.DatasetJson;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.solver.PlainNumbers;
import uk.police.soc.caseload.solver.PlannerBenchmark;
import uk.police.soc.caseload.solver.PlannerBenchmark.Result;
import uk.police.soc.caseload.solver.PlannerBenchmark.Size;

/** Measures the planner against the greedy baseline and the lower bound on reproducible synthetic caseloads. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Measures the planner against a manager's greedy allocation on synthetic caseloads.",
            "Generates reproducible caseloads (fixed seed) at three sizes, plans each within a budget, and prints the"
                + " plan figures beside the greedy baseline and the fractional lower bound on balance."})
public class BenchmarkCommand implements Callable<Integer> {

    /** Force, large force and national sizes, with the budgets the targets are set at. */
    static final List<Size> DEFAULT_SIZES = List.of(
            new Size(250, 50, Duration.ofSeconds(30)),
            new Size(1000, 200, Duration.ofSeconds(60)),
            new Size(4600, 900, Duration.ofSeconds(120)));

    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", paramLabel = "TxO[,TxO...]", split = ",", hideParamSyntax = true,
            description = "threats x officers per run (default: 250x50,1000x200,4600x900)")
    List<String> sizes;

    @Option(names = "--seconds", paramLabel = "N",
            description = "budget per run in seconds (default: 30, 60 and 120 for the three default sizes, 30 otherwise)")
    Integer seconds;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "generator seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--json", description = "print the results as one JSON object (default: a table)")
    boolean json;

    @Override
    public Integer call() {
        if (seconds != null) {
            Arguments.requireAtLeast("--seconds", seconds, 1);
        }
        List<Size> runs = sizes == null ? DEFAULT_SIZES : sizes.stream().map(this::parseSize).toList();
        if (seconds != null) {
            runs = runs.stream().map(s -> new Size(s.threats(), s.officers(), Duration.ofSeconds(seconds))).toList();
        }
        PrintWriter out = spec.commandLine().getOut();
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
        if (json) {
            out.println(FiguresJson.render(toJson(results)));
        } else {
            out.println();
            out.println("Bound: fractional lower bound on balance; Greedy+% / Planned+%: how far above it.");
            out.println("Bound*: the same over plans with the least possible overload (which the policy puts first);");
            out.println("Planned+%*: the plan against Bound*, shown when the plan reaches that overload.");
            out.println("Took: planning time (it stops early once the plan stops improving); Overload: greedy → planned");
            out.println("points; 1st plan: seconds to the first feasible plan; Calc/s: the solver's score calculations.");
        }
        out.flush();
        return CaseloadCommand.DONE;
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
                PlainNumbers.points(r.greedy().overloadPoints()) + "→" + PlainNumbers.points(r.planned().overloadPoints()),
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
