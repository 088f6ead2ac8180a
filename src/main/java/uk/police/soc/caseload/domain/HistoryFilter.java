package uk.police.soc.caseload.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Which allocation changes a question is about: one threat, or one officer (as the officer it came from or
 * went to), between two calendar days (inclusive, in the force's time zone). Null parts do not filter.
 */
public record HistoryFilter(String threatId, String officerId, LocalDate from, LocalDate to, ZoneId zone) {

    public HistoryFilter {
        Objects.requireNonNull(zone, "zone");
    }

    public boolean matches(AllocationChange change) {
        LocalDate day = LocalDate.ofInstant(change.at(), zone);
        return (threatId == null || threatId.equals(change.threatId()))
                && (officerId == null || officerId.equals(change.fromOfficerId())
                        || officerId.equals(change.toOfficerId()))
                && (from == null || !day.isBefore(from))
                && (to == null || !day.isAfter(to));
    }

    /** The changes that match, in their order (oldest first as the store keeps them). */
    public List<AllocationChange> apply(List<AllocationChange> changes) {
        return changes.stream().filter(this::matches).toList();
    }
}
