package uk.police.soc.caseload.service;

import java.util.Map;

/**
 * What a backup wrote or a restore put in: the file or store, whether it is encrypted, and the rows of every table.
 */
public record BackupSummary(String store, boolean encrypted, Map<String, Long> rowsByTable) {

    public BackupSummary {
        rowsByTable = Map.copyOf(rowsByTable);
    }

    public long rows(String table) {
        return rowsByTable.getOrDefault(table, 0L);
    }
}
