package uk.police.soc.caseload.domain;

/** Where a 4P plan action stands. Only OPEN and DONE actions cover their strand; a DROPPED one does not. */
public enum ActionStatus {
    OPEN, DONE, DROPPED;

    /** Whether an action in this status counts as work on its strand. */
    public boolean coversStrand() {
        return this != DROPPED;
    }
}
