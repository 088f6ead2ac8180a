package uk.police.soc.caseload.solver;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * An officer as the solver sees them: capacity, and the load the solver cannot change (pinned threats and
 * uncoverable threats that keep their officer). Loads are held in micro-points so that sums stay exact longs.
 */
public final class PlannedOfficer {

    @PlanningId
    private final String id;
    private final double capacity;
    private final long fixedLoadMicros;
    /** With {@code allowOverload} false the solver may not place threats beyond this officer's capacity. */
    private final boolean capacityIsStrict;

    public PlannedOfficer(String id, double capacity, long fixedLoadMicros, boolean capacityIsStrict) {
        this.id = id;
        this.capacity = capacity;
        this.fixedLoadMicros = fixedLoadMicros;
        this.capacityIsStrict = capacityIsStrict;
    }

    public String getId() {
        return id;
    }

    public double capacity() {
        return capacity;
    }

    public long fixedLoadMicros() {
        return fixedLoadMicros;
    }

    public double fixedLoad() {
        return ScoreScale.points(fixedLoadMicros);
    }

    public boolean capacityIsStrict() {
        return capacityIsStrict;
    }

    @Override
    public String toString() {
        return id;
    }
}
