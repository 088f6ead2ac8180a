package uk.police.soc.caseload.ui;

import java.util.function.Predicate;

/** The ready-made views of the threat register that the dashboard's tiles open. */
public enum ThreatFilter {
    ALL_ACTIVE("Active threats", ThreatRow::active),
    ALL("All threats, archived too", row -> true),
    UNALLOCATED("Unallocated", ThreatRow::unallocated),
    UNCOVERABLE("Uncoverable", ThreatRow::uncoverable),
    LED_WITHOUT_ACCREDITATION("Led without valid accreditation", ThreatRow::ledWithoutAccreditation),
    SINGLE_COVER("Only one officer may lead", ThreatRow::singleCover),
    LRO_FAILS_RULES("LRO fails a rule", row -> row.active() && row.threat().officerId() != null && !row.leadEligible()),
    REVIEW_OVERDUE("4P review overdue", row -> row.review() == ThreatRow.ReviewState.OVERDUE),
    REVIEW_DUE_SOON("4P review due within 28 days", row -> row.review() == ThreatRow.ReviewState.DUE_SOON),
    PLAN_NEEDS_ATTENTION("4P plan needs attention", ThreatRow::planNeedsAttention),
    ARCHIVED("Archived", row -> !row.active());

    private final String label;
    private final Predicate<ThreatRow> test;

    ThreatFilter(String label, Predicate<ThreatRow> test) {
        this.label = label;
        this.test = test;
    }

    public boolean test(ThreatRow row) {
        return test.test(row);
    }

    @Override
    public String toString() {
        return label;
    }
}
