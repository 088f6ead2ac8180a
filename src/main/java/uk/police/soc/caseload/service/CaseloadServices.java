package uk.police.soc.caseload.service;

import java.nio.file.Files;
import java.nio.file.Path;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.persistence.Database;
import uk.police.soc.caseload.persistence.DatabaseLocation;
import uk.police.soc.caseload.persistence.H2Path;

/** Opens the service layer over a store. */
public final class CaseloadServices {

    private static final String DB_OPTION = "--db";

    private CaseloadServices() {
    }

    /**
     * The service over the H2 database at {@code databasePath} (without {@code .mv.db}), created and migrated
     * as needed; {@code null} opens the user's default database. A new database starts with the policy of
     * {@code config/policy.json} (see {@link PolicyConfig}).
     */
    public static CaseloadService open(Path databasePath) {
        Database database = openDatabase(databasePath == null ? DatabaseLocation.defaultPath() : databasePath);
        StoredCaseloadService service = new StoredCaseloadService(database);
        service.initialisePolicy(PolicyConfig::load);
        return service;
    }

    /**
     * The database path a {@code --db} value names: the one place where such text is read, so that every
     * command (and any later kind of store) checks it the same way.
     *
     * @throws InvalidInputException naming {@code --db} when the text cannot be a database path, e.g. one with
     *         {@code ;} (which H2 would read as the start of its settings)
     */
    public static Path databasePath(String text) {
        H2Path.problem(text).ifPresent(problem -> {
            throw new InvalidInputException(DB_OPTION, problem);
        });
        return Path.of(text);
    }

    // A path that reaches here without passing databasePath (the default folder from XDG_DATA_HOME, a test)
    // is checked again: no setting comes from a path, whoever gave it.
    private static Database openDatabase(Path path) {
        try {
            return Database.open(path);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(DB_OPTION, e.getMessage());
        }
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
        Path path = databasePath == null ? DatabaseLocation.defaultPath() : databasePath;
        Path file = path.resolveSibling(path.getFileName() + ".mv.db");
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(DB_OPTION, "no database at " + file
                    + (databasePath == null ? " (the default database has not been created yet: import a dataset first)" : ""));
        }
        return open(databasePath);
    }
}
