package uk.police.soc.caseload.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every value the allocation policy derives from a caseload on its planning date ({@code asOf}): training
 * validity, accreditation, mentoring, absence, capacity, points, load, eligibility and the plan figures.
 *
 * <p>This is the one place those rules live; the solver, the reports, the command line and the desktop app
 * all ask it. Per-officer facts are computed once on construction, so the questions are cheap enough to ask
 * for every officer–threat pair of a national-sized caseload.
 */
public final class CaseloadAssessment {

    /** Threshold comparisons allow this much floating-point error (so 19.999999999999996 counts as 20). */
    public static final double EPSILON = 1e-6;

    private final Caseload caseload;
    private final Policy policy;
    private final LocalDate asOf;
    private final Map<String, Officer> officersById = new LinkedHashMap<>();
    private final Map<String, Course> coursesByCode;
    private final Set<String> accredited = new java.util.HashSet<>();
    private final Map<String, Double> capacityById = new HashMap<>();
    private final Set<String> longAbsent = new java.util.HashSet<>();

    public CaseloadAssessment(Caseload caseload) {
        this.caseload = caseload;
        this.policy = caseload.policy();
        this.asOf = caseload.asOf();
        this.coursesByCode = caseload.coursesByCode();
        caseload.officers().forEach(o -> officersById.put(o.id(), o));
        for (TrainingRecord record : caseload.trainingRecords()) {
            Course course = coursesByCode.get(record.courseCode());
            Officer officer = officersById.get(record.officerId());
            if (course != null && officer != null && officer.active() && course.accreditsLro() && isValid(record)) {
                accredited.add(officer.id());
            }
        }
        for (Officer officer : caseload.officers()) {
            boolean absent = officer.absences().stream()
                    .anyMatch(a -> a.covers(asOf) && a.days() >= policy.longAbsenceDays());
            if (absent) {
                longAbsent.add(officer.id());
            }
            capacityById.put(officer.id(), computeCapacity(officer, absent));
        }
    }

    public Caseload caseload() {
        return caseload;
    }

    public Policy policy() {
        return policy;
    }

    public LocalDate asOf() {
        return asOf;
    }

    // ---- training -------------------------------------------------------------------------------------

    /**
     * The first day the record is no longer valid: its own {@code expiresOn}, else completion plus the
     * course's validity in calendar months (clamped to the month's end); {@code null} when it never expires.
     */
    public static LocalDate expiry(TrainingRecord record, Course course) {
        if (record.expiresOn() != null) {
            return record.expiresOn();
        }
        if (course == null || course.validMonths() == null) {
            return null;
        }
        return record.completedOn().plusMonths(course.validMonths());
    }

    public LocalDate expiry(TrainingRecord record) {
        return expiry(record, coursesByCode.get(record.courseCode()));
    }

    /** Completed on or before the planning date and not yet expired on it. */
    public boolean isValid(TrainingRecord record) {
        LocalDate expiry = expiry(record);
        return !record.completedOn().isAfter(asOf) && (expiry == null || asOf.isBefore(expiry));
    }

    /** Active and holding a valid record of a course that accredits LROs. */
    public boolean isAccredited(String officerId) {
        return accredited.contains(officerId);
    }

    /** Active, not accredited, and mentored by an accredited LRO. */
    public boolean isMentoredTrainee(String officerId) {
        Officer officer = officersById.get(officerId);
        return officer != null && officer.active() && !isAccredited(officerId)
                && officer.mentorId() != null && isAccredited(officer.mentorId());
    }

    // ---- availability and capacity ---------------------------------------------------------------------

    /** An absence covering the planning date lasts at least the policy's long-absence days. */
    public boolean isLongAbsent(String officerId) {
        return longAbsent.contains(officerId);
    }

    /** Capacity in points on the planning date: 0 for inactive or long-absent officers. */
    public double capacity(String officerId) {
        Double capacity = capacityById.get(officerId);
        return capacity == null ? 0 : capacity;
    }

    private double computeCapacity(Officer officer, boolean isLongAbsent) {
        if (!officer.active() || isLongAbsent) {
            return 0;
        }
        double hours = officer.weeklyHours() == null ? policy.standardWeeklyHours() : officer.weeklyHours();
        double reducedPercent = officer.reductions().stream()
                .filter(r -> r.activeOn(asOf))
                .mapToDouble(Reduction::percent)
                .sum();
        return policy.nominalCapacityPoints() * (hours / policy.standardWeeklyHours())
                * Math.max(0, 1 - reducedPercent / 100);
    }

    // ---- threats ---------------------------------------------------------------------------------------

    /** The threat's own workload points, else the policy's points for its priority. */
    public double points(Threat threat) {
        return threat.workloadPoints() != null ? threat.workloadPoints() : policy.pointsFor(threat.priority());
    }

    public int minSkillLevel(Threat threat) {
        return threat.minSkillLevel() != null ? threat.minSkillLevel() : policy.minSkillLevelFor(threat.priority());
    }

    public int minPipLevel(Threat threat) {
        return threat.minPipLevel() != null ? threat.minPipLevel() : policy.minPipLevelFor(threat.category());
    }

    /** The weight of leaving a coverable threat unallocated: points × (5 − priority). */
    public double unallocatedWeight(Threat threat) {
        return points(threat) * (5 - threat.priority());
    }

    // ---- eligibility -----------------------------------------------------------------------------------

    /** The rules {@code officer} fails for {@code threat}; empty when eligible. */
    public EnumSet<EligibilityRule> unmetRules(Officer officer, Threat threat) {
        EnumSet<EligibilityRule> unmet = EnumSet.noneOf(EligibilityRule.class);
        boolean absent = isLongAbsent(officer.id());
        if (!officer.active()) {
            unmet.add(EligibilityRule.INACTIVE);
        }
        if (absent) {
            unmet.add(EligibilityRule.LONG_ABSENT);
        }
        if (officer.active() && !absent && capacity(officer.id()) == 0) {
            unmet.add(EligibilityRule.NO_CAPACITY);
        }
        boolean traineeAllowed = isMentoredTrainee(officer.id()) && policy.traineeMayLead(threat.priority());
        if (!isAccredited(officer.id()) && !traineeAllowed) {
            unmet.add(EligibilityRule.NOT_ACCREDITED);
        }
        if (officer.skillIn(threat.category()) < minSkillLevel(threat)) {
            unmet.add(EligibilityRule.SKILL);
        }
        if (officer.pipLevel() < minPipLevel(threat)) {
            unmet.add(EligibilityRule.PIP_LEVEL);
        }
        if (threat.excludedOfficerIds().contains(officer.id())) {
            unmet.add(EligibilityRule.EXCLUDED);
        }
        return unmet;
    }

    public boolean isEligible(Officer officer, Threat threat) {
        return unmetRules(officer, threat).isEmpty();
    }

    public boolean isEligible(String officerId, Threat threat) {
        Officer officer = officersById.get(officerId);
        return officer != null && isEligible(officer, threat);
    }

    /** The officers eligible for the threat, in dataset order. */
    public List<Officer> eligibleOfficers(Threat threat) {
        List<Officer> eligible = new ArrayList<>();
        for (Officer officer : caseload.officers()) {
            if (isEligible(officer, threat)) {
                eligible.add(officer);
            }
        }
        return eligible;
    }

    /** Active, with at least one eligible officer. */
    public boolean isCoverable(Threat threat) {
        if (!threat.isActive()) {
            return false;
        }
        for (Officer officer : caseload.officers()) {
            if (isEligible(officer, threat)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The officers with the fewest unmet rules for an uncoverable threat, all tied, in dataset order, each with
     * the rules they fail.
     */
    public Map<Officer, EnumSet<EligibilityRule>> nearestOfficers(Threat threat) {
        Map<Officer, EnumSet<EligibilityRule>> nearest = new LinkedHashMap<>();
        int fewest = Integer.MAX_VALUE;
        for (Officer officer : caseload.officers()) {
            EnumSet<EligibilityRule> unmet = unmetRules(officer, threat);
            if (unmet.size() < fewest) {
                nearest.clear();
                fewest = unmet.size();
            }
            if (unmet.size() == fewest) {
                nearest.put(officer, unmet);
            }
        }
        return nearest;
    }

    // ---- load ------------------------------------------------------------------------------------------

    /** The caseload's own allocation. */
    public Allocation currentAllocation() {
        return caseload.allocation();
    }

    /** Load in points per officer (every officer, 0 when they lead nothing) as the caseload stands. */
    public Map<String, Double> loads() {
        return loads(currentAllocation());
    }

    /** Load in points per officer (every officer, 0 when they lead nothing) under {@code allocation}; only active threats count. */
    public Map<String, Double> loads(Allocation allocation) {
        Map<String, Double> loads = new LinkedHashMap<>();
        officersById.keySet().forEach(id -> loads.put(id, 0.0));
        for (Threat threat : caseload.threats()) {
            String officerId = allocation.leadOf(threat.id());
            if (threat.isActive() && officerId != null) {
                loads.merge(officerId, points(threat), Double::sum);
            }
        }
        return loads;
    }

    /** 100 × load / capacity: 0 when both are 0, +∞ when only capacity is. */
    public static double loadPercent(double load, double capacity) {
        if (capacity == 0) {
            return load == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return 100 * load / capacity;
    }

    public static boolean exceeds(double value, double threshold) {
        return value > threshold + EPSILON;
    }

    // ---- plan figures ----------------------------------------------------------------------------------

    /** The plan figures of the caseload's own allocation (no moves). */
    public PlanFigures figures() {
        Allocation current = currentAllocation();
        return figures(current, current);
    }

    /**
     * The plan figures of {@code allocation}, counting moves against {@code reference}, the allocation the
     * planner was given.
     */
    public PlanFigures figures(Allocation allocation, Allocation reference) {
        double totalPoints = 0;
        int hardViolations = 0;
        int moves = 0;
        double unallocatedWeight = 0;
        List<String> uncoverable = new ArrayList<>();
        List<String> unallocated = new ArrayList<>();
        Set<String> eligibleForSome = new java.util.HashSet<>();
        for (Threat threat : caseload.threats()) {
            if (!threat.isActive()) {
                continue;
            }
            totalPoints += points(threat);
            String officerId = allocation.leadOf(threat.id());
            boolean coverable = false;
            for (Officer officer : caseload.officers()) {
                if (isEligible(officer, threat)) {
                    coverable = true;
                    eligibleForSome.add(officer.id());
                }
            }
            if (!coverable) {
                uncoverable.add(threat.id());
            } else if (officerId == null) {
                unallocated.add(threat.id());
                unallocatedWeight += unallocatedWeight(threat);
            } else if (!threat.pinned() && !isEligible(officerId, threat)) {
                hardViolations++;
            }
            String before = reference.leadOf(threat.id());
            if (!threat.pinned() && before != null && !before.equals(officerId)) {
                moves++;
            }
        }

        Map<String, Double> loads = loads(allocation);
        List<OfficerLoad> officerLoads = new ArrayList<>();
        double overload = 0;
        double peak = 0;
        double balance = 0;
        int overCapacity = 0;
        int overloaded = 0;
        double eligibleCapacity = 0;
        for (Officer officer : caseload.officers()) {
            double capacity = capacity(officer.id());
            double load = loads.get(officer.id());
            double percent = loadPercent(load, capacity);
            officerLoads.add(new OfficerLoad(officer.id(), capacity, load, percent));
            overload += Objective.overload(load, capacity);
            peak = Math.max(peak, percent);
            balance += Objective.balance(load, capacity);
            if (exceeds(percent, policy.amberLoadPercent())) {
                overCapacity++;
            }
            if (exceeds(percent, policy.redLoadPercent())) {
                overloaded++;
            }
            if (eligibleForSome.contains(officer.id())) {
                eligibleCapacity += capacity;
            }
        }
        long shortfall = (long) Math.ceil(
                Math.max(0, totalPoints - eligibleCapacity) / policy.nominalCapacityPoints() - EPSILON);
        return new PlanFigures(totalPoints, hardViolations, uncoverable, unallocated, overload, peak, balance, moves,
                overCapacity, overloaded, Math.max(0, shortfall), unallocatedWeight, officerLoads);
    }
}
