package uk.police.soc.caseload.domain.access;

import java.util.Arrays;
import java.util.Locale;

/**
 * The kinds of processing that the Data Protection Act 2018 s.62 requires a log of, plus {@code access} for
 * sign-in, sign-out, locking and refusals. One per audit entry.
 */
public enum AuditCategory {
    COLLECTION("Collection", "new data taken in"),
    ALTERATION("Alteration", "a change"),
    CONSULTATION("Consultation", "data read"),
    DISCLOSURE("Disclosure", "data leaving the planner"),
    COMBINATION("Combination", "data combined by the planner"),
    ERASURE("Erasure", "data removed"),
    ACCESS("Access", "sign-in, sign-out, locks and refusals");

    private final String label;
    private final String meaning;

    AuditCategory(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /** The s.62 word people read, e.g. "Disclosure". */
    public String label() {
        return label;
    }

    /** What the category covers, in a few words, e.g. "data leaving the planner". */
    public String meaning() {
        return meaning;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AuditCategory fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code().equals(code.strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown category \"" + code + "\""));
    }
}
