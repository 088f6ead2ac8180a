package uk.police.soc.caseload.service;

import java.nio.file.Files;
import java.nio.file.Path;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.persistence.Database;
import uk.police.soc.caseload.persistence.DatabaseLocation;
import uk.police.soc.caseload.persistence.StoreAddress;

/** Opens the service layer over a store. */
public final class CaseloadServices {

    private CaseloadServices() {
    }

    /**
     * The service over the H2 database at {@code databasePath} (without {@code .mv.db}), created and migrated
     * as needed; {@code null} opens the user's default database. A new database starts with the policy of
     * {@code config/policy.json} (see {@link PolicyConfig}).
     */
    public static CaseloadService open(Path databasePath) {
        return open(StoreAddress.h2(databasePath == null ? DatabaseLocation.defaultPath() : databasePath));
    }

    /**
     * The service over the store a {@code --db} value names: an H2 path, or
     * {@code postgresql://HOST[:PORT]/NAME[?sslmode=…&user=…]}; {@code null} opens the user's default database.
     * A malformed value is invalid input naming {@code --db}.
     */
    public static CaseloadService open(String db) {
        return open(db == null ? StoreAddress.h2(DatabaseLocation.defaultPath()) : StoreAddress.parse(db));
    }

    private static CaseloadService open(StoreAddress address) {
        return StoreFailures.translated(() -> {
            Database database = Database.open(address);
            StoredCaseloadService service = new StoredCaseloadService(database);
            service.initialisePolicy(PolicyConfig::load);
            return service;
        });
    }

    /** Checks a {@code --db} value without opening anything: invalid input naming {@code --db} when malformed. */
    public static void checkStore(String db) {
        StoreAddress.parse(db);
    }

    /** Where the user's own database lives when no path is given (without {@code .mv.db}). */
    public static Path defaultDatabasePath() {
        return DatabaseLocation.defaultPath();
    }

    /**
     * As {@link #open(Path)}, for commands that only read or report: a database that does not exist is a
     * mistake in the path (invalid input), not a reason to create an empty one and report on nothing.
     */
    public static CaseloadService openExisting(Path databasePath) {
        return openExisting(databasePath == null ? null : databasePath.toString());
    }

    /**
     * As {@link #open(String)}, for commands that only read or report: an H2 file that does not exist is a
     * mistake in the path (invalid input); a PostgreSQL database must exist already (the server says so).
     */
    public static CaseloadService openExisting(String db) {
        StoreAddress address = db == null ? StoreAddress.h2(DatabaseLocation.defaultPath()) : StoreAddress.parse(db);
        if (address instanceof StoreAddress.H2File file && !Files.isRegularFile(file.file())) {
            throw new InvalidInputException("--db", "no database at " + file.file()
                    + (db == null ? " (the default database has not been created yet: import a dataset first)" : ""));
        }
        return open(address);
    }
}
