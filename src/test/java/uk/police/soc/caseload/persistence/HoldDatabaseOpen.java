package uk.police.soc.caseload.persistence;

import java.nio.file.Path;

/** A child process that opens the database, says "open", and holds it until its stdin closes. */
public final class HoldDatabaseOpen {

    public static void main(String[] args) throws Exception {
        Database database = Database.open(Path.of(args[0]));
        try (FileHold held = database.keepOpen()) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until the parent closes our stdin or kills us
            }
        }
    }
}
