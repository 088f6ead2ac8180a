package uk.police.soc.caseload.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.access.Operation;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.OfficerLoad;
import uk.police.soc.caseload.domain.PlanFigures;

/** The plan figures of the caseload's current allocation, per officer and in total. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = {"Shows each officer's capacity and load under the current allocation, and the plan figures.",
            "Per officer: capacity, load, load %% and status. In total: hard violations, uncoverable and unallocated"
                + " threats, overload, peak load, balance and the LRO shortfall.",
            "With --json: one object whose keys are the figure names of the allocation policy (uncoverable and"
                + " unallocated as lists of threat ids), plus officers: a list of {officerId, capacity, load,"
                + " loadPercent}."})
public class SummaryCommand implements Callable<Integer> {

    @Mixin
    CaseloadSource source;

    @Mixin
    ReportOutput output;

    @Override
    public Integer call() {
        Caseload caseload = source.load(Operation.SUMMARY, null, "plan figures per officer");
        CaseloadAssessment assessment = new CaseloadAssessment(caseload);
        PlanFigures figures = assessment.figures();
        return output.print(() -> FiguresJson.toJson(figures),
                out -> printHuman(assessment, figures, out));
    }

    private static void printHuman(CaseloadAssessment assessment, PlanFigures figures, PrintWriter out) {
        Caseload caseload = assessment.caseload();
        Map<String, Officer> officers = caseload.officersById();
        out.printf("Caseload on %s: %s, %s points of active threats.%n%n", caseload.asOf(),
                Wording.count(officers.size(), "officer"), Wording.points(figures.totalPoints()));
        TextTable table = new TextTable().left("Officer").left("Name").right("Capacity").right("Load")
                .right("Load %").left("Status");
        double totalCapacity = 0;
        double totalLoad = 0;
        for (OfficerLoad load : figures.officers()) {
            table.row(load.officerId(), officers.get(load.officerId()).name(), Wording.points(load.capacity()),
                    Wording.points(load.load()), Wording.percent(load.loadPercent()),
                    Wording.status(assessment, load));
            totalCapacity += load.capacity();
            totalLoad += load.load();
        }
        table.row("Total", "", Wording.points(totalCapacity), Wording.points(totalLoad),
                Wording.percent(CaseloadAssessment.loadPercent(totalLoad, totalCapacity)), "");
        table.print(out, "");
        out.println();
        new TextTable().left("Plan figure").right("Value")
                .row("Hard violations (threats with an officer who may not lead them)", figures.hardViolations())
                .row("Uncoverable threats (no officer may lead them)", figures.uncoverable().size())
                .row("Unallocated threats", figures.unallocated().size())
                .row("Overload (points above capacity)", Wording.points(figures.overloadPoints()))
                .row("Peak load", Wording.percent(figures.peakLoadPercent()))
                .row("Officers over capacity", figures.officersOverCapacity())
                .row("Officers overloaded", figures.officersOverloaded())
                .row("Balance (lower is more even)", Wording.points(figures.balance()))
                .row("LRO shortfall (full-time LROs)", figures.lroShortfall())
                .print(out, "");
        out.println();
        out.printf("Uncoverable threats, a training or recruitment need: %s.%n", Wording.ids(figures.uncoverable()));
        out.printf("Unallocated threats: %s.%n", Wording.ids(figures.unallocated()));
        out.println(figures.lroShortfall() == 0
                ? "The force has enough eligible LROs to carry its caseload at 100%."
                : "The force lacks " + Wording.count(figures.lroShortfall(), "full-time LRO")
                        + " to carry its caseload at 100%.");
    }
}
