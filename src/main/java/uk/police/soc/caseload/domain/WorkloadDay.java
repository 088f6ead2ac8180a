package uk.police.soc.caseload.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The store's record of one day on which a change was committed: the plan figures and every officer's load as
 * they stood at the end of that day, judged on that day, with that day's thresholds. A day without a record
 * takes the figures of the latest record before it, unchanged.
 */
public record WorkloadDay(LocalDate date, PlanFigures figures, double amberLoadPercent, double redLoadPercent) {

    public WorkloadDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(figures, "figures");
    }

    /** The day's record of the caseload as it stands, judged on {@code day}. */
    public static WorkloadDay of(Caseload caseload, LocalDate day) {
        Caseload onDay = caseload.withAsOf(day);
        return new WorkloadDay(day, new CaseloadAssessment(onDay).figures(), onDay.policy().amberLoadPercent(),
                onDay.policy().redLoadPercent());
    }

    public Optional<OfficerLoad> officer(String officerId) {
        return figures.officers().stream().filter(o -> o.officerId().equals(officerId)).findFirst();
    }

    /** Whether the officer's load % that day was above that day's red threshold (with ε; +∞ is above). */
    public boolean overloaded(String officerId) {
        return officer(officerId).map(o -> CaseloadAssessment.exceeds(o.loadPercent(), redLoadPercent)).orElse(false);
    }
}
