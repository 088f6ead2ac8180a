package uk.police.soc.caseload.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** The few JDBC moves the repositories share. Table and column names are constants, never input. */
final class Jdbc {

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private Jdbc() {
    }

    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        }
    }

    /**
     * Updates the row with the given key, or inserts it at the end of the table's order (its ordinal one past
     * the largest) when there is none: an updated record keeps its place.
     *
     * @return true when the row was added
     */
    static boolean upsert(Connection connection, ChangeStamp stamp, String table, List<String> keyColumns,
                          List<?> key, List<String> columns, List<?> values) throws SQLException {
        if (updateVersioned(connection, stamp, table, keyColumns, key, columns, values)) {
            return false;
        }
        List<String> insertColumns = new ArrayList<>(keyColumns);
        insertColumns.addAll(columns);
        insertColumns.addAll(STAMP_COLUMNS);
        insertColumns.add("ordinal");
        String placeholders = String.join(", ", Collections.nCopies(insertColumns.size() - 1, "?"));
        List<Object> insertParameters = new ArrayList<>(key);
        insertParameters.addAll(values);
        insertParameters.addAll(List.of(1L, stamp.by(), stamp.atUtc()));
        update(connection, "INSERT INTO " + table + " (" + String.join(", ", insertColumns) + ") VALUES ("
                + placeholders + ", (SELECT COALESCE(MAX(ordinal) + 1, 0) FROM " + table + "))",
                insertParameters.toArray());
        return true;
    }

    /** Every versioned table's version and stamp columns, in this order. */
    static final List<String> STAMP_COLUMNS = List.of("version", "changed_by", "changed_at");

    /**
     * Updates some columns of the row with the given key, moving its version on and stamping it; false when
     * there is no such row.
     */
    static boolean updateVersioned(Connection connection, ChangeStamp stamp, String table, List<String> keyColumns,
                                   List<?> key, List<String> columns, List<?> values) throws SQLException {
        String assignments = columns.stream().map(c -> c + " = ?").collect(Collectors.joining(", "));
        String keyMatch = keyColumns.stream().map(c -> c + " = ?").collect(Collectors.joining(" AND "));
        List<Object> parameters = new ArrayList<>(values);
        parameters.addAll(List.of(stamp.by(), stamp.atUtc()));
        parameters.addAll(key);
        return update(connection, "UPDATE " + table + " SET " + assignments
                + ", version = version + 1, changed_by = ?, changed_at = ? WHERE " + keyMatch,
                parameters.toArray()) > 0;
    }

    /** The version of the row with the given key, if there is one. */
    static java.util.Optional<RecordVersion> version(Connection connection, String table, List<String> keyColumns,
                                                     List<?> key) throws SQLException {
        String keyMatch = keyColumns.stream().map(c -> c + " = ?").collect(Collectors.joining(" AND "));
        return query(connection, "SELECT version, changed_by, changed_at FROM " + table + " WHERE " + keyMatch,
                row -> new RecordVersion(row.getLong(1), row.getString(2), instant(row, 3)), key.toArray())
                .stream().findFirst();
    }

    static java.time.Instant instant(ResultSet row, int column) throws SQLException {
        java.time.OffsetDateTime at = row.getObject(column, java.time.OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
