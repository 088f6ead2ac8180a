package uk.police.soc.caseload.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;
import static org.optaplanner.core.api.score.stream.Joiners.equal;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;
import uk.police.soc.caseload.domain.Objective;

/**
 * The allocation policy's objective, level by level (allocation.md, "What the planner optimises").
 *
 * <p>Per-officer terms group the placed threats by officer once and add the officer's fixed load; officers the
 * solver placed nothing on are covered by the "idle officer" twins, so every officer counts exactly once
 * without a cross product.
 */
public class AllocationConstraints implements ConstraintProvider {

    public static final String OFFICER_NOT_ELIGIBLE = "Officer not eligible for the threat";
    public static final String PLACED_BEYOND_CAPACITY = "Threats placed beyond capacity";
    public static final String THREAT_UNALLOCATED = "Coverable threat left unallocated";
    public static final String OFFICER_OVER_CAPACITY = "Officer over capacity";
    public static final String IDLE_OFFICER_OVER_CAPACITY = "Officer over capacity from fixed load alone";
    public static final String LOAD_BALANCE = "Load balance";
    public static final String IDLE_OFFICER_LOAD_BALANCE = "Load balance of officers given no threats";
    public static final String THREAT_MOVED = "Threat moved from its LRO";

    public static final List<String> NAMES_IN_POLICY_ORDER = List.of(OFFICER_NOT_ELIGIBLE,
            PLACED_BEYOND_CAPACITY, THREAT_UNALLOCATED, OFFICER_OVER_CAPACITY, IDLE_OFFICER_OVER_CAPACITY, LOAD_BALANCE,
            IDLE_OFFICER_LOAD_BALANCE, THREAT_MOVED);

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            officerNotEligible(factory),
            threatsPlacedBeyondCapacity(factory),
            coverableThreatUnallocated(factory),
            officerOverCapacity(factory),
            idleOfficerOverCapacity(factory),
            loadBalance(factory),
            idleOfficerLoadBalance(factory),
            threatMoved(factory),
        };
    }

    // ---- hard ------------------------------------------------------------------------------------------

    Constraint officerNotEligible(ConstraintFactory factory) {
        return factory.forEach(PlannedThreat.class)
                .filter(threat -> !threat.isEligible(threat.getOfficer()))
                .penalizeLong(ScoreLevel.HARD_VIOLATIONS.unit(), threat -> 1)
                .justifyWith((threat, score) -> new ThreatJustification(ThreatJustification.Reason.OFFICER_NOT_ELIGIBLE,
                        threat.getId(), threat.getOfficer().getId(), threat.getEligibleOfficers().size()))
                .asConstraint(OFFICER_NOT_ELIGIBLE);
    }

    Constraint threatsPlacedBeyondCapacity(ConstraintFactory factory) {
        return placedLoadByOfficer(factory)
                .filter((officer, placed) -> officer.capacityIsStrict())
                .penalizeLong(ScoreLevel.PLACED_BEYOND_CAPACITY.unit(),
                        (officer, placed) -> ScoreScale.micros(Objective.placedBeyondCapacity(
                                officer.fixedLoad(), ScoreScale.points(placed), officer.capacity())))
                .justifyWith((officer, placed, score) -> loadOf(officer, placed))
                .asConstraint(PLACED_BEYOND_CAPACITY);
    }

    // ---- soft ------------------------------------------------------------------------------------------

    Constraint coverableThreatUnallocated(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(PlannedThreat.class)
                .filter(threat -> threat.getOfficer() == null)
                .penalizeLong(ScoreLevel.UNALLOCATED_WEIGHT.unit(), PlannedThreat::unallocatedWeightMicros)
                .justifyWith((threat, score) -> new ThreatJustification(ThreatJustification.Reason.UNALLOCATED,
                        threat.getId(), null, threat.getEligibleOfficers().size()))
                .asConstraint(THREAT_UNALLOCATED);
    }

    Constraint officerOverCapacity(ConstraintFactory factory) {
        return placedLoadByOfficer(factory)
                .penalizeLong(ScoreLevel.OVERLOAD_POINTS.unit(),
                        (officer, placed) -> ScoreScale.micros(Objective.overload(totalLoad(officer, placed), officer.capacity())))
                .justifyWith((officer, placed, score) -> loadOf(officer, placed))
                .asConstraint(OFFICER_OVER_CAPACITY);
    }

    Constraint idleOfficerOverCapacity(ConstraintFactory factory) {
        return idleOfficers(factory)
                .penalizeLong(ScoreLevel.OVERLOAD_POINTS.unit(),
                        officer -> ScoreScale.micros(Objective.overload(officer.fixedLoad(), officer.capacity())))
                .justifyWith((officer, score) -> loadOf(officer, 0))
                .asConstraint(IDLE_OFFICER_OVER_CAPACITY);
    }

    Constraint loadBalance(ConstraintFactory factory) {
        return placedLoadByOfficer(factory)
                .penalizeLong(ScoreLevel.BALANCE_AND_MOVES.unit(),
                        (officer, placed) -> ScoreScale.micros(Objective.balance(totalLoad(officer, placed), officer.capacity())))
                .justifyWith((officer, placed, score) -> loadOf(officer, placed))
                .asConstraint(LOAD_BALANCE);
    }

    Constraint idleOfficerLoadBalance(ConstraintFactory factory) {
        return idleOfficers(factory)
                .penalizeLong(ScoreLevel.BALANCE_AND_MOVES.unit(),
                        officer -> ScoreScale.micros(Objective.balance(officer.fixedLoad(), officer.capacity())))
                .justifyWith((officer, score) -> loadOf(officer, 0))
                .asConstraint(IDLE_OFFICER_LOAD_BALANCE);
    }

    Constraint threatMoved(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(PlannedThreat.class)
                .filter(PlannedThreat::isMoved)
                .penalizeLong(ScoreLevel.BALANCE_AND_MOVES.unit(), PlannedThreat::moveCostMicros)
                .justifyWith((threat, score) -> new ThreatJustification(ThreatJustification.Reason.MOVED,
                        threat.getId(), threat.originalOfficerId(), threat.getEligibleOfficers().size()))
                .asConstraint(THREAT_MOVED);
    }

    /**
     * Placed micro-points per officer who was given at least one threat. The same function instances on every
     * call let the constraint streams share one grouping node among the three constraints that use it.
     */
    private static BiConstraintStream<PlannedOfficer, Long> placedLoadByOfficer(ConstraintFactory factory) {
        return factory.forEach(PlannedThreat.class).groupBy(OFFICER_OF, sumLong(POINTS_OF));
    }

    /** Officers the solver gave no threat: their fixed load is their whole load. */
    private static UniConstraintStream<PlannedOfficer> idleOfficers(ConstraintFactory factory) {
        return factory.forEach(PlannedOfficer.class).ifNotExists(PlannedThreat.class, equal(ITSELF, OFFICER_OF));
    }

    private static final Function<PlannedOfficer, PlannedOfficer> ITSELF = Function.identity();
    private static final Function<PlannedThreat, PlannedOfficer> OFFICER_OF = PlannedThreat::getOfficer;
    private static final ToLongFunction<PlannedThreat> POINTS_OF = PlannedThreat::pointsMicros;

    private static double totalLoad(PlannedOfficer officer, long placedMicros) {
        return ScoreScale.points(officer.fixedLoadMicros() + placedMicros);
    }

    private static OfficerLoadJustification loadOf(PlannedOfficer officer, long placedMicros) {
        return new OfficerLoadJustification(officer.getId(), totalLoad(officer, placedMicros), officer.capacity());
    }

}
