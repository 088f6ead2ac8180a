package uk.police.soc.caseload.domain.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The hash chain that makes the audit trail tamper-evident: each entry's hash is SHA-256 over the previous
 * entry's hash and this entry's fields, so editing, deleting or reordering an entry in the file breaks the
 * chain from there on. Fields are length-prefixed so that no two different entries hash the same text.
 */
public final class AuditChain {

    /** The "previous hash" of entry 1. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String previousHash, AuditEntry entry) {
        StringBuilder text = new StringBuilder(previousHash).append('\n');
        for (Object field : new Object[] {entry.seq(), entry.atText(), entry.user(), entry.action(), entry.category(),
                entry.records(), entry.detail(), entry.justification(), entry.recipient(), entry.outcome()}) {
            if (field == null) {
                text.append("-\n");
            } else {
                String value = field.toString();
                text.append(value.length()).append(':').append(value).append('\n');
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The result of checking a whole trail. */
    public record Verification(long entries, Optional<Long> firstBadSeq, String problem, String lastHash) {

        public boolean holds() {
            return firstBadSeq.isEmpty();
        }
    }

    /** Walks the trail oldest first and names the first entry whose place or hash does not match. */
    public static Verification verify(Iterable<AuditEntry> trail) {
        String previous = GENESIS;
        long expectedSeq = 1;
        long count = 0;
        for (AuditEntry entry : trail) {
            count++;
            if (entry.seq() != expectedSeq) {
                long bad = Math.min(entry.seq(), expectedSeq);
                return new Verification(count, Optional.of(bad), entry.seq() > expectedSeq
                        ? "entry " + expectedSeq + " is missing (the next entry is " + entry.seq() + ")"
                        : "entry " + entry.seq() + " is out of order", previous);
            }
            if (entry.hash() == null || !entry.hash().equals(hash(previous, entry))) {
                return new Verification(count, Optional.of(entry.seq()),
                        "entry " + entry.seq() + " does not match its hash: it was changed, or an entry before it"
                                + " was removed or reordered", previous);
            }
            previous = entry.hash();
            expectedSeq++;
        }
        return new Verification(count, Optional.empty(), null, previous);
    }
}
