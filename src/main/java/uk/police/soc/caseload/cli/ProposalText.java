package uk.police.soc.caseload.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.OfficerLoad;
import uk.police.soc.caseload.domain.PlanFigures;
import uk.police.soc.caseload.presentation.Numbers;
import uk.police.soc.caseload.solver.PlannedMove;
import uk.police.soc.caseload.solver.Proposal;

/** A proposal as a SOC manager reads it: the figures before and after side by side, whose load changes, the moves. */
final class ProposalText {

    private ProposalText() {
    }

    static void print(Proposal proposal, Caseload caseload, int budgetSeconds, PrintWriter out) {
        PlanFigures before = proposal.before();
        PlanFigures after = proposal.after();
        out.printf(Locale.ROOT, "Plan for %s, found in %.1f s of a %d s budget (the planner stops once the plan"
                + " stops improving).%n%n", caseload.asOf(), proposal.elapsed().toMillis() / 1000.0, budgetSeconds);
        new TextTable().left("Plan figure").right("Before").right("After")
                .row("Hard violations", before.hardViolations(), after.hardViolations())
                .row("Uncoverable threats", before.uncoverable().size(), after.uncoverable().size())
                .row("Unallocated threats", before.unallocated().size(), after.unallocated().size())
                .row("Overload (points above capacity)", Wording.points(before.overloadPoints()),
                        Wording.points(after.overloadPoints()))
                .row("Peak load", Wording.percent(before.peakLoadPercent()), Wording.percent(after.peakLoadPercent()))
                .row("Officers over capacity", before.officersOverCapacity(), after.officersOverCapacity())
                .row("Officers overloaded", before.officersOverloaded(), after.officersOverloaded())
                .row("Balance (lower is more even)", Wording.points(before.balance()), Wording.points(after.balance()))
                .row("Moves", before.moves(), after.moves())
                .row("LRO shortfall (full-time LROs)", before.lroShortfall(), after.lroShortfall())
                .print(out, "");
        out.println();
        printOfficers(caseload, before, after, out);
        printMoves(caseload, proposal.moves(), out);
        printStory(caseload, after, out);
    }

    /** Only the officers whose load the plan changes: at force size the rest would bury them. */
    private static void printOfficers(Caseload caseload, PlanFigures before, PlanFigures after, PrintWriter out) {
        Map<String, Officer> officers = caseload.officersById();
        TextTable table = new TextTable().left("Officer").left("Name").right("Capacity").right("Load before")
                .right("Load after").right("Load % before").right("Load % after").left("Status after");
        for (int i = 0; i < after.officers().size(); i++) {
            OfficerLoad was = before.officers().get(i);
            OfficerLoad now = after.officers().get(i);
            if (Math.abs(was.load() - now.load()) > CaseloadAssessment.EPSILON) {
                table.row(now.officerId(), officers.get(now.officerId()).name(), Wording.points(now.capacity()),
                        Wording.points(was.load()), Wording.points(now.load()), Wording.percent(was.loadPercent()),
                        Wording.percent(now.loadPercent()), Wording.status(now, caseload.policy()));
            }
        }
        if (table.size() == 0) {
            return;
        }
        out.printf("The plan changes the load of %s:%n", Wording.count(table.size(), "officer"));
        table.print(out, "  ");
        out.println();
    }

    private static void printMoves(Caseload caseload, List<PlannedMove> moves, PrintWriter out) {
        if (moves.isEmpty()) {
            out.println("No threat changes officer: the current allocation is already the best found.");
            out.println();
            return;
        }
        Map<String, Officer> officers = caseload.officersById();
        long newlyLed = moves.stream().filter(move -> move.fromOfficerId() == null).count();
        out.printf("%s%s:%n", Wording.count(moves.size(), "threat changes", "threats change") + " officer",
                newlyLed == 0 ? "" : " (" + newlyLed + " of them had no LRO: giving one is not a move)");
        TextTable table = new TextTable().left("Threat").right("Points").left("From").left("To");
        for (PlannedMove move : moves) {
            table.row(move.threatId(), Numbers.points(move.points()),
                    Wording.officer(officers.get(move.fromOfficerId()), move.fromOfficerId()),
                    Wording.officer(officers.get(move.toOfficerId()), move.toOfficerId()));
        }
        table.print(out, "  ");
        out.println();
    }

    private static void printStory(Caseload caseload, PlanFigures after, PrintWriter out) {
        if (!after.uncoverable().isEmpty()) {
            CaseloadAssessment assessment = new CaseloadAssessment(caseload);
            out.printf("%s no officer may lead keep their current officer (a training or recruitment need):%n",
                    Wording.count(after.uncoverable().size(), "threat"));
            TextTable table = new TextTable().left("Threat").left("Nearest officers (rules they fail)");
            for (String id : after.uncoverable()) {
                table.row(id, Nearest.describe(assessment.nearestOfficers(caseload.threat(id).orElseThrow())));
            }
            table.print(out, "  ");
            out.println();
        }
        if (!after.unallocated().isEmpty()) {
            out.printf("%s stay without an LRO because no eligible officer has room: %s.%n",
                    Wording.count(after.unallocated().size(), "coverable threat"), Wording.ids(after.unallocated()));
        }
        if (after.lroShortfall() > 0) {
            out.printf("The force lacks %s to carry its caseload at 100%%.%n",
                    Wording.count(after.lroShortfall(), "full-time LRO"));
        }
    }
}
