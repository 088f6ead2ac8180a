package uk.police.soc.caseload.ui;

import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.Policy;

/** An officer's load against the policy's amber and red thresholds; the label carries it without colour. */
public enum LoadStatus {
    WITHIN("Within capacity", "✓", "status-ok"),
    OVER_CAPACITY("Over capacity", "▲", "status-amber"),
    OVERLOADED("Overloaded", "■", "status-red");

    private final String label;
    private final String symbol;
    private final String styleClass;

    LoadStatus(String label, String symbol, String styleClass) {
        this.label = label;
        this.symbol = symbol;
        this.styleClass = styleClass;
    }

    public static LoadStatus of(double loadPercent, Policy policy) {
        if (CaseloadAssessment.exceeds(loadPercent, policy.redLoadPercent())) {
            return OVERLOADED;
        }
        if (CaseloadAssessment.exceeds(loadPercent, policy.amberLoadPercent())) {
            return OVER_CAPACITY;
        }
        return WITHIN;
    }

    public String label() {
        return label;
    }

    /** Symbol and words, so the status reads the same to someone who cannot tell amber from red. */
    public String text() {
        return symbol + " " + label;
    }

    public String symbol() {
        return symbol;
    }

    public String styleClass() {
        return styleClass;
    }
}
