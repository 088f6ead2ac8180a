package uk.police.soc.caseload.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A save or an accepted plan refused because a record it would overwrite changed at another desk since this
 * desk read it. Nothing was written; the user's edit is theirs to reapply (exit 1 on the command line).
 */
public class StaleRecordException extends RuntimeException {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    /**
     * One record that changed meanwhile.
     *
     * @param path      the record as problems name it, e.g. {@code threats[SOC-1]}
     * @param record    the record in words, e.g. {@code threat SOC-1 "Op Hazel"}
     * @param changedBy who saved it last (null when the store does not know, or it was deleted)
     * @param changedAt when (null likewise)
     * @param deleted   it is no longer stored at all
     * @param created   it was not stored when this desk read it, and is now
     */
    public record Conflict(String path, String record, String changedBy, Instant changedAt, boolean deleted,
            boolean created) {

        /** What happened, as a sentence a user can act on. */
        public String describe() {
            String what = deleted ? record + " was deleted at another desk"
                    : (created ? record + " was created at another desk" : record + " was changed at another desk");
            if (changedBy != null) {
                what += " by " + changedBy;
            }
            if (changedAt != null) {
                what += " at " + WHEN.format(changedAt);
            }
            return what + " since you read it";
        }

        @Override
        public String toString() {
            return path + ": " + describe();
        }
    }

    private final transient List<Conflict> conflicts;

    public StaleRecordException(List<Conflict> conflicts) {
        super(conflicts.stream().map(Conflict::toString).collect(Collectors.joining("; ")) + "; nothing was saved");
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }
}
