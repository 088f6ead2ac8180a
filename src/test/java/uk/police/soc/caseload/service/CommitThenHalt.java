package uk.police.soc.caseload.service;

import java.nio.file.Path;
import java.sql.Connection;
import uk.police.soc.caseload.persistence.Caseloads;
import uk.police.soc.caseload.persistence.Database;

/**
 * A child process that commits an import and dies at once, as a crash or a kill would, while the database is
 * still open (a held connection stops the close that would otherwise flush the file).
 */
public final class CommitThenHalt {

    public static final int HALT_STATUS = 3;

    public static void main(String[] args) throws Exception {
        Path path = Path.of(args[0]);
        Connection keepsDatabaseOpen = Database.open(path).connect();
        CaseloadServices.open(path).importCaseload(Caseloads.small(), true);
        System.out.println("committed");
        System.out.flush();
        Runtime.getRuntime().halt(HALT_STATUS);
        keepsDatabaseOpen.close();
    }
}
