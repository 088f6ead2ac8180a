package uk.police.soc.caseload.domain;

import java.time.LocalDate;

/**
 * The dates a database plans on, either null when not known.
 *
 * @param dataAsOf the {@code asOf} of the last dataset imported: the day its figures describe
 * @param lastPlanningDate the planning date last chosen in the app on this database
 */
public record PlanningDates(LocalDate dataAsOf, LocalDate lastPlanningDate) {

    public static final PlanningDates NONE = new PlanningDates(null, null);
}
