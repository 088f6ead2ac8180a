package uk.police.soc.caseload.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.persistence.Database;
import uk.police.soc.caseload.persistence.DatabaseLocation;
import uk.police.soc.caseload.persistence.StoreAddress;
import uk.police.soc.caseload.persistence.StoreCopy;

/** Opens the service layer over a store. */
public final class CaseloadServices {

    static final PasswordHasher HASHER = new PasswordHasher();

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

    /**
     * As {@link #open(Path)}, with {@code clock} deciding when changes happen (the days of the workload
     * history and the times of the allocation history), in the force's time zone of {@code config/force.json}.
     */
    public static CaseloadService open(Path databasePath, Clock clock) {
        return open(StoreAddress.h2(databasePath == null ? DatabaseLocation.defaultPath() : databasePath), clock);
    }

    /**
     * The service over the store a {@code --db} value names: an H2 path, or
     * {@code postgresql://HOST[:PORT]/NAME[?sslmode=…&user=…]}; {@code null} opens the user's default database.
     * A malformed value is invalid input naming {@code --db}.
     */
    public static CaseloadService open(String db) {
        return open(address(db), Clock.systemUTC());
    }

    /** As {@link #open(String)}, with {@code clock} deciding when changes happen (see {@link #open(Path, Clock)}). */
    public static CaseloadService open(String db, Clock clock) {
        return open(address(db), clock);
    }

    /**
     * As {@link #open(String)} for a database that may be encrypted (H2 file encryption): an existing encrypted
     * file needs its {@code filePassword}; a new database is created encrypted when one is given.
     */
    public static CaseloadService open(String db, char[] filePassword) {
        return open(address(db), filePassword, Clock.systemUTC());
    }

    /**
     * The service over a shared PostgreSQL database as a desk opens it: the URL, a user name (blank: the URL's
     * or PostgreSQL's default) and the password typed (empty: {@code PGPASSWORD} or {@code .pgpass}), which is
     * kept in memory for this store's connections only and never written anywhere.
     */
    public static CaseloadService openShared(String url, String user, char[] password) {
        if (!(StoreAddress.parse(url) instanceof StoreAddress.Postgres postgres)) {
            throw new InvalidInputException("--db", "\"" + url + "\" is not a PostgreSQL URL:"
                    + " give postgresql://HOST[:PORT]/NAME");
        }
        StoreAddress address = user == null || user.isBlank() ? postgres : postgres.withUser(user.strip());
        return StoreFailures.translated(() -> initialised(over(Database.open(address, password), Clock.systemUTC())));
    }

    private static CaseloadService open(StoreAddress address, Clock clock) {
        return open(address, null, clock);
    }

    private static CaseloadService open(StoreAddress address, char[] filePassword, Clock clock) {
        return StoreFailures.translated(() -> initialised(
                over(Database.open(address, Database.DEFAULT_LOCK_WAIT, filePassword), clock)));
    }

    private static StoredCaseloadService initialised(StoredCaseloadService service) {
        service.initialisePolicy(PolicyConfig::load);
        return service;
    }

    /** A service (nobody signed in) over a database already open and migrated. */
    static StoredCaseloadService over(Database database, Clock clock) {
        return new StoredCaseloadService(new Guard(database, HASHER, clock, osUserName()), ForceConfig.load());
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
        return openExisting(db, null);
    }

    public static CaseloadService openExisting(String db, char[] filePassword) {
        requireExisting(db);
        return open(address(db), filePassword, Clock.systemUTC());
    }

    /** True when {@code db} names a store that exists: an H2 file there, or any PostgreSQL database. */
    public static boolean exists(String db) {
        return !(address(db) instanceof StoreAddress.H2File file) || Files.isRegularFile(file.file());
    }

    /** Where the commands and the app take an encrypted database's file password from when it is set. */
    public static final String FILE_PASSWORD_VARIABLE = "SOC_PLANNER_DB_PASSWORD";

    /** True when {@code db} is an H2 file that exists and is encrypted. */
    public static boolean isEncrypted(String db) {
        return address(db) instanceof StoreAddress.H2File file && Files.isRegularFile(file.file())
                && Database.isEncrypted(file.file());
    }

    /**
     * A new database at {@code target} from a backup file (see {@code restore} in access.md). A backup holding
     * accounts needs {@code userName} and its password to be one of its enabled administrators; an encrypted
     * backup needs its database file password (asked only then) and makes an encrypted database.
     */
    public static BackupSummary restore(Path backup, String target, String userName, Supplier<String> password,
            Supplier<char[]> filePassword) {
        return Backups.restore(backup, address(target), new Backups.Restorer(userName, password), filePassword,
                HASHER, Clock.systemUTC(), osUserName());
    }

    /**
     * True when {@code backup} is a backup encrypted with a database file password, so that the app can ask for
     * it before restoring; invalid input ({@code --from}) when there is no such file or it cannot be read.
     */
    public static boolean isEncryptedBackup(Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw new InvalidInputException("--from", "no backup file at " + backup);
        }
        try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(backup))) {
            return uk.police.soc.caseload.persistence.transfer.BackupFile.isEncrypted(in);
        } catch (java.io.IOException e) {
            throw new InvalidInputException("--from", "cannot read " + backup + ": " + e.getMessage());
        }
    }

    /** Invalid input ({@code --db}) when {@code db} names an H2 file that does not exist. */
    public static void requireExisting(String db) {
        if (address(db) instanceof StoreAddress.H2File file && !Files.isRegularFile(file.file())) {
            throw new InvalidInputException("--db", "no database at " + file.file()
                    + (db == null ? " (the default database has not been created yet: import a dataset first)" : ""));
        }
    }

    private static StoreAddress address(String db) {
        return db == null ? StoreAddress.h2(DatabaseLocation.defaultPath()) : StoreAddress.parse(db);
    }

    /** The operating-system user, named by the audit trail in open mode ({@code os:NAME}). */
    static String osUserName() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "unknown" : name;
    }
}
