package uk.police.soc.caseload.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Who saves, and when: written on every record a write changes, beside its new version. */
public record ChangeStamp(String by, Instant at) {

    /** The operating-system user, as the audit trail names them in open mode. */
    public static String osUser() {
        return "os:" + System.getProperty("user.name", "unknown");
    }

    /** {@code by}, now (to the millisecond, as both stores keep it). */
    public static ChangeStamp now(String by) {
        return new ChangeStamp(by, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    OffsetDateTime atUtc() {
        return at.atOffset(ZoneOffset.UTC);
    }
}
