package uk.police.soc.caseload.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.persistence.CaseloadStore;
import uk.police.soc.caseload.persistence.Database;

/**
 * What a database holds, two ways, for the kill tests: the caseload as the planner loads it (through the
 * indexes; a damaged file failed here with "Timeout trying to lock table"), and for every table the row count and
 * a checksum of a full scan of its rows (which showed old and new rows mixed), the accounts and the audit trail
 * included. Columns that differ between two runs of the same writes are left out of the checksum: when a row was
 * written (and the audit hash built on that; the chain is checked whole by {@code verifyAudit}), and password
 * hashes, which carry a random salt.
 */
record StoreState(Caseload caseload, Map<String, String> tables) {

    private static final Set<String> VARYING_COLUMNS = Set.of("CHANGED_AT", "AT_UTC", "HASH", "INSTALLED_ON",
            "EXECUTION_TIME", "PASSWORD_HASH", "LAST_SIGN_IN", "LOCKED_UNTIL", "CREATED_AT");

    /**
     * Opens the database at {@code path} as the planner does (migrations, clean-up of what a killed write left),
     * then reads it behind the service's back, so that reading changes nothing and needs no sign-in.
     */
    static StoreState of(Path path, LocalDate asOf) {
        CaseloadServices.open(path).close();
        return Database.open(path).read(connection -> {
            Caseload caseload = new CaseloadStore(connection).load(asOf);
            List<String> names = new ArrayList<>();
            try (var statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                         + " WHERE TABLE_SCHEMA = 'PUBLIC'")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            Map<String, String> tables = new TreeMap<>();
            for (String table : names) {
                // Table names come from the schema itself, not from input.
                try (var statement = connection.createStatement();
                     var rows = statement.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    var meta = rows.getMetaData();
                    long count = 0;
                    long sum = 0;
                    while (rows.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            if (!VARYING_COLUMNS.contains(meta.getColumnName(c).toUpperCase(Locale.ROOT))) {
                                row.append(rows.getString(c)).append('\u0001');
                            }
                        }
                        count++;
                        sum += row.toString().hashCode() * 0x9E3779B97F4A7C15L + row.length();
                    }
                    tables.put(table, count + " rows, scan checksum " + Long.toHexString(sum));
                }
            }
            return new StoreState(caseload, tables);
        });
    }

    /** The row counts alone, for a report line. */
    String rowCounts() {
        StringBuilder counts = new StringBuilder();
        tables.forEach((table, scan) -> counts.append(counts.length() == 0 ? "" : ", ").append(table).append(' ')
                .append(scan, 0, scan.indexOf(' ')));
        return counts.toString();
    }
}
