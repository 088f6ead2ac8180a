package uk.police.soc.caseload.cli;

import picocli.CommandLine.Option;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.CaseloadServices;

/** The optional {@code --db STORE} of commands that always work on a database (use with {@code @Mixin}). */
public class DatabaseOption {

    @Option(names = "--db", paramLabel = "PATH", converter = StoreConverter.class, description = DB_DESCRIPTION)
    String db;

    /** What {@code --db} takes, the same on every command. */
    static final String DB_DESCRIPTION = "the store: an H2 database path without .mv.db, or a shared PostgreSQL"
            + " database as postgresql://HOST[:PORT]/NAME[?sslmode=MODE&user=ROLE] (password from PGPASSWORD or"
            + " .pgpass, never in the URL); default: the app's database in your data folder";

    /** The service over {@code --db}, or over the user's default database; the caller closes it. */
    public CaseloadService open() {
        return CaseloadServices.open(db);
    }

    /** As {@link #open()}, but a database that does not exist yet is invalid input rather than created. */
    public CaseloadService openExisting() {
        return CaseloadServices.openExisting(db);
    }
}
