package uk.police.soc.caseload.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.persistence.Database;
import uk.police.soc.caseload.persistence.DatabaseLocation;

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
        return open(databasePath, Clock.systemUTC());
    }

    /**
     * As {@link #open(Path)}, with {@code clock} deciding when changes happen (the days of the workload
     * history and the times of the allocation history), in the force's time zone of {@code config/force.json}.
     */
    public static CaseloadService open(Path databasePath, Clock clock) {
        Database database = Database.open(databasePath == null ? DatabaseLocation.defaultPath() : databasePath);
        StoredCaseloadService service = new StoredCaseloadService(database, clock, ForceConfig.load(),
                StoredCaseloadService::operatingSystemUser);
        service.initialisePolicy(PolicyConfig::load);
        return service;
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
            throw new InvalidInputException("--db", "no database at " + file
                    + (databasePath == null ? " (the default database has not been created yet: import a dataset first)" : ""));
        }
        return open(databasePath);
    }
}
