package uk.police.soc.caseload.ui.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.PlanFigures;
import uk.police.soc.caseload.solver.MoveReasons;
import uk.police.soc.caseload.ui.Formats;

/**
 * The sentences that say why a proposal's figure gets worse, from the facts the solver counts
 * ({@link MoveReasons}): e.g. "Overload rises by 75 points because 75 threats had to leave officers who may not
 * lead them."
 */
final class ProposalWording {

    private ProposalWording() {
    }

    /**
     * One sentence naming every figure that gets worse and why, e.g. "Overload rises by 75 points because 75
     * threats had to leave officers who may not lead them."; empty when no figure gets worse.
     *
     * @param partial the manager ticked only some of the proposed moves
     */
    static String whyWorse(PlanFigures before, PlanFigures after, MoveReasons reasons, boolean partial) {
        List<String> rises = new ArrayList<>();
        rise(rises, "overload", before.overloadPoints(), after.overloadPoints(), v -> Formats.points(v) + " points", true);
        rise(rises, "peak load", before.peakLoadPercent(), after.peakLoadPercent(), Formats::percent, false);
        rise(rises, "officers over capacity", before.officersOverCapacity(), after.officersOverCapacity(),
                Formats::points, false);
        rise(rises, "officers overloaded", before.officersOverloaded(), after.officersOverloaded(),
                Formats::points, false);
        rise(rises, "balance", before.balance(), after.balance(), Formats::points, true);
        if (rises.isEmpty()) {
            return "";
        }
        String list = rises.size() == 1 ? rises.get(0)
                : String.join(", ", rises.subList(0, rises.size() - 1)) + " and " + rises.get(rises.size() - 1);
        return "⚠ " + Character.toUpperCase(list.charAt(0)) + list.substring(1) + " because "
                + cause(reasons, partial) + ".";
    }

    private static void rise(List<String> rises, String figure, double before, double after,
            DoubleFunction<String> format, boolean by) {
        if (!(after > before + CaseloadAssessment.EPSILON)) {
            return;
        }
        rises.add(by && !Double.isInfinite(after) ? figure + " rises by " + format.apply(after - before)
                : figure + " rise" + (figure.startsWith("officers") ? "" : "s") + " from " + format.apply(before)
                        + " to " + format.apply(after));
    }

    private static String cause(MoveReasons reasons, boolean partial) {
        List<String> causes = new ArrayList<>();
        if (reasons.breachesFixed() > 0) {
            causes.add(reasons.breachesFixed() + (reasons.breachesFixed() == 1
                    ? " threat had to leave an officer who may not lead it"
                    : " threats had to leave officers who may not lead them"));
        }
        if (reasons.unallocatedPlaced() > 0) {
            causes.add(reasons.unallocatedPlaced() + (reasons.unallocatedPlaced() == 1
                    ? " threat without an LRO had to be given one" : " threats without an LRO had to be given one"));
        }
        if (causes.isEmpty()) {
            return partial ? "the ticked moves add work without the moves that would take work off those officers"
                    : "of the moves the planner chose for balance";
        }
        return String.join(" and ", causes);
    }
}
