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
    static boolean upsert(Connection connection, String table, List<String> keyColumns, List<?> key,
                          List<String> columns, List<?> values) throws SQLException {
        String assignments = columns.stream().map(c -> c + " = ?").collect(Collectors.joining(", "));
        String keyMatch = keyColumns.stream().map(c -> c + " = ?").collect(Collectors.joining(" AND "));
        List<Object> updateParameters = new ArrayList<>(values);
        updateParameters.addAll(key);
        if (update(connection, "UPDATE " + table + " SET " + assignments + " WHERE " + keyMatch,
                updateParameters.toArray()) > 0) {
            return false;
        }
        List<String> insertColumns = new ArrayList<>(keyColumns);
        insertColumns.addAll(columns);
        insertColumns.add("ordinal");
        String placeholders = String.join(", ", Collections.nCopies(keyColumns.size() + columns.size(), "?"));
        List<Object> insertParameters = new ArrayList<>(key);
        insertParameters.addAll(values);
        update(connection, "INSERT INTO " + table + " (" + String.join(", ", insertColumns) + ") VALUES ("
                + placeholders + ", (SELECT COALESCE(MAX(ordinal) + 1, 0) FROM " + table + "))",
                insertParameters.toArray());
        return true;
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
