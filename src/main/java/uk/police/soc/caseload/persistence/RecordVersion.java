package uk.police.soc.caseload.persistence;

import java.time.Instant;

/**
 * A stored record's version: moved by every save; with who saved it and when (null for records stored before
 * versions were kept).
 */
public record RecordVersion(long number, String changedBy, Instant changedAt) {
}
