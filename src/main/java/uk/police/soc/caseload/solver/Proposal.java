package uk.police.soc.caseload.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.police.soc.caseload.domain.Allocation;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.OfficerLoad;
import uk.police.soc.caseload.domain.PlanFigures;
import uk.police.soc.caseload.domain.Threat;

/**
 * A plan the solver proposes: the new allocation, the policy's figures before and after, and the list of
 * threats whose officer changes. Nothing is stored until someone applies it.
 *
 * @param allocation who leads each threat in the proposed plan
 * @param changes the threats whose officer changes, in register order, each with its new officer (null: none)
 * @param scoreCalculationSpeed OptaPlanner's score calculations per second in its local search (0: not run)
 */
public record Proposal(PlanFigures before, PlanFigures after, List<PlannedMove> moves,
        Allocation allocation, Map<String, String> changes, Duration elapsed,
        long scoreCalculationSpeed) {

    public Proposal {
        moves = List.copyOf(moves);
    }

    /** The threats whose officer changes and the officer each gets, with the loads before and after. */
    static Proposal of(AllocationModel model, Allocation allocation, Duration elapsed, long speed) {
        Allocation reference = model.reference();
        PlanFigures before = model.figures(reference);
        PlanFigures after = model.figures(allocation);
        Map<String, Double> percentBefore = percentByOfficer(before);
        Map<String, Double> percentAfter = percentByOfficer(after);
        List<PlannedMove> moves = new ArrayList<>();
        Map<String, String> changes = allocation.changesFrom(reference);
        for (Threat threat : model.caseload().threats()) {
            if (!changes.containsKey(threat.id())) {
                continue;
            }
            String from = reference.leadOf(threat.id());
            String to = changes.get(threat.id());
            moves.add(new PlannedMove(threat.id(), model.assessment().points(threat), from, to,
                    from == null ? 0 : percentBefore.get(from), from == null ? 0 : percentAfter.get(from),
                    to == null ? 0 : percentBefore.get(to), to == null ? 0 : percentAfter.get(to)));
        }
        return new Proposal(before, after, moves, allocation, changes, elapsed, speed);
    }

    private static Map<String, Double> percentByOfficer(PlanFigures figures) {
        Map<String, Double> percent = new java.util.HashMap<>();
        for (OfficerLoad load : figures.officers()) {
            percent.put(load.officerId(), load.loadPercent());
        }
        return percent;
    }

    /**
     * The part of this proposal a manager ticked: only the moves of {@code threatIds}, every other threat left
     * where it is, with the figures and loads of that part judged on {@code caseload} (the one planned).
     */
    public Proposal partOf(Caseload caseload, java.util.Set<String> threatIds) {
        Map<String, String> ticked = new java.util.LinkedHashMap<>();
        changes.forEach((threatId, officerId) -> {
            if (threatIds.contains(threatId)) {
                ticked.put(threatId, officerId);
            }
        });
        return of(new AllocationModel(caseload), caseload.allocation().withChanges(ticked), elapsed,
                scoreCalculationSpeed);
    }

    /**
     * The planner's explanation of each move, by threat id, as the allocation history keeps it when the
     * proposal is accepted: what the move does to both officers' load and to the plan as a whole.
     */
    public Map<String, String> rationales() {
        Map<String, String> rationales = new java.util.LinkedHashMap<>();
        String plan = "plan overload " + points(before.overloadPoints()) + " → "
                + points(after.overloadPoints()) + " points, peak load "
                + percent(before.peakLoadPercent()) + " → " + percent(after.peakLoadPercent())
                + ", hard violations " + before.hardViolations() + " → " + after.hardViolations();
        for (PlannedMove move : moves) {
            StringBuilder text = new StringBuilder("Planner proposal: ");
            if (move.fromOfficerId() != null) {
                text.append(move.fromOfficerId()).append(' ').append(percent(move.fromLoadPercentBefore()))
                        .append(" → ").append(percent(move.fromLoadPercentAfter()));
            }
            if (move.toOfficerId() != null) {
                text.append(move.fromOfficerId() != null ? ", " : "").append(move.toOfficerId()).append(' ')
                        .append(percent(move.toLoadPercentBefore())).append(" → ")
                        .append(percent(move.toLoadPercentAfter()));
            }
            rationales.put(move.threatId(), text.append("; ").append(plan).toString());
        }
        return rationales;
    }

    /** The caseload with every threat's officer as proposed, and nothing else changed. */
    public Caseload applyTo(Caseload caseload) {
        return caseload.withThreats(caseload.threats().stream()
                .map(t -> changes.containsKey(t.id()) ? t.withOfficerId(changes.get(t.id())) : t)
                .toList());
    }

    /** Load % to one decimal, as the history keeps the planner's explanation; +∞ as ∞%. */
    private static String percent(double value) {
        return Double.isInfinite(value) ? "∞%" : String.format(java.util.Locale.ROOT, "%.1f%%", value);
    }

    private static String points(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
