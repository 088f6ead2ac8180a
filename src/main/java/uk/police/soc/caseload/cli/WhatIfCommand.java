package uk.police.soc.caseload.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.police.soc.caseload.dataset.ChangesReader;
import uk.police.soc.caseload.dataset.DatasetJson;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.access.Operation;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.OfficerLoad;
import uk.police.soc.caseload.domain.PlanFigures;
import uk.police.soc.caseload.domain.scenario.CaseloadChange;
import uk.police.soc.caseload.solver.AllocationSolver;
import uk.police.soc.caseload.solver.PlannedMove;
import uk.police.soc.caseload.solver.Proposal;
import uk.police.soc.caseload.solver.whatif.WhatIf;

/** Tries a list of changes on a copy of the caseload and shows the plan figures before, after and planned. */
@Command(name = "what-if", mixinStandardHelpOptions = true,
        description = {"Tries changes on a copy of the caseload and shows the plan before, after and once planned.",
            "The changes file holds {\"changes\": [...]}, each with an op: addOfficer, addTrainingRecord,"
                + " officerUnavailable, deactivateOfficer, addThreat, archiveThreat or setPolicy. Nothing stored"
                + " changes.",
            "after: the changes applied, every threat keeping its officer (those of a deactivated officer become"
                + " unallocated); planned: after, then the planner, its moves counted against after.",
            "With --json: one object with before, after and planned (each as summary --json) and moves"
                + " (threatId, fromOfficerId, toOfficerId)."})
public class WhatIfCommand implements Callable<Integer> {

    @Mixin
    CaseloadSource source;

    @Option(names = "--changes", paramLabel = "FILE", required = true,
            description = "the changes to try, a JSON file {\"changes\": [...]} (required)")
    Path changesFile;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "10",
            description = "the planner's time budget in seconds; it stops sooner once the plan stops improving"
                    + " (default: ${DEFAULT-VALUE})")
    int seconds;

    @Mixin
    ReportOutput output;

    @Override
    public Integer call() {
        Arguments.requireAtLeast("--seconds", seconds, 1);
        List<CaseloadChange> changes = new ChangesReader().read(changesFile);
        Caseload caseload = source.load(Operation.WHAT_IF, null, "what-if with " + changesFile.getFileName());
        WhatIf whatIf = WhatIf.of(caseload, changes);
        Proposal planned = new AllocationSolver(Duration.ofSeconds(seconds)).solve(whatIf.afterCaseload());
        return output.print(() -> toJson(whatIf, planned), out -> printHuman(whatIf, planned, out));
    }

    static ObjectNode toJson(WhatIf whatIf, Proposal planned) {
        ObjectNode node = DatasetJson.mapper().createObjectNode();
        node.set("before", FiguresJson.toJson(whatIf.before()));
        node.set("after", FiguresJson.toJson(whatIf.after()));
        node.set("planned", FiguresJson.toJson(planned.after()));
        ArrayNode moves = node.putArray("moves");
        for (PlannedMove move : planned.moves()) {
            moves.addObject().put("threatId", move.threatId()).put("fromOfficerId", move.fromOfficerId())
                    .put("toOfficerId", move.toOfficerId());
        }
        return node;
    }

    private static void printHuman(WhatIf whatIf, Proposal planned, PrintWriter out) {
        PlanFigures before = whatIf.before();
        PlanFigures after = whatIf.after();
        PlanFigures plan = planned.after();
        out.printf("What if, on %s: the caseload as it stands (before), with the changes and every threat kept"
                + " with its officer (after), and after the planner (planned).%n%n", whatIf.afterCaseload().asOf());
        new TextTable().left("Plan figure").right("Before").right("After").right("Planned")
                .row("Hard violations", before.hardViolations(), after.hardViolations(), plan.hardViolations())
                .row("Uncoverable threats", before.uncoverable().size(), after.uncoverable().size(),
                        plan.uncoverable().size())
                .row("Unallocated threats", before.unallocated().size(), after.unallocated().size(),
                        plan.unallocated().size())
                .row("Overload (points above capacity)", Wording.points(before.overloadPoints()),
                        Wording.points(after.overloadPoints()), Wording.points(plan.overloadPoints()))
                .row("Peak load", Wording.percent(before.peakLoadPercent()), Wording.percent(after.peakLoadPercent()),
                        Wording.percent(plan.peakLoadPercent()))
                .row("Officers over capacity", before.officersOverCapacity(), after.officersOverCapacity(),
                        plan.officersOverCapacity())
                .row("Officers overloaded", before.officersOverloaded(), after.officersOverloaded(),
                        plan.officersOverloaded())
                .row("Balance (lower is more even)", Wording.points(before.balance()), Wording.points(after.balance()),
                        Wording.points(plan.balance()))
                .row("Moves", before.moves(), after.moves(), plan.moves())
                .row("LRO shortfall (full-time LROs)", before.lroShortfall(), after.lroShortfall(), plan.lroShortfall())
                .print(out, "");
        out.println();

        Map<String, Officer> officers = whatIf.afterCaseload().officersById();
        Map<String, OfficerLoad> was = new HashMap<>();
        before.officers().forEach(load -> was.put(load.officerId(), load));
        out.println("Load % per officer:");
        TextTable loads = new TextTable().left("Officer").left("Name").right("Before").right("After")
                .right("Planned").left("Status planned");
        for (int i = 0; i < after.officers().size(); i++) {
            OfficerLoad now = after.officers().get(i);
            OfficerLoad then = was.get(now.officerId());
            loads.row(now.officerId(), officers.get(now.officerId()).name(),
                    then == null ? "(new)" : Wording.percent(then.loadPercent()), Wording.percent(now.loadPercent()),
                    Wording.percent(plan.officers().get(i).loadPercent()),
                    Wording.status(plan.officers().get(i), whatIf.afterCaseload().policy()));
        }
        loads.print(out, "  ");
        out.println();
        if (planned.moves().isEmpty()) {
            out.println("The planner moves no threat: after is already the best plan it found.");
        } else {
            out.printf("The planner's %s:%n", Wording.count(planned.moves().size(), "change"));
            TextTable moves = new TextTable().left("Threat").left("From").left("To");
            for (PlannedMove move : planned.moves()) {
                moves.row(move.threatId(), Wording.officer(officers.get(move.fromOfficerId()), move.fromOfficerId()),
                        Wording.officer(officers.get(move.toOfficerId()), move.toOfficerId()));
            }
            moves.print(out, "  ");
        }
        out.println("Nothing stored has changed.");
    }
}
