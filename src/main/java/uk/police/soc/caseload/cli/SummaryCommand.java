package uk.police.soc.caseload.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.OfficerLoad;
import uk.police.soc.caseload.domain.PlanFigures;
import uk.police.soc.caseload.domain.Policy;

/** The plan figures of the caseload's current allocation, per officer and in total. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = {"Shows each officer's capacity and load under the current allocation, and the plan figures:",
            "hard violations, uncoverable and unallocated threats, overload, balance and the LRO shortfall."})
public class SummaryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CaseloadSource source;

    @Option(names = "--json", description = "print the figures as one JSON object")
    boolean json;

    @Override
    public Integer call() {
        Caseload caseload = source.load();
        PlanFigures figures = new CaseloadAssessment(caseload).figures();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(FiguresJson.render(FiguresJson.toJson(figures, caseload.asOf())));
        } else {
            printHuman(caseload, figures, out);
        }
        out.flush();
        return CaseloadCommand.DONE;
    }

    private static void printHuman(Caseload caseload, PlanFigures figures, PrintWriter out) {
        Map<String, Officer> officers = caseload.officersById();
        int nameWidth = Math.max(4, officers.values().stream().mapToInt(o -> o.name().length()).max().orElse(0));
        int idWidth = Math.max(7, officers.keySet().stream().mapToInt(String::length).max().orElse(0));
        String row = "%-" + idWidth + "s  %-" + nameWidth + "s  %8s  %8s  %8s  %s";
        out.printf("Caseload on %s: %d officers, %s points of active threats.%n%n",
                caseload.asOf(), officers.size(), oneDecimal(figures.totalPoints()));
        printRow(out, row, "Officer", "Name", "Capacity", "Load", "Load %", "Status");
        double totalCapacity = 0;
        double totalLoad = 0;
        for (OfficerLoad load : figures.officers()) {
            printRow(out, row, load.officerId(), officers.get(load.officerId()).name(), oneDecimal(load.capacity()),
                    oneDecimal(load.load()), percent(load.loadPercent()), status(load, caseload.policy()));
            totalCapacity += load.capacity();
            totalLoad += load.load();
        }
        printRow(out, row, "Total", "", oneDecimal(totalCapacity), oneDecimal(totalLoad),
                percent(CaseloadAssessment.loadPercent(totalLoad, totalCapacity)), "");
        out.println();
        out.printf("Hard violations (officers leading threats they may not lead): %d%n", figures.hardViolations());
        out.printf("Uncoverable threats (no officer meets the rules): %s%n", ids(figures.uncoverable()));
        out.printf("Unallocated threats: %s%n", ids(figures.unallocated()));
        out.printf("Overload: %s points; peak load %s; %d officers over capacity, %d overloaded.%n",
                oneDecimal(figures.overloadPoints()), percent(figures.peakLoadPercent()),
                figures.officersOverCapacity(), figures.officersOverloaded());
        out.printf("Balance: %s.%n", oneDecimal(figures.balance()));
        out.printf("LRO shortfall: %d full-time LRO%s needed to carry the caseload at 100%%.%n",
                figures.lroShortfall(), figures.lroShortfall() == 1 ? "" : "s");
    }

    private static void printRow(PrintWriter out, String format, Object... cells) {
        out.println(String.format(Locale.ROOT, format, cells).stripTrailing());
    }

    static String status(OfficerLoad load, Policy policy) {
        if (load.capacity() == 0) {
            return "NO CAPACITY";
        }
        if (CaseloadAssessment.exceeds(load.loadPercent(), policy.redLoadPercent())) {
            return "OVERLOADED";
        }
        if (CaseloadAssessment.exceeds(load.loadPercent(), policy.amberLoadPercent())) {
            return "OVER CAPACITY";
        }
        return "OK";
    }

    private static String ids(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String percent(double value) {
        return Double.isInfinite(value) ? "∞" : oneDecimal(value) + "%";
    }
}
