package uk.police.soc.caseload.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.persistence.Database;
import uk.police.soc.caseload.persistence.DatabaseLocation;

/** Opens the service layer over a store. */
public final class CaseloadServices {

    private static final PasswordHasher HASHER = new PasswordHasher();

    private CaseloadServices() {
    }

    /**
     * The service over the H2 database at {@code databasePath} (without {@code .mv.db}), created and migrated
     * as needed; {@code null} opens the user's default database. A new database starts with the policy of
     * {@code config/policy.json} (see {@link PolicyConfig}). Nobody is signed in yet: in sign-in mode every
     * operation is refused until {@link AccessService#signIn}.
     */
    public static CaseloadService open(Path databasePath) {
        return open(databasePath, Clock.systemUTC());
    }

    static CaseloadService open(Path databasePath, Clock clock) {
        Database database = Database.open(databasePath == null ? DatabaseLocation.defaultPath() : databasePath);
        StoredCaseloadService service = over(database, clock);
        service.initialisePolicy(PolicyConfig::load);
        return service;
    }

    /** A service (nobody signed in) over a database already open and migrated. */
    static StoredCaseloadService over(Database database, Clock clock) {
        return new StoredCaseloadService(new Guard(database, HASHER, clock, osUserName()));
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
        requireExisting(databasePath);
        return open(databasePath);
    }

    static void requireExisting(Path databasePath) {
        Path path = databasePath == null ? DatabaseLocation.defaultPath() : databasePath;
        Path file = path.resolveSibling(path.getFileName() + ".mv.db");
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("--db", "no database at " + file
                    + (databasePath == null ? " (the default database has not been created yet: import a dataset first)" : ""));
        }
    }

    /** The operating-system user, named by the audit trail in open mode ({@code os:NAME}). */
    static String osUserName() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "unknown" : name;
    }
}
