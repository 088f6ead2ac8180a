package uk.police.soc.caseload.cli;

import java.io.PrintWriter;
import java.util.List;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.PlanFigures;
import uk.police.soc.caseload.solver.PlainNumbers;
import uk.police.soc.caseload.solver.PlannedMove;
import uk.police.soc.caseload.solver.Proposal;

/** A proposal as a SOC manager reads it: the figures side by side, then the moves. */
final class ProposalText {

    private ProposalText() {
    }

    static void print(Proposal proposal, Caseload caseload, PrintWriter out) {
        PlanFigures before = proposal.before();
        PlanFigures after = proposal.after();
        String row = "%-34s %14s %14s%n";
        out.printf(row, "Plan figures", "before", "after");
        out.printf(row, "Hard violations", before.hardViolations(), after.hardViolations());
        out.printf(row, "Uncoverable threats", before.uncoverable().size(), after.uncoverable().size());
        out.printf(row, "Unallocated threats", before.unallocated().size(), after.unallocated().size());
        out.printf(row, "Overload (points)", PlainNumbers.points(before.overloadPoints()),
                PlainNumbers.points(after.overloadPoints()));
        out.printf(row, "Peak load", PlainNumbers.percent(before.peakLoadPercent()),
                PlainNumbers.percent(after.peakLoadPercent()));
        out.printf(row, "Officers over capacity", before.officersOverCapacity(), after.officersOverCapacity());
        out.printf(row, "Officers overloaded", before.officersOverloaded(), after.officersOverloaded());
        out.printf(row, "Balance (lower is more even)", oneDecimal(before.balance()), oneDecimal(after.balance()));
        out.printf(row, "Moves", before.moves(), after.moves());
        out.printf(row, "LRO shortfall (full-time LROs)", before.lroShortfall(), after.lroShortfall());
        out.println();
        printStory(caseload, after, out);
        printMoves(proposal.moves(), out);
        out.printf("Planned in %.1f s.%n", proposal.elapsed().toMillis() / 1000.0);
    }

    private static void printStory(Caseload caseload, PlanFigures after, PrintWriter out) {
        if (!after.uncoverable().isEmpty()) {
            CaseloadAssessment assessment = new CaseloadAssessment(caseload);
            out.printf("%d threat(s) no officer may lead keep their current officer (training or recruitment needs):%n",
                    after.uncoverable().size());
            for (String id : after.uncoverable()) {
                var threat = caseload.threat(id).orElseThrow();
                out.printf("  %-16s nearest: %s%n", id, Nearest.describe(assessment.nearestOfficers(threat)));
            }
            out.println();
        }
        if (!after.unallocated().isEmpty()) {
            out.printf("%d coverable threat(s) stay without an LRO because no eligible officer has room: %s%n%n",
                    after.unallocated().size(), String.join(", ", after.unallocated()));
        }
        if (after.lroShortfall() > 0) {
            out.printf("The force lacks %d full-time LRO(s) to carry its caseload at 100%%.%n%n", after.lroShortfall());
        }
    }

    private static void printMoves(List<PlannedMove> moves, PrintWriter out) {
        if (moves.isEmpty()) {
            out.println("No threat changes officer.");
            return;
        }
        int idWidth = Math.max(6, moves.stream().mapToInt(m -> m.threatId().length()).max().orElse(0));
        String row = "%-" + idWidth + "s %7s  %-10s → %-10s %18s %18s%n";
        out.printf("%d change(s) of officer:%n", moves.size());
        out.printf(row, "Threat", "Points", "From", "To", "From load %", "To load %");
        for (PlannedMove move : moves) {
            out.printf(row, move.threatId(), PlainNumbers.points(move.points()), officerLabel(move.fromOfficerId()),
                    officerLabel(move.toOfficerId()),
                    move.fromOfficerId() == null ? "" : change(move.fromLoadPercentBefore(), move.fromLoadPercentAfter()),
                    move.toOfficerId() == null ? "" : change(move.toLoadPercentBefore(), move.toLoadPercentAfter()));
        }
    }

    private static String officerLabel(String officerId) {
        return officerId == null ? "(none)" : officerId;
    }

    static String change(double before, double after) {
        return PlainNumbers.percent(before) + " → " + PlainNumbers.percent(after);
    }

    private static String oneDecimal(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
