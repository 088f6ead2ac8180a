package uk.police.soc.caseload.ui;

import java.time.LocalDate;
import uk.police.soc.caseload.domain.PlanHealth;
import uk.police.soc.caseload.domain.Threat;

/**
 * One threat as the tables show it, with the derived values already worked out (off the FX thread).
 *
 * @param officerName the LRO's name, or empty when unallocated
 * @param coverable some officer may lead it (only meaningful for active threats)
 * @param leadAccredited its LRO is an accredited LRO (false when unallocated)
 * @param leadEligible its LRO meets every rule for it (false when unallocated)
 * @param coverageDepth how many officers may lead it (0 for an archived threat)
 * @param soleCoverName the name of the one officer who may lead it, when only one may; empty otherwise
 * @param categoryName the category's name (its code when it has none), for people to read
 * @param planHealth the health of its 4P plan on the planning date (null for an archived threat)
 * @param leadUnmetRules the rules its LRO fails, in the rules' order (empty when unallocated or eligible)
 */
public record ThreatRow(
        Threat threat,
        double points,
        String officerName,
        boolean coverable,
        boolean leadAccredited,
        boolean leadEligible,
        ReviewState review,
        int coverageDepth,
        String soleCoverName,
        String categoryName,
        PlanHealth planHealth,
        java.util.Set<uk.police.soc.caseload.domain.EligibilityRule> leadUnmetRules) {

    /** Without the rules its LRO fails (none, or not worked out). */
    public ThreatRow(Threat threat, double points, String officerName, boolean coverable, boolean leadAccredited,
            boolean leadEligible, ReviewState review, int coverageDepth, String soleCoverName, String categoryName,
            PlanHealth planHealth) {
        this(threat, points, officerName, coverable, leadAccredited, leadEligible, review, coverageDepth,
                soleCoverName, categoryName, planHealth, java.util.Set.of());
    }

    /** An active threat whose 4P plan misses a strand, has an overdue action or an overdue review. */
    public boolean planNeedsAttention() {
        return planHealth != null && !planHealth.healthy();
    }

    /** The register's plan column: "Healthy", or what is wrong, shortest first. */
    public String planText() {
        if (planHealth == null) {
            return "";
        }
        if (planHealth.healthy()) {
            return "Healthy";
        }
        java.util.List<String> wrong = new java.util.ArrayList<>();
        if (!planHealth.missingStrands().isEmpty()) {
            wrong.add(planHealth.missingStrands().size() == 4 ? "no plan"
                    : "missing " + planHealth.missingStrands().stream()
                            .map(uk.police.soc.caseload.report.words.Words::strand)
                            .collect(java.util.stream.Collectors.joining(", ")));
        }
        if (!planHealth.overdueActions().isEmpty()) {
            wrong.add(planHealth.overdueActions().size() + " overdue");
        }
        if (planHealth.reviewOverdue()) {
            wrong.add("review overdue");
        }
        return String.join("; ", wrong);
    }

    /** Where the threat's next 4P review stands on the planning date. */
    public enum ReviewState {
        NONE(""), ON_TIME("On time"), DUE_SOON("Due within 28 days"), OVERDUE("Overdue");

        private final String label;

        ReviewState(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Days ahead that count as a review "due soon". */
    public static final int REVIEW_DUE_SOON_DAYS = 28;

    public static ReviewState reviewState(Threat threat, LocalDate asOf) {
        LocalDate due = threat.nextReviewDue();
        if (due == null || !threat.isActive()) {
            return ReviewState.NONE;
        }
        if (due.isBefore(asOf)) {
            return ReviewState.OVERDUE;
        }
        if (!due.isAfter(asOf.plusDays(REVIEW_DUE_SOON_DAYS))) {
            return ReviewState.DUE_SOON;
        }
        return ReviewState.ON_TIME;
    }

    public String id() {
        return threat.id();
    }

    public boolean active() {
        return threat.isActive();
    }

    public boolean unallocated() {
        return active() && coverable && threat.officerId() == null;
    }

    public boolean uncoverable() {
        return active() && !coverable;
    }

    /** A single point of failure: only one officer may lead it, so their absence leaves it with no one. */
    public boolean singleCover() {
        return active() && coverageDepth == 1;
    }

    /** Who may lead it, in words: "only DI Priya Hughes", "3 officers", "no one". */
    public String coverageText() {
        if (!active()) {
            return "";
        }
        if (coverageDepth == 0) {
            return "no one";
        }
        return coverageDepth == 1 ? "⚑ only " + soleCoverName : coverageDepth + " officers";
    }

    public boolean ledWithoutAccreditation() {
        return active() && threat.officerId() != null && !leadAccredited;
    }

    /** The colour of {@link #statusText()}: red for no LRO, amber for one who fails a rule, none otherwise. */
    public String statusStyleClass() {
        if (!active()) {
            return null;
        }
        if (uncoverable() || threat.officerId() == null) {
            return "status-red";
        }
        return leadEligible ? "status-ok" : "status-amber";
    }

    /** A short status the table shows, with a symbol and words so colour is never the only signal. */
    public String statusText() {
        if (!active()) {
            return "Archived";
        }
        StringBuilder text = new StringBuilder();
        if (uncoverable()) {
            text.append("✖ Uncoverable");
        } else if (threat.officerId() == null) {
            text.append("✖ Unallocated");
        } else if (!leadEligible) {
            text.append(leadUnmetRules.isEmpty() ? "⚠ LRO fails a rule" : "⚠ LRO: " + leadUnmetRules.stream()
                    .sorted().map(uk.police.soc.caseload.domain.EligibilityRule::label)
                    .collect(java.util.stream.Collectors.joining(", ")));
        } else {
            text.append("✓ Allocated");
        }
        if (threat.pinned()) {
            text.append(" · pinned");
        }
        return text.toString();
    }

    /** Lower-case text every field of the row contains, for the search box. */
    public String searchText() {
        return String.join(" ", threat.id(), nullToEmpty(threat.name()), nullToEmpty(threat.category()), nullToEmpty(categoryName),
                nullToEmpty(threat.band()), nullToEmpty(threat.officerId()), officerName, nullToEmpty(threat.area()))
                .toLowerCase();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
