package uk.police.soc.caseload.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.CaseloadServices;

/** The optional {@code --db PATH} of commands that always work on a database (use with {@code @Mixin}). */
public class DatabaseOption {

    @Option(names = "--db", paramLabel = "PATH", converter = DatabaseArgument.class,
            description = "H2 database path without .mv.db (default: the app's database in your data folder)")
    Path db;

    /** The {@code --db} path, or null for the user's default database. */
    public Path path() {
        return db;
    }

    /** The service over {@code --db}, or over the user's default database; the caller closes it. */
    public CaseloadService open() {
        return CaseloadServices.open(db);
    }

    /** As {@link #open()}, but a database that does not exist yet is invalid input rather than created. */
    public CaseloadService openExisting() {
        return CaseloadServices.openExisting(db);
    }
}
