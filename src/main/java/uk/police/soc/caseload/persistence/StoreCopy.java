package uk.police.soc.caseload.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import uk.police.soc.caseload.domain.InvalidInputException;

/**
 * Copies everything one store holds into a new one of either kind, exactly: every table the migrations made,
 * found from the schema itself (so tables added by later migrations come along), parents before children,
 * every row and column as stored, versions and stamps included, in one transaction on the target. The target
 * must hold no planner schema yet; it is migrated to the same version first.
 */
public final class StoreCopy {

    private static final String HISTORY = "flyway_schema_history";
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final int BATCH = 500;

    private StoreCopy() {
    }

    /** Refuses (invalid input naming {@code option}) a target that already holds a planner schema. */
    public static void requireNew(StoreAddress target, String option) {
        if (target instanceof StoreAddress.H2File file) {
            if (java.nio.file.Files.exists(file.file())) {
                throw new InvalidInputException(option, file.file() + " already exists: copy makes a new store");
            }
            return;
        }
        PostgresEngine engine = new PostgresEngine((StoreAddress.Postgres) target, null);
        try (Connection connection = engine.connect()) {
            boolean hasSchema = !Jdbc.query(connection, "SELECT 1 FROM information_schema.tables"
                    + " WHERE table_name = ? AND table_schema = current_schema()", row -> 1, HISTORY).isEmpty();
            if (hasSchema) {
                throw new InvalidInputException(option, target.describe() + " already holds a planner schema: copy"
                        + " needs a database that holds none yet (create a new one, see docs/shared-store.md)");
            }
        } catch (SQLException e) {
            throw engine.translate(e);
        }
    }

    /** Copies every row of {@code from} into {@code to} (new and migrated); returns rows copied per table. */
    public static Map<String, Long> copy(Database from, Database to) {
        return from.read(source -> to.inTransaction(target -> {
            requireSameSchema(source, target);
            List<String> tables = tablesParentsFirst(source);
            List<String> reversed = new ArrayList<>(tables);
            Collections.reverse(reversed);
            for (String table : reversed) {
                // rows the migrations themselves put in (the change counter's one row)
                Jdbc.update(target, "DELETE FROM " + table);
            }
            Map<String, Long> copied = new LinkedHashMap<>();
            for (String table : tables) {
                copied.put(table, copyTable(source, target, table, to));
            }
            for (String table : tables) {
                long there = count(target, table);
                if (there != copied.get(table)) {
                    throw new SQLException("copy of " + table + " left " + there + " rows, not " + copied.get(table));
                }
            }
            return copied;
        }));
    }

    private static void requireSameSchema(Connection source, Connection target) throws SQLException {
        String query = "SELECT \"version\" FROM \"" + HISTORY + "\" WHERE \"success\" AND \"version\" IS NOT NULL"
                + " ORDER BY \"installed_rank\"";
        List<String> sourceVersions = Jdbc.query(source, query, row -> row.getString(1));
        List<String> targetVersions = Jdbc.query(target, query, row -> row.getString(1));
        if (!new HashSet<>(sourceVersions).equals(new HashSet<>(targetVersions))) {
            throw new SQLException("the two stores are at different schema versions (" + sourceVersions + " and "
                    + targetVersions + "): open the source with this version of the planner first");
        }
    }

    /** The schema's tables (not Flyway's), each after every table it refers to. */
    static List<String> tablesParentsFirst(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, Set<String>> parents = new HashMap<>();
        try (ResultSet rows = metadata.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!table.equals(HISTORY)) {
                    parents.put(table, new HashSet<>());
                }
            }
        }
        for (String table : parents.keySet()) {
            for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
                try (ResultSet keys = metadata.getImportedKeys(null, schema, name)) {
                    while (keys.next()) {
                        String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                        if (!parent.equals(table)) {
                            parents.get(table).add(parent);
                        }
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        List<String> names = new ArrayList<>(parents.keySet());
        Collections.sort(names);
        while (ordered.size() < names.size()) {
            boolean progressed = false;
            for (String table : names) {
                if (!ordered.contains(table) && ordered.containsAll(parents.get(table))) {
                    ordered.add(table);
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new SQLException("the tables refer to each other in a circle: cannot order the copy");
            }
        }
        for (String table : ordered) {
            if (!PLAIN_NAME.matcher(table).matches()) {
                throw new SQLException("unexpected table name in the schema: " + table);
            }
        }
        return ordered;
    }

    private static long copyTable(Connection source, Connection target, String table, Database to)
            throws SQLException {
        long rows = 0;
        try (Statement select = source.createStatement();
             ResultSet data = select.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData columns = data.getMetaData();
            int n = columns.getColumnCount();
            List<String> names = new ArrayList<>();
            List<String> identities = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                String name = columns.getColumnName(i).toLowerCase(Locale.ROOT);
                if (!PLAIN_NAME.matcher(name).matches()) {
                    throw new SQLException("unexpected column name in " + table + ": " + name);
                }
                names.add(name);
                if (columns.isAutoIncrement(i)) {
                    identities.add(name);
                }
            }
            String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(n, "?")) + ")";
            try (PreparedStatement statement = target.prepareStatement(insert)) {
                while (data.next()) {
                    for (int i = 1; i <= n; i++) {
                        statement.setObject(i, value(data, columns, i));
                    }
                    statement.addBatch();
                    if (++rows % BATCH == 0) {
                        statement.executeBatch();
                    }
                }
                statement.executeBatch();
            }
            for (String identity : identities) {
                to.continueIdentity(target, table, identity);
            }
        }
        return rows;
    }

    /** A value as both drivers read and write it: dates and instants as java.time, the rest as they come. */
    private static Object value(ResultSet data, ResultSetMetaData columns, int i) throws SQLException {
        int type = columns.getColumnType(i);
        if (type == Types.DATE) {
            return data.getObject(i, LocalDate.class);
        }
        if (type == Types.TIMESTAMP_WITH_TIMEZONE || "timestamptz".equals(columns.getColumnTypeName(i))) {
            return data.getObject(i, OffsetDateTime.class);
        }
        return data.getObject(i);
    }

    private static long count(Connection connection, String table) throws SQLException {
        return Jdbc.query(connection, "SELECT COUNT(*) FROM " + table, row -> row.getLong(1)).get(0);
    }
}
