package uk.police.soc.caseload.persistence.transfer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.police.soc.caseload.persistence.StoreException;

/**
 * A dump and load of every table of the planner's schema, driven by the database's own metadata rather than a
 * list of tables, so that a table added by a later migration is backed up, restored and copied without
 * touching this class. The file is JSON (one object per table: column names, then rows as arrays of values),
 * so that it loads into H2 or PostgreSQL alike. Flyway's own history is left out: the target store migrates
 * itself.
 */
public final class StoreTransfer {

    public static final String FORMAT = "soc-caseload-backup/1";
    private static final String FLYWAY_HISTORY = "flyway_schema_history";
    // Table and column names come from the store's metadata, never from input; checked before use all the same.
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final int BATCH = 500;
    private static final JsonFactory JSON = new JsonFactory();

    private StoreTransfer() {
    }

    /** What a dump held or a load put in: rows per table, by lower-case table name. */
    public record Counts(Map<String, Long> rowsByTable) {

        public long rows(String table) {
            return rowsByTable.getOrDefault(table, 0L);
        }
    }

    /** Writes every table reachable through {@code connection}, in its current transaction, to {@code out}. */
    public static Counts dump(Connection connection, OutputStream out) throws SQLException, IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeArrayFieldStart("tables");
            for (String table : tables(connection)) {
                counts.put(table, dumpTable(connection, table, json));
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return new Counts(counts);
    }

    private static long dumpTable(Connection connection, String table, JsonGenerator json)
            throws SQLException, IOException {
        long rows = 0;
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM " + quoted(connection, table))) {
            ResultSetMetaData meta = result.getMetaData();
            json.writeStartObject();
            json.writeStringField("name", table);
            json.writeArrayFieldStart("columns");
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                json.writeString(meta.getColumnName(i).toLowerCase(Locale.ROOT));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rows");
            while (result.next()) {
                json.writeStartArray();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    writeValue(json, result, i, meta.getColumnType(i), table + "." + meta.getColumnName(i));
                }
                json.writeEndArray();
                rows++;
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return rows;
    }

    private static void writeValue(JsonGenerator json, ResultSet row, int column, int type, String name)
            throws SQLException, IOException {
        switch (type) {
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR, Types.NCHAR -> {
                String value = row.getString(column);
                if (value == null) {
                    json.writeNull();
                } else {
                    json.writeString(value);
                }
            }
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT, Types.BIGINT -> {
                long value = row.getLong(column);
                if (row.wasNull()) {
                    json.writeNull();
                } else {
                    json.writeNumber(value);
                }
            }
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> {
                double value = row.getDouble(column);
                if (row.wasNull()) {
                    json.writeNull();
                } else {
                    json.writeNumber(value);
                }
            }
            case Types.NUMERIC, Types.DECIMAL -> {
                BigDecimal value = row.getBigDecimal(column);
                if (value == null) {
                    json.writeNull();
                } else {
                    json.writeNumber(value);
                }
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean value = row.getBoolean(column);
                if (row.wasNull()) {
                    json.writeNull();
                } else {
                    json.writeBoolean(value);
                }
            }
            case Types.DATE -> writeText(json, row.getObject(column, LocalDate.class));
            case Types.TIMESTAMP -> writeText(json, row.getObject(column, LocalDateTime.class));
            case Types.TIMESTAMP_WITH_TIMEZONE -> writeText(json, row.getObject(column, OffsetDateTime.class));
            default -> throw new StoreException("cannot back up " + name + ": its SQL type " + type
                    + " is not one the planner's migrations use (see docs/database.md)");
        }
    }

    private static void writeText(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value.toString());
        }
    }

    /**
     * Loads a dump into the (new, migrated) schema behind {@code connection}, in its current transaction:
     * parents before children, each row as it was. A column the target has but the dump lacks (a newer schema)
     * takes its default; a table or column of the dump that the target lacks is an error, not silently dropped.
     */
    public static Counts load(Connection connection, Dump dump) throws SQLException {
        Map<String, TableData> tables = dump.tables();
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> targetTables = tables(connection);
        for (String table : tables.keySet()) {
            if (!targetTables.contains(table)) {
                throw new StoreException("the backup holds a table this version of the planner does not know: "
                        + table + " (restore it with the version that made it)");
            }
        }
        List<String> order = loadOrder(connection, targetTables);
        // A new store may hold rows its migrations seeded (e.g. the change counter): the dump's rows replace them.
        for (int i = order.size() - 1; i >= 0; i--) {
            if (tables.containsKey(order.get(i))) {
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate("DELETE FROM " + quoted(connection, order.get(i)));
                }
            }
        }
        for (String table : order) {
            TableData data = tables.get(table);
            if (data != null) {
                counts.put(table, loadTable(connection, data));
            }
        }
        restartIdentities(connection, targetTables);
        return new Counts(counts);
    }

    /** One table of a dump, values as JSON gave them. */
    record TableData(String name, List<String> columns, List<List<Object>> rows) {
    }

    /** A whole dump read into memory, so that it can be checked (e.g. who may restore it) before loading. */
    public record Dump(Map<String, TableData> tables) {

        /** The rows of one table as column name to value (empty when the dump has no such table). */
        public List<Map<String, Object>> rows(String table) {
            TableData data = tables.get(table);
            if (data == null) {
                return List.of();
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (List<Object> row : data.rows()) {
                Map<String, Object> named = new LinkedHashMap<>();
                for (int i = 0; i < data.columns().size() && i < row.size(); i++) {
                    named.put(data.columns().get(i), row.get(i));
                }
                rows.add(named);
            }
            return rows;
        }

        public Map<String, Long> counts() {
            Map<String, Long> counts = new LinkedHashMap<>();
            tables.forEach((name, data) -> counts.put(name, (long) data.rows().size()));
            return counts;
        }
    }

    /** Reads a dump written by {@link #dump}; an IOException when the stream is not one. */
    public static Dump read(InputStream in) throws IOException {
        return new Dump(readTables(in));
    }

    private static Map<String, TableData> readTables(InputStream in) throws IOException {
        Map<String, TableData> tables = new LinkedHashMap<>();
        try (JsonParser json = JSON.createParser(in)) {
            expect(json.nextToken(), JsonToken.START_OBJECT);
            String format = null;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                if (field.equals("format")) {
                    format = json.getText();
                } else if (field.equals("tables")) {
                    expect(json.currentToken(), JsonToken.START_ARRAY);
                    while (json.nextToken() == JsonToken.START_OBJECT) {
                        TableData table = readTable(json);
                        tables.put(table.name(), table);
                    }
                } else {
                    json.skipChildren();
                }
            }
            if (!FORMAT.equals(format)) {
                throw new IOException("not a planner backup (format " + format + ", expected " + FORMAT + ")");
            }
        }
        return tables;
    }

    private static TableData readTable(JsonParser json) throws IOException {
        String name = null;
        List<String> columns = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            switch (field) {
                case "name" -> name = json.getText();
                case "columns" -> {
                    while (json.nextToken() == JsonToken.VALUE_STRING) {
                        columns.add(json.getText());
                    }
                }
                case "rows" -> {
                    while (json.nextToken() == JsonToken.START_ARRAY) {
                        List<Object> row = new ArrayList<>(columns.size());
                        while (json.nextToken() != JsonToken.END_ARRAY) {
                            row.add(switch (json.currentToken()) {
                                case VALUE_NULL -> null;
                                case VALUE_TRUE -> Boolean.TRUE;
                                case VALUE_FALSE -> Boolean.FALSE;
                                case VALUE_NUMBER_INT -> json.getLongValue();
                                case VALUE_NUMBER_FLOAT -> json.getDecimalValue();
                                default -> json.getText();
                            });
                        }
                        rows.add(row);
                    }
                }
                default -> json.skipChildren();
            }
        }
        if (name == null || !IDENTIFIER.matcher(name).matches()
                || !columns.stream().allMatch(c -> IDENTIFIER.matcher(c).matches())) {
            throw new IOException("the backup names a table or column that is not a plain identifier");
        }
        return new TableData(name.toLowerCase(Locale.ROOT), columns, rows);
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("not a planner backup (expected " + expected + ", found " + actual + ")");
        }
    }

    private static long loadTable(Connection connection, TableData data) throws SQLException {
        Map<String, Integer> targetTypes = columnTypes(connection, data.name());
        for (String column : data.columns()) {
            if (!targetTypes.containsKey(column)) {
                throw new StoreException("the backup's table " + data.name() + " has a column this version of the"
                        + " planner does not know: " + column);
            }
        }
        String sql = "INSERT INTO " + quoted(connection, data.name()) + " ("
                + data.columns().stream().map(c -> quotedOrThrow(connection, c)).collect(Collectors.joining(", "))
                + ") VALUES (" + data.columns().stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        long rows = 0;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (List<Object> row : data.rows()) {
                if (row.size() != data.columns().size()) {
                    throw new StoreException("the backup's table " + data.name() + " has a row of " + row.size()
                            + " values for " + data.columns().size() + " columns");
                }
                for (int i = 0; i < row.size(); i++) {
                    bind(insert, i + 1, row.get(i), targetTypes.get(data.columns().get(i)));
                }
                insert.addBatch();
                if (++rows % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return rows;
    }

    private static void bind(PreparedStatement insert, int index, Object value, int type) throws SQLException {
        if (value == null) {
            insert.setNull(index, type);
            return;
        }
        switch (type) {
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> insert.setInt(index, ((Number) value).intValue());
            case Types.BIGINT -> insert.setLong(index, ((Number) value).longValue());
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> insert.setDouble(index, ((Number) value).doubleValue());
            case Types.NUMERIC, Types.DECIMAL -> insert.setBigDecimal(index, new BigDecimal(value.toString()));
            case Types.BOOLEAN, Types.BIT -> insert.setBoolean(index, (Boolean) value);
            case Types.DATE -> insert.setObject(index, LocalDate.parse(value.toString()));
            case Types.TIMESTAMP -> insert.setObject(index, LocalDateTime.parse(value.toString()));
            case Types.TIMESTAMP_WITH_TIMEZONE -> insert.setObject(index, OffsetDateTime.parse(value.toString()));
            default -> insert.setString(index, value.toString());
        }
    }

    /** True when no table of the planner's schema holds a row (a store that may be restored into). */
    public static boolean isEmpty(Connection connection) throws SQLException {
        for (String table : tables(connection)) {
            if (table.equals("store_change")) {
                continue; // the change counter's own row
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + quoted(connection, table))) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The planner's tables in the connection's schema, lower case, Flyway's history left out. */
    static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rows = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
                new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.equals(FLYWAY_HISTORY) && IDENTIFIER.matcher(name).matches()) {
                    tables.add(name);
                }
            }
        }
        tables.sort(null);
        return tables;
    }

    /** Tables ordered so that every table comes after those its foreign keys point to. */
    private static List<String> loadOrder(Connection connection, List<String> tables) throws SQLException {
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        DatabaseMetaData meta = connection.getMetaData();
        for (String table : tables) {
            Set<String> referenced = new LinkedHashSet<>();
            try (ResultSet keys = meta.getImportedKeys(connection.getCatalog(), connection.getSchema(),
                    storedName(connection, table))) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table)) {
                        referenced.add(parent);
                    }
                }
            }
            parents.put(table, referenced);
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < tables.size()) {
            boolean progress = false;
            for (String table : tables) {
                if (!ordered.contains(table) && ordered.containsAll(parents.get(table))) {
                    ordered.add(table);
                    progress = true;
                }
            }
            if (!progress) {
                throw new StoreException("the schema's foreign keys form a cycle: cannot order the restore");
            }
        }
        return ordered;
    }

    private static Map<String, Integer> columnTypes(Connection connection, String table) throws SQLException {
        Map<String, Integer> types = new LinkedHashMap<>();
        try (ResultSet columns = connection.getMetaData().getColumns(connection.getCatalog(), connection.getSchema(),
                storedName(connection, table), "%")) {
            while (columns.next()) {
                types.put(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), columns.getInt("DATA_TYPE"));
            }
        }
        return types;
    }

    /**
     * An identity column continues after the restored rows, so that the next insert does not collide: the
     * one place where the SQL of H2 and PostgreSQL differ here.
     */
    private static void restartIdentities(Connection connection, List<String> tables) throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                .contains("postgres");
        for (String table : tables) {
            List<String> identities = new ArrayList<>();
            try (ResultSet columns = connection.getMetaData().getColumns(connection.getCatalog(),
                    connection.getSchema(), storedName(connection, table), "%")) {
                while (columns.next()) {
                    if ("YES".equalsIgnoreCase(columns.getString("IS_AUTOINCREMENT"))) {
                        identities.add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            for (String column : identities) {
                long next;
                try (Statement statement = connection.createStatement();
                     ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(" + quoted(connection, column)
                             + "), 0) + 1 FROM " + quoted(connection, table))) {
                    max.next();
                    next = max.getLong(1);
                }
                if (postgres) {
                    try (PreparedStatement restart = connection.prepareStatement(
                            "SELECT setval(pg_get_serial_sequence(?, ?), ?, false)")) {
                        restart.setString(1, table);
                        restart.setString(2, column);
                        restart.setLong(3, next);
                        restart.execute();
                    }
                } else {
                    try (Statement statement = connection.createStatement()) {
                        // next is a number the database computed, not input.
                        statement.execute("ALTER TABLE " + quoted(connection, table) + " ALTER COLUMN "
                                + quoted(connection, column) + " RESTART WITH " + next);
                    }
                }
            }
        }
    }

    /** The name as the database stores it: H2 upper-cases unquoted identifiers, PostgreSQL lower-cases them. */
    private static String storedName(Connection connection, String name) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        return meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
    }

    private static String quoted(Connection connection, String name) throws SQLException {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new StoreException("not a plain identifier: " + name);
        }
        return "\"" + storedName(connection, name) + "\"";
    }

    private static String quotedOrThrow(Connection connection, String name) {
        try {
            return quoted(connection, name);
        } catch (SQLException e) {
            throw new StoreException("cannot read the database's metadata: " + e.getMessage(), e);
        }
    }
}
