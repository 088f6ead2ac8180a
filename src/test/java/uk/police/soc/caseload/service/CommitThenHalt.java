package uk.police.soc.caseload.service;

import java.nio.file.Path;
import uk.police.soc.caseload.persistence.CaseloadStore;
import uk.police.soc.caseload.persistence.Caseloads;
import uk.police.soc.caseload.persistence.Database;
import uk.police.soc.caseload.persistence.FileHold;

/**
 * A child process that commits a write in place and dies at once, as a crash or a kill would, while the database
 * is still open (a held connection stops the close that would otherwise flush the file). Imports are committed on
 * a copy that replaces the file (KillDuringWriteSlowTest kills those); this is the path of every small write.
 */
public final class CommitThenHalt {

    public static final int HALT_STATUS = 3;

    public static void main(String[] args) throws Exception {
        Path path = Path.of(args[0]);
        FileHold keepsDatabaseOpen = Database.open(path).keepOpen();
        Database.open(path).inTransaction(connection -> {
            new CaseloadStore(connection).save(Caseloads.small());
            return null;
        });
        System.out.println("committed");
        System.out.flush();
        Runtime.getRuntime().halt(HALT_STATUS);
        keepsDatabaseOpen.close();
    }
}
