package uk.police.soc.caseload.domain.access;

import java.util.Arrays;
import java.util.Locale;

/**
 * The kinds of processing that the Data Protection Act 2018 s.62 requires a log of, plus {@code access} for
 * sign-in, sign-out, locking and refusals. One per audit entry.
 */
public enum AuditCategory {
    COLLECTION, ALTERATION, CONSULTATION, DISCLOSURE, COMBINATION, ERASURE, ACCESS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AuditCategory fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code().equals(code.strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown category \"" + code + "\""));
    }
}
