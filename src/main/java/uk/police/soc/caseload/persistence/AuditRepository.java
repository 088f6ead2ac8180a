package uk.police.soc.caseload.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import uk.police.soc.caseload.domain.access.AuditChain;
import uk.police.soc.caseload.domain.access.AuditEntry;

/**
 * The audit trail: only ever appended to, in the transaction of the change it records. There is no update or
 * delete here on purpose.
 */
public final class AuditRepository {

    private static final String COLUMNS = "seq, at_utc, user_name, action, category, records, detail, justification,"
            + " recipient, outcome, hash";

    private final Connection connection;

    AuditRepository(Connection connection) {
        this.connection = connection;
    }

    /**
     * Adds {@code entry} after the last one, giving it the next seq and its chained hash. Two desks appending at
     * once both compute the same seq: the primary key refuses the second, whose whole transaction then fails.
     */
    public AuditEntry append(AuditEntry entry) throws SQLException {
        List<AuditEntry> last = Jdbc.query(connection, "SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq DESC"
                + " FETCH FIRST 1 ROWS ONLY", AuditRepository::map);
        AuditEntry placed = last.isEmpty() ? entry.chainedAfter(0, AuditChain.GENESIS)
                : entry.chainedAfter(last.get(0).seq(), last.get(0).hash());
        Jdbc.update(connection, "INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                placed.seq(), placed.atText(), placed.user(), placed.action(), placed.category(), placed.records(),
                placed.detail(), placed.justification(), placed.recipient(), placed.outcome(), placed.hash());
        return placed;
    }

    /** Every entry, oldest first. */
    public List<AuditEntry> findAll() throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        forEach(entries::add);
        return entries;
    }

    /** Streams every entry oldest first, without holding the whole trail in memory. */
    public void forEach(Consumer<AuditEntry> consumer) throws SQLException {
        Jdbc.query(connection, "SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq", row -> {
            consumer.accept(map(row));
            return null;
        });
    }

    public long count() throws SQLException {
        return Jdbc.query(connection, "SELECT COUNT(*) FROM audit_entry", row -> row.getLong(1)).get(0);
    }

    private static AuditEntry map(ResultSet row) throws SQLException {
        return new AuditEntry(row.getLong("seq"), Instant.parse(row.getString("at_utc")), row.getString("user_name"),
                row.getString("action"), row.getString("category"), row.getString("records"),
                row.getString("detail"), row.getString("justification"), row.getString("recipient"),
                row.getString("outcome"), row.getString("hash"));
    }
}
