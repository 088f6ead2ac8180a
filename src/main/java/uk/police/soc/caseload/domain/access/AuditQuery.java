package uk.police.soc.caseload.domain.access;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Which audit entries to show: each part null for any. Dates are UTC days, both ends inclusive.
 *
 * @param record an id that the entry's {@code records} list holds
 */
public record AuditQuery(LocalDate from, LocalDate to, String user, String record, AuditCategory category) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);

    /** Everything but the record, which needs the records list read (see the service). */
    public boolean matchesIgnoringRecord(AuditEntry entry) {
        LocalDate day = entry.at().atOffset(ZoneOffset.UTC).toLocalDate();
        return (from == null || !day.isBefore(from))
                && (to == null || !day.isAfter(to))
                && (user == null || user.equals(entry.user()))
                && (category == null || category.code().equals(entry.category()));
    }

    /** In words, for the entry that records the query, e.g. "user alice, from 2026-12-01". */
    public String describe() {
        StringBuilder text = new StringBuilder();
        append(text, "from", from);
        append(text, "to", to);
        append(text, "user", user);
        append(text, "record", record);
        append(text, "category", category == null ? null : category.code());
        return text.length() == 0 ? "all entries" : text.toString();
    }

    private static void append(StringBuilder text, String name, Object value) {
        if (value != null) {
            text.append(text.length() == 0 ? "" : ", ").append(name).append(' ').append(value);
        }
    }
}
