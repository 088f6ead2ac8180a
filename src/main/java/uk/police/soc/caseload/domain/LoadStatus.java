package uk.police.soc.caseload.domain;

/**
 * Where an officer's load stands against the policy's amber and red thresholds: the traffic light every screen,
 * command and report shows. The words are {@code report.words.Words#status}, the same everywhere.
 */
public enum LoadStatus {
    /** At or below the amber threshold. */
    WITHIN,
    /** Above amber, at or below red. */
    OVER_CAPACITY,
    /** Above red, or carrying load with no capacity at all. */
    OVERLOADED,
    /** No capacity (a long absence, a full reduction, left the unit) and no load. */
    NO_CAPACITY;

    /** The band of a load % (infinite for load on no capacity: overloaded). */
    public static LoadStatus of(double loadPercent, Policy policy) {
        if (CaseloadAssessment.exceeds(loadPercent, policy.redLoadPercent())) {
            return OVERLOADED;
        }
        if (CaseloadAssessment.exceeds(loadPercent, policy.amberLoadPercent())) {
            return OVER_CAPACITY;
        }
        return WITHIN;
    }

    /** The band of an officer's load, {@link #NO_CAPACITY} for an officer with neither capacity nor load. */
    public static LoadStatus of(OfficerLoad load, Policy policy) {
        if (load.capacity() == 0) {
            return load.load() > 0 ? OVERLOADED : NO_CAPACITY;
        }
        return of(load.loadPercent(), policy);
    }

    /** Over the amber threshold (amber or red). */
    public boolean isOver() {
        return this == OVER_CAPACITY || this == OVERLOADED;
    }
}
