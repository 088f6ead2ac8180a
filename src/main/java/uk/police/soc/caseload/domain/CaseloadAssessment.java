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
    /** Category code to, per minimum skill level 0 to 3, the officers who could lead a threat needing it. */
    private final Map<String, List<List<Officer>>> candidatesBySkill;

    private static final EligibilityRule[] RULES = EligibilityRule.values();
    /** The rules that depend on the officer alone: the candidate index judges them once per officer. */
    private static final EligibilityRule[] OFFICER_RULES = {EligibilityRule.INACTIVE, EligibilityRule.LONG_ABSENT,
        EligibilityRule.NO_CAPACITY};
    /** The rest, those most often failed and cheapest to check first (the order changes no answer). */
    private static final EligibilityRule[] THREAT_RULES_CHEAPEST_FIRST = {EligibilityRule.SKILL,
        EligibilityRule.PIP_LEVEL, EligibilityRule.EXCLUDED, EligibilityRule.NOT_ACCREDITED};
    private static final int MAX_SKILL_LEVEL = 3;

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
            boolean absent = longAbsentOnAsOf(officer);
            if (absent) {
                longAbsent.add(officer.id());
            }
            capacityById.put(officer.id(), computeCapacity(officer, absent));
        }
        candidatesBySkill = candidateIndex();
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

    /**
     * The capacity {@code officer} would have on the assessment's date under its policy: for a record being
     * edited (a new reduction, a mentoring pair) without assessing the whole caseload again.
     */
    public double capacityOf(Officer officer) {
        return computeCapacity(officer, longAbsentOnAsOf(officer));
    }

    private boolean longAbsentOnAsOf(Officer officer) {
        return officer.absences().stream().anyMatch(a -> a.covers(asOf) && a.days() >= policy.longAbsenceDays());
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
        for (EligibilityRule rule : RULES) {
            if (fails(rule, officer, threat)) {
                unmet.add(rule);
            }
        }
        return unmet;
    }

    public boolean isEligible(Officer officer, Threat threat) {
        for (EligibilityRule rule : OFFICER_RULES) {
            if (fails(rule, officer, threat)) {
                return false;
            }
        }
        return meetsThreatRules(officer, threat);
    }

    /** The rules that depend on the threat; an officer who also meets the officer rules is eligible. */
    private boolean meetsThreatRules(Officer officer, Threat threat) {
        for (EligibilityRule rule : THREAT_RULES_CHEAPEST_FIRST) {
            if (fails(rule, officer, threat)) {
                return false;
            }
        }
        return true;
    }

    /** Each rule of allocation.md's "Who may lead a threat", the one place it is written. */
    private boolean fails(EligibilityRule rule, Officer officer, Threat threat) {
        switch (rule) {
            case INACTIVE:
                return !officer.active();
            case LONG_ABSENT:
                return isLongAbsent(officer.id());
            case NO_CAPACITY:
                return officer.active() && !isLongAbsent(officer.id()) && capacity(officer.id()) == 0;
            case NOT_ACCREDITED:
                return !isAccredited(officer.id())
                        && !(isMentoredTrainee(officer.id()) && policy.traineeMayLead(threat.priority()));
            case SKILL:
                return officer.skillIn(threat.category()) < minSkillLevel(threat);
            case PIP_LEVEL:
                return officer.pipLevel() < minPipLevel(threat);
            case EXCLUDED:
                return threat.excludedOfficerIds().contains(officer.id());
            default:
                throw new IllegalStateException("no definition for rule " + rule);
        }
    }

    public boolean isEligible(String officerId, Threat threat) {
        Officer officer = officersById.get(officerId);
        return officer != null && isEligible(officer, threat);
    }

    /** The officers eligible for the threat, in dataset order. */
    public List<Officer> eligibleOfficers(Threat threat) {
        List<Officer> eligible = new ArrayList<>();
        for (Officer officer : candidates(threat)) {
            if (meetsThreatRules(officer, threat)) {
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
        for (Officer officer : candidates(threat)) {
            if (meetsThreatRules(officer, threat)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The officers who could be eligible for the threat, in dataset order: those who meet the officer rules
     * (active, not long-absent, with capacity), are accredited or mentored, and are skilled enough in its
     * category. Every other officer fails a rule whatever the threat's other fields; the threat rules still judge
     * each candidate, so this index only saves asking about the rest (at national size most of them). A category
     * the caseload does not list has no index: then every officer, and the officer rules too.
     */
    private List<Officer> candidates(Threat threat) {
        List<List<Officer>> byLevel = candidatesBySkill.get(threat.category());
        if (byLevel == null) {
            return caseload.officers().stream().filter(this::isAvailable).toList();
        }
        return byLevel.get(Math.max(0, Math.min(MAX_SKILL_LEVEL, minSkillLevel(threat))));
    }

    private boolean isAvailable(Officer officer) {
        for (EligibilityRule rule : OFFICER_RULES) {
            if (fails(rule, officer, null)) {
                return false;
            }
        }
        return true;
    }

    private Map<String, List<List<Officer>>> candidateIndex() {
        Map<String, List<List<Officer>>> index = new HashMap<>();
        List<Officer> mayLead = new ArrayList<>();
        for (Officer officer : caseload.officers()) {
            if (isAvailable(officer) && (isAccredited(officer.id()) || isMentoredTrainee(officer.id()))) {
                mayLead.add(officer);
            }
        }
        for (Category category : caseload.categories()) {
            List<List<Officer>> levels = new ArrayList<>();
            for (int level = 0; level <= MAX_SKILL_LEVEL; level++) {
                int minimum = level;
                levels.add(mayLead.stream().filter(o -> o.skillIn(category.code()) >= minimum).toList());
            }
            index.put(category.code(), levels);
        }
        return index;
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

    /**
     * Full-time LROs the force lacks to carry {@code totalPoints} at 100% when the officers eligible for at least
     * one active threat have {@code eligibleCapacity} between them.
     */
    public long lroShortfall(double totalPoints, double eligibleCapacity) {
        long shortfall = (long) Math.ceil(
                Math.max(0, totalPoints - eligibleCapacity) / policy.nominalCapacityPoints() - EPSILON);
        return Math.max(0, shortfall);
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
            for (Officer officer : candidates(threat)) {
                if (meetsThreatRules(officer, threat)) {
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
        return new PlanFigures(totalPoints, hardViolations, uncoverable, unallocated, overload, peak, balance, moves,
                overCapacity, overloaded, lroShortfall(totalPoints, eligibleCapacity), unallocatedWeight, officerLoads);
    }
}
