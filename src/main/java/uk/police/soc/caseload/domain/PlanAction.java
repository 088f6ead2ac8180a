package uk.police.soc.caseload.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One action of a threat's 4P plan.
 *
 * @param id unique within the threat's plan
 * @param ownerId the officer who owns it, or {@code null}
 * @param due when it is due, or {@code null}
 */
public record PlanAction(String id, Strand strand, String text, ActionStatus status, String ownerId, LocalDate due) {

    public PlanAction {
        Objects.requireNonNull(id, "id");
    }

    /** Open and due before {@code asOf} (an action due on {@code asOf} is not yet overdue). */
    public boolean isOverdueOn(LocalDate asOf) {
        return status == ActionStatus.OPEN && due != null && due.isBefore(asOf);
    }
}
