package uk.police.soc.caseload.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The health of an active threat's 4P plan on {@code asOf} (evidence.md, "Plan health"): the one definition
 * the register, the dashboard, {@code plan-health} and the inspection report all use.
 *
 * @param missingStrands the strands, in plan order, with no OPEN or DONE action
 * @param overdueActions ids of OPEN actions due before {@code asOf}, in the plan's order
 * @param reviewOverdue the threat's {@code nextReviewDue} is before {@code asOf}
 * @param lastReviewOn the latest review on or before {@code asOf}, or null
 */
public record PlanHealth(String threatId, List<Strand> missingStrands, List<String> overdueActions,
        boolean reviewOverdue, LocalDate lastReviewOn) {

    public PlanHealth {
        missingStrands = List.copyOf(missingStrands);
        overdueActions = List.copyOf(overdueActions);
    }

    /** No missing strands, no overdue actions, review not overdue. */
    public boolean healthy() {
        return missingStrands.isEmpty() && overdueActions.isEmpty() && !reviewOverdue;
    }

    /** The health of {@code threat}'s plan, judged on {@code asOf}. The threat's own nextReviewDue is read. */
    public static PlanHealth of(Threat threat, ThreatPlan plan, LocalDate asOf) {
        EnumSet<Strand> covered = EnumSet.noneOf(Strand.class);
        List<String> overdue = new ArrayList<>();
        for (PlanAction action : plan.actions()) {
            if (action.status() != null && action.status().coversStrand() && action.strand() != null) {
                covered.add(action.strand());
            }
            if (action.isOverdueOn(asOf)) {
                overdue.add(action.id());
            }
        }
        List<Strand> missing = new ArrayList<>(EnumSet.complementOf(covered));
        boolean reviewOverdue = threat.nextReviewDue() != null && threat.nextReviewDue().isBefore(asOf);
        return new PlanHealth(threat.id(), missing, overdue, reviewOverdue, plan.lastReviewOn(asOf).orElse(null));
    }

    /** The health of every active threat's plan on the caseload's {@code asOf}, in dataset order. */
    public static List<PlanHealth> of(Caseload caseload) {
        List<PlanHealth> health = new ArrayList<>();
        for (Threat threat : caseload.threats()) {
            if (threat.isActive()) {
                health.add(of(threat, caseload.plan(threat.id()), caseload.asOf()));
            }
        }
        return health;
    }
}
