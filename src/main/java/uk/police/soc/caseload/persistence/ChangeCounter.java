package uk.police.soc.caseload.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The store's one-row change counter (table {@code store_change}): every write moves it in its own
 * transaction. Updating the row is also the store's write lock: a second writer waits on the row until the
 * first commits, on H2 and PostgreSQL alike, with no dialect of its own.
 */
final class ChangeCounter {

    private ChangeCounter() {
    }

    static long lockAndAdvance(Connection connection) throws SQLException {
        Jdbc.update(connection, "UPDATE store_change SET change_count = change_count + 1 WHERE id = 1");
        return current(connection);
    }

    static long current(Connection connection) throws SQLException {
        return Jdbc.query(connection, "SELECT change_count FROM store_change WHERE id = 1", row -> row.getLong(1))
                .stream().findFirst().orElseThrow(() -> new SQLException("the store has no change counter"));
    }
}
