package uk.police.soc.caseload.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.access.NotAllowedException;

/**
 * One store: an H2 file or a shared PostgreSQL database, opened from a {@link StoreAddress}. Each unit of work
 * gets its own connection and transaction, closed when the unit ends (an H2 file is then free for the app and
 * a command to take turns, see docs/decisions/0001). Writes take the store's write lock first, so that writes
 * from every desk run one after another, each validating what it changes against what the last one left
 * (docs/decisions/0022). The same Flyway migrations create and upgrade both kinds of store.
 *
 * <p>A large write to an H2 file is not committed in the file itself: H2 writes a long commit to the file in
 * several steps, and a process killed between them leaves a file it cannot read again (docs/decisions/0018).
 * Such a write runs on a private copy of the file, which replaces the file in one atomic rename once it is
 * complete and on disk ({@link #writeCopyOnWrite}).
 */
public final class Database {

    /** How long a unit of work waits for another process to release an H2 file by default. */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String FLYWAY_LOG_LEVEL = "org.slf4j.simpleLogger.log.org.flywaydb";

    // Units on one H2 file run one at a time in this JVM too, so that a write validates what it will change.
    private static final Map<String, ReentrantLock> UNIT_LOCKS = new ConcurrentHashMap<>();

    static {
        // Flyway reports every open at INFO; a command's stderr should hold only what matters. -D overrides.
        if (System.getProperty(FLYWAY_LOG_LEVEL) == null) {
            System.setProperty(FLYWAY_LOG_LEVEL, "warn");
        }
    }

    private final StoreAddress address;
    private final StoreEngine engine;
    private final ReentrantLock unitLock;

    private Database(StoreAddress address, StoreEngine engine) {
        this.address = address;
        this.engine = engine;
        this.unitLock = engine.unitsTakeTurns() ? UNIT_LOCKS.computeIfAbsent(engine.describe(), p -> new ReentrantLock())
                : null;
    }

    /** Opens (creating if needed) the H2 database at {@code path}, without {@code .mv.db}, and migrates its schema. */
    public static Database open(Path path) {
        return open(StoreAddress.h2(path));
    }

    public static Database open(Path path, Duration lockWait) {
        return open(StoreAddress.h2(path), lockWait);
    }

    /** Opens the store and brings its schema up to date (an H2 file is created if needed). */
    public static Database open(StoreAddress address) {
        return open(address, DEFAULT_LOCK_WAIT);
    }

    public static Database open(StoreAddress address, Duration lockWait) {
        return open(address, lockWait, null);
    }

    /**
     * As {@link #open(StoreAddress, Duration)} for an H2 file that may be encrypted (H2 {@code CIPHER=AES}): an
     * existing encrypted file needs {@code filePassword} (refused with NotAllowedException without it or with a
     * wrong one); a new file is created encrypted when one is given; an existing plain file ignores it. A
     * PostgreSQL store has no file password (invalid input): the server's own encryption applies.
     */
    public static Database open(StoreAddress address, Duration lockWait, char[] filePassword) {
        return open(address, lockWait, filePassword, null);
    }

    /**
     * Opens a PostgreSQL store with the password a user typed (kept in memory only, for this store's
     * connections); {@code null} follows PostgreSQL's conventions ({@code PGPASSWORD}, else {@code .pgpass}).
     */
    public static Database open(StoreAddress address, char[] serverPassword) {
        return open(address, DEFAULT_LOCK_WAIT, null, serverPassword);
    }

    private static Database open(StoreAddress address, Duration lockWait, char[] filePassword,
            char[] serverPassword) {
        if (address instanceof StoreAddress.Postgres && filePassword != null) {
            throw new InvalidInputException("--db", "a PostgreSQL database has no file password: file encryption is"
                    + " for H2 files (on a server, its own storage encryption applies)");
        }
        StoreEngine engine = address instanceof StoreAddress.Postgres postgres
                ? new PostgresEngine(postgres, serverPassword)
                : H2Engine.create((StoreAddress.H2File) address, lockWait, filePassword);
        Database database = new Database(address, engine);
        database.migrate();
        return database;
    }

    // Migrations are DDL, which H2 commits on its own; they run here, before any unit of work. The open
    // connection waits out another process's lock and keeps an H2 database open for Flyway's own connections.
    private void migrate() {
        inUnit(() -> {
            // Before anything holds the file: a file that only grew (every commit appends) is rewritten small.
            engine.compactIfSparse();
            try (Connection keepOpen = connect()) {
                // Holding the file: a copy left behind by a process killed during a large write can go.
                deleteCopyQuietly();
                MigrateResult result = engine.flyway(Flyway.configure())
                        .locations("classpath:db/migration")
                        // The issues number their migrations in advance and land in any order: a store made
                        // at V7 must still take V5 when it arrives.
                        .outOfOrder(true)
                        .load()
                        .migrate();
                if (result.migrationsExecuted > 0) {
                    LOG.info("Database {} is now at schema version {}", describe(), result.targetSchemaVersion);
                }
            } catch (FlywayException e) {
                if (e.getCause() instanceof SQLException sql && engine.translate(sql) instanceof NotAllowedException no) {
                    throw no;
                }
                throw new StoreException("cannot upgrade the database " + describe() + ": " + e.getMessage(), e);
            }
            return null;
        });
    }

    public StoreAddress address() {
        return address;
    }

    /** Where a problem with the database file password is reported (the variable that gives it). */
    public static final String FILE_PASSWORD = H2Engine.FILE_PASSWORD;

    /** The file password of an encrypted H2 file, or null; a backup of it is encrypted with the same. */
    public char[] filePassword() {
        return engine instanceof H2Engine h2 ? h2.filePassword() : null;
    }

    public boolean encrypted() {
        return filePassword() != null;
    }

    /** The H2 path without {@code .mv.db}; only for an H2 store. */
    public Path path() {
        if (address instanceof StoreAddress.H2File file) {
            return file.path();
        }
        throw new IllegalStateException(describe() + " is not a file");
    }

    /** The database file of an H2 path given without {@code .mv.db}. */
    public static Path fileOf(Path path) {
        return new StoreAddress.H2File(path).file();
    }

    /** True when the H2 file ({@code .mv.db}) is encrypted. */
    public static boolean isEncrypted(Path file) {
        return H2Engine.isEncrypted(file);
    }

    /** Invalid input when a file password would not work (too short, or with a space H2 would cut at). */
    public static void checkFilePassword(char[] filePassword) {
        H2Engine.checkFilePassword(filePassword);
    }

    /** The store as messages and the window title name it. */
    public String describe() {
        return engine.describe();
    }

    /** The H2 database file; only for an H2 store. */
    public Path file() {
        if (address instanceof StoreAddress.H2File file) {
            return file.file();
        }
        throw new IllegalStateException(describe() + " is not a file");
    }

    /** A unit of work: given a connection in a transaction, does its part; throwing rolls everything back. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. An
     * {@link SQLException} comes out as a {@link StoreException}; other exceptions come out as they are.
     */
    public <T> T inTransaction(Work<T> work) {
        return inUnit(() -> {
            try (Connection connection = connect()) {
                connection.setAutoCommit(false);
                return commitOrRollBack(connection, work);
            }
        });
    }

    /**
     * Runs {@code work}, which only reads, in one transaction that sees one consistent state of the store
     * however many queries it makes, while other desks go on writing.
     */
    public <T> T read(Work<T> work) {
        return inUnit(() -> {
            try (Connection connection = connect()) {
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(engine.readIsolation());
                connection.setReadOnly(true);
                return commitOrRollBack(connection, work);
            }
        });
    }

    /**
     * Runs {@code work}, which changes the store, in one transaction that first takes the store's write lock
     * and moves its change counter: writes from every desk run one after another, an import never interleaves
     * with another write, and each write sees everything committed before it. Desks that listen hear of it when
     * it commits.
     */
    public <T> T write(Work<T> work) {
        return inTransaction(connection -> {
            long changeCount = ChangeCounter.lockAndAdvance(connection);
            engine.announceChange(connection, changeCount);
            return work.run(connection);
        });
    }

    /**
     * A write in two steps: {@link #check} reads, checks (roles, the input, the store as it would be) and works
     * out the change without writing anything; the step it returns writes the change (and its audit entry).
     */
    @FunctionalInterface
    public interface CheckedWork<T> {
        /** Throws to refuse (nothing is written, nothing copied); returns the step that writes. */
        Work<T> check(Connection connection) throws SQLException;
    }

    /**
     * As {@link #write}, for a write that may be too large to commit in an H2 file in place. Holding the file
     * locked all along (an open connection keeps H2's file lock, so no other process can open it), it runs the
     * check on the file as it is, and only if that passes copies the file, runs and commits the write step on
     * the copy, closes the copy (H2 then writes it out completely), forces it to the disk and renames it over
     * the file, which is atomic: a process killed at any moment leaves the file as it was before or as it is
     * after, never between. A check that refuses or a write step that fails leaves the file untouched. Every
     * {@link FileHold} on the file in this program lets go for the replacement and holds the new file after it;
     * a connection to the file from anywhere else in this program (none of the planner's own: every unit closes
     * its connection) would go on seeing the old file, so the write is refused ({@link StoreInUseException})
     * rather than lost to it. On PostgreSQL, whose server commits through its own log, this is {@link #write}.
     */
    public <T> T writeCopyOnWrite(CheckedWork<T> work) {
        if (!(address instanceof StoreAddress.H2File)) {
            return write(connection -> work.check(connection).run(connection));
        }
        return inUnit(() -> {
            long start = System.nanoTime();
            Connection hold = connect();
            List<FileHold> suspended = List.of();
            try {
                Work<T> writeStep = checked(hold, work);
                long checkedAt = System.nanoTime();
                suspended = FileHold.suspendAll(describe());
                requireNoOtherConnection(hold);
                // No checkpoint first: every commit is already in the file (WRITE_DELAY=0), and H2 opens the
                // copy as it would the file after a crash.
                deleteCopy();
                StoreAddress.H2File copy = copyAddress();
                copyFile(file(), copy.file());
                long copiedAt = System.nanoTime();
                T result;
                try (Connection connection = H2Engine.create(copy, Duration.ZERO, filePassword()).connect()) {
                    connection.setAutoCommit(false);
                    result = commitOrRollBack(connection, c -> {
                        long changeCount = ChangeCounter.lockAndAdvance(c);
                        engine.announceChange(c, changeCount);
                        return writeStep.run(c);
                    });
                }
                // The copy's last connection is closed, so H2 has closed it: the file is complete.
                long writtenAt = System.nanoTime();
                force(copy.file());
                replaceFile(copy.file(), hold);
                // What the copy costs beside the write itself (docs/benchmarks.md, "Imports").
                LOG.debug("large write on a copy of {}: checked in {} ms, copied in {} ms, written and closed in {} ms,"
                        + " synced and renamed in {} ms ({} bytes)", file(), millis(start, checkedAt),
                        millis(checkedAt, copiedAt), millis(copiedAt, writtenAt), millis(writtenAt, System.nanoTime()),
                        Files.size(file()));
                return result;
            } catch (IOException e) {
                throw new SQLException("cannot write the new version of the database: " + e, e);
            } finally {
                try {
                    // The last connection to the old file: H2 lets go of it, so the holds open the new one.
                    hold.close();
                } finally {
                    deleteCopyQuietly();
                    FileHold.resumeAll(suspended);
                }
            }
        });
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** Runs the check step on the file as it is, in a transaction rolled back whatever it did. */
    private static <T> Work<T> checked(Connection hold, CheckedWork<T> work) throws SQLException {
        hold.setAutoCommit(false);
        try {
            return work.check(hold);
        } finally {
            hold.rollback();
            hold.setAutoCommit(true);
        }
    }

    // The holds have let go and every unit closes its connection, so this one should be the only one; one held
    // elsewhere in this JVM would go on seeing the old file after the rename, so the write is refused.
    private void requireNoOtherConnection(Connection hold) throws SQLException {
        if (sessionCount(hold) > 1) {
            throw new StoreInUseException("database in use by another connection in this program: " + file()
                    + " (a large write replaces the file and needs it to itself; close that connection)", null);
        }
    }

    /** How many connections this program has open to the H2 database of {@code connection}. */
    static long sessionCount(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet sessions = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            sessions.next();
            return sessions.getLong(1);
        }
    }

    /**
     * Keeps the store open until the hold is closed (an H2 file stays locked against other processes); a large
     * write lets go of it and takes it again on the new file (see {@link FileHold}).
     */
    public FileHold keepOpen() {
        return inUnit(() -> FileHold.take(engine));
    }

    /** Where a large write builds the next version of the file. */
    private StoreAddress.H2File copyAddress() {
        Path path = ((StoreAddress.H2File) address).path();
        return new StoreAddress.H2File(path.resolveSibling(path.getFileName() + ".writing"));
    }

    private static void copyFile(Path from, Path to) throws IOException {
        OwnerOnlyFiles.createEmptyIfMissing(to);
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(to, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            long size = in.size();
            long done = 0;
            while (done < size) {
                done += in.transferTo(done, size - done, out);
            }
        }
    }

    /**
     * Renames the finished copy over the file while this process still holds the file open, so no other process
     * can open the old version in between.
     */
    private void replaceFile(Path copy, Connection hold) throws IOException, SQLException {
        try {
            Files.move(copy, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw e;
        } catch (FileSystemException e) {
            // Windows refuses to rename over a file that is open: let go of it, then rename at once.
            hold.close();
            Files.move(copy, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder();
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes the rename itself durable; where a folder cannot be opened (Windows) the rename already is. */
    private void forceFolder() {
        try (FileChannel folder = FileChannel.open(file().getParent(), StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            LOG.debug("cannot sync folder {}: {}", file().getParent(), e.toString());
        }
    }

    private void deleteCopy() throws IOException {
        StoreAddress.H2File copy = copyAddress();
        Files.deleteIfExists(copy.file());
        Files.deleteIfExists(copy.path().resolveSibling(copy.path().getFileName() + ".trace.db"));
    }

    private void deleteCopyQuietly() {
        if (!(address instanceof StoreAddress.H2File)) {
            return;
        }
        try {
            deleteCopy();
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", copyAddress().file(), e.toString());
        }
    }

    /** The change counter now: how many writes the store has committed. */
    public long changeCount() {
        return read(ChangeCounter::current);
    }

    /** Starts listening for other desks' commits; the caller closes it. */
    public ChangeFeed changes() {
        return engine.openChangeFeed(this);
    }

    void continueIdentity(Connection connection, String table, String column) throws SQLException {
        engine.continueIdentity(connection, table, column);
    }

    /**
     * A connection in auto-commit mode; the caller closes it. Only for the units of work here (and tests of this
     * package): a connection held open elsewhere would block a large write ({@link #keepOpen} is the way to hold).
     */
    Connection connect() throws SQLException {
        return engine.connect();
    }

    private static <T> T commitOrRollBack(Connection connection, Work<T> work) throws SQLException {
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (Throwable e) {
            rollback(connection, e);
            throw e;
        }
    }

    interface Unit<T> {
        T run() throws SQLException;
    }

    <T> T inUnit(Unit<T> unit) {
        if (unitLock != null) {
            unitLock.lock();
        }
        try {
            return unit.run();
        } catch (SQLException e) {
            throw engine.translate(e);
        } finally {
            if (unitLock != null) {
                unitLock.unlock();
            }
        }
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
