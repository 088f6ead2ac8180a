package uk.police.soc.caseload.domain.access;

import java.util.Locale;

/** How an audited operation ended. */
public enum AuditOutcome {
    DONE, REFUSED, FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
