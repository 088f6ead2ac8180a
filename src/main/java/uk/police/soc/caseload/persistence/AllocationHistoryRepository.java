package uk.police.soc.caseload.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import uk.police.soc.caseload.domain.AllocationChange;
import uk.police.soc.caseload.domain.AllocationReason;

/** The allocation history: appended to in the transaction of each change of a threat's LRO, never edited. */
public final class AllocationHistoryRepository {

    private final Connection connection;

    AllocationHistoryRepository(Connection connection) {
        this.connection = connection;
    }

    public void append(AllocationChange change) throws SQLException {
        Jdbc.update(connection, "INSERT INTO allocation_change (changed_at, user_name, threat_id, from_officer_id,"
                + " to_officer_id, reason, rationale) VALUES (?, ?, ?, ?, ?, ?, ?)",
                OffsetDateTime.ofInstant(change.at(), ZoneOffset.UTC), change.user(), change.threatId(),
                change.fromOfficerId(), change.toOfficerId(), change.reason().name(), change.rationale());
    }

    /** Every change, oldest first. */
    public List<AllocationChange> findAll() throws SQLException {
        return Jdbc.query(connection, "SELECT * FROM allocation_change ORDER BY seq", row -> new AllocationChange(
                row.getObject("changed_at", OffsetDateTime.class).toInstant(), row.getString("user_name"),
                row.getString("threat_id"), row.getString("from_officer_id"), row.getString("to_officer_id"),
                AllocationReason.valueOf(row.getString("reason")), row.getString("rationale")));
    }
}
