package uk.police.soc.caseload.domain.access;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * One line of the audit trail (access.md "The audit trail"). Entries are only ever added, never changed.
 *
 * @param records a JSON array of the ids concerned, or a JSON object of counts for a bulk operation
 * @param hash SHA-256 (hex) over the previous entry's hash and this entry's fields: see {@link AuditChain}
 */
public record AuditEntry(long seq, Instant at, String user, String action, String category, String records,
        String detail, String justification, String recipient, String outcome, String hash) {

    /** ISO 8601 with milliseconds and {@code Z}, as the trail shows and hashes instants. */
    public static final DateTimeFormatter AT_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    public AuditEntry {
        at = at.truncatedTo(ChronoUnit.MILLIS);
    }

    public String atText() {
        return AT_FORMAT.format(at);
    }

    /** This entry with its place in the chain. */
    public AuditEntry chainedAfter(long previousSeq, String previousHash) {
        AuditEntry placed = new AuditEntry(previousSeq + 1, at, user, action, category, records, detail,
                justification, recipient, outcome, null);
        return new AuditEntry(placed.seq, at, user, action, category, records, detail, justification, recipient,
                outcome, AuditChain.hash(previousHash, placed));
    }
}
