package uk.police.soc.caseload.report.training;

/**
 * The state of one officer's training in one course on the planning date, as the training matrix shows it.
 * Each state has a word and a symbol as well as a colour, so that it reads without colour vision and in print.
 */
public enum TrainingStatus {
    VALID("Valid", "✔"),
    EXPIRING("Expiring", "⚠"),
    EXPIRED("Expired", "✖"),
    NEVER_TAKEN("Never taken", "–");

    private final String label;
    private final String symbol;

    TrainingStatus(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    public String label() {
        return label;
    }

    public String symbol() {
        return symbol;
    }

    /** The name used in CSV exports and style classes, e.g. {@code neverTaken}. */
    public String code() {
        return this == NEVER_TAKEN ? "neverTaken" : name().toLowerCase(java.util.Locale.ROOT);
    }
}
