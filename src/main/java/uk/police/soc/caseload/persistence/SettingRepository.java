package uk.police.soc.caseload.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Store-wide settings by name (e.g. whether the app keeps rolling backups). Names are constants of the caller. */
public final class SettingRepository {

    private final Connection connection;

    SettingRepository(Connection connection) {
        this.connection = connection;
    }

    public Optional<String> find(String name) throws SQLException {
        return Jdbc.query(connection, "SELECT setting_value FROM store_setting WHERE name = ?",
                row -> row.getString(1), name).stream().findFirst();
    }

    public void save(String name, String value) throws SQLException {
        if (Jdbc.update(connection, "UPDATE store_setting SET setting_value = ?, version = version + 1 WHERE name = ?",
                value, name) == 0) {
            Jdbc.update(connection, "INSERT INTO store_setting (name, setting_value) VALUES (?, ?)", name, value);
        }
    }

    List<String> names() throws SQLException {
        return Jdbc.query(connection, "SELECT name FROM store_setting ORDER BY name", row -> row.getString(1));
    }
}
