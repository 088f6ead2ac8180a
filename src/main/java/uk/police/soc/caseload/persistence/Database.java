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
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One H2 file database. Each unit of work gets its own connection and transaction, and the database is closed
 * again when the unit ends, so the file is locked only while a unit runs: the desktop app and a command can
 * take turns on the same file (see docs/decisions/0001). A unit that finds the file locked by another process
 * retries until {@code lockWait} has passed.
 *
 * <p>A large write is not committed in the file itself: H2 writes a long commit to the file in several steps, and
 * a process killed between them leaves a file it cannot read again (see docs/decisions/0018). Such a write runs on
 * a private copy of the file instead, which replaces the file in one atomic rename once it is complete and on
 * disk ({@link #inCopyOnWriteTransaction}). The file is owner-only, and its URL never carries a setting from its
 * path ({@link H2Path}).
 */
public final class Database {

    /** How long a unit of work waits for another process to release the file by default. */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String FLYWAY_LOG_LEVEL = "org.slf4j.simpleLogger.log.org.flywaydb";
    private static final String USER = "sa";
    private static final String PASSWORD = "";
    private static final long RETRY_PAUSE_MILLIS = 50;

    // Units on one file run one at a time in this JVM too, so that a write validates what it will change.
    private static final Map<Path, ReentrantLock> UNIT_LOCKS = new ConcurrentHashMap<>();

    static {
        // Flyway reports every open at INFO; a command's stderr should hold only what matters. -D overrides.
        if (System.getProperty(FLYWAY_LOG_LEVEL) == null) {
            System.setProperty(FLYWAY_LOG_LEVEL, "warn");
        }
    }

    private final Path path;
    private final String url;
    private final Duration lockWait;
    private final ReentrantLock unitLock;

    private Database(Path path, Duration lockWait) {
        this.path = path;
        // WRITE_DELAY=0: a commit is written to the file before it returns, so a crash loses no committed work.
        this.url = H2Path.url(path);
        this.lockWait = lockWait;
        this.unitLock = UNIT_LOCKS.computeIfAbsent(path, p -> new ReentrantLock());
    }

    /** Opens (creating if needed) the database at {@code path}, without {@code .mv.db}, and migrates its schema. */
    public static Database open(Path path) {
        return open(path, DEFAULT_LOCK_WAIT);
    }

    /**
     * As {@link #open(Path)}, waiting at most {@code lockWait} for another process to release the file.
     *
     * @throws IllegalArgumentException when the path cannot be a database path ({@link H2Path#problem})
     */
    public static Database open(Path path, Duration lockWait) {
        Path absolute = H2Path.checked(path);
        Database database = new Database(absolute, lockWait);
        database.createFile();
        database.migrate();
        return database;
    }

    private void createFile() {
        try {
            OwnerOnlyFiles.createFolders(path.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the database folder " + path.getParent() + ": " + e, e);
        }
        try {
            OwnerOnlyFiles.createEmptyIfMissing(file());
        } catch (IOException e) {
            throw new StoreException("cannot create the database file " + file() + ": " + e, e);
        }
    }

    // Migrations are DDL, which H2 commits on its own; they run here, before any unit of work. The open
    // connection waits out another process's lock and keeps the database open for Flyway's own connections.
    private void migrate() {
        inUnit(() -> {
            try (Connection keepOpen = connect()) {
                // Holding the file: a copy left behind by a process killed during a large write can go.
                deleteCopyQuietly();
                MigrateResult result = Flyway.configure()
                        .dataSource(url, USER, PASSWORD)
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
                if (result.migrationsExecuted > 0) {
                    LOG.info("Database {} is now at schema version {}", file(), result.targetSchemaVersion);
                }
            } catch (FlywayException e) {
                throw new StoreException("cannot upgrade the database " + file() + ": " + e.getMessage(), e);
            }
            return null;
        });
    }

    /** The database file. */
    public Path file() {
        return H2Path.file(path);
    }

    /** Where a large write builds the next version of the file (as a database path, without .mv.db). */
    private Path copyPath() {
        return path.resolveSibling(path.getFileName() + ".writing");
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
                try {
                    T result = work.run(connection);
                    connection.commit();
                    return result;
                } catch (Throwable e) {
                    rollback(connection, e);
                    throw e;
                }
            }
        });
    }

    /**
     * Runs {@code work} in one transaction as {@link #inTransaction} does, for a write too large to commit in the
     * file in place. Holding the file locked all along, it copies the file, runs and commits the work on the
     * copy, closes the copy (H2 then writes it out completely), forces it to the disk and renames it over the
     * file, which is atomic: a process killed at any moment leaves the file as it was before or as it is after,
     * never between. The work fails and rolls back as in {@link #inTransaction}, leaving the file untouched.
     */
    public <T> T inCopyOnWriteTransaction(Work<T> work) {
        return inUnit(() -> {
            Connection hold = connect();
            try {
                requireNoOtherConnection(hold);
                deleteCopy();
                Path copy = H2Path.file(copyPath());
                copyFile(file(), copy);
                T result;
                try (Connection connection = DriverManager.getConnection(H2Path.url(copyPath()), USER, PASSWORD)) {
                    connection.setAutoCommit(false);
                    try {
                        result = work.run(connection);
                        connection.commit();
                    } catch (Throwable e) {
                        rollback(connection, e);
                        throw e;
                    }
                }
                // The copy's last connection is closed, so H2 has closed it: the file is complete.
                force(copy);
                hold = replaceFile(copy, hold);
                return result;
            } catch (IOException e) {
                throw new SQLException("cannot write the new version of the database: " + e, e);
            } finally {
                try {
                    if (hold != null) {
                        hold.close();
                    }
                } finally {
                    deleteCopyQuietly();
                }
            }
        });
    }

    // Every unit closes its connection, so this one is the only one; one held elsewhere in this JVM would go on
    // seeing the old file after the rename, so the write is refused rather than lost to it.
    private void requireNoOtherConnection(Connection hold) throws SQLException {
        try (Statement statement = hold.createStatement();
             var sessions = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            sessions.next();
            if (sessions.getLong(1) > 1) {
                throw new StoreInUseException("database in use by another connection in this program: " + file()
                        + " (a large write replaces the file and needs it to itself)", null);
            }
        }
    }

    // No checkpoint before the copy: every commit is already in the file (WRITE_DELAY=0), H2 opens the copy as it
    // would the file after a crash, and a write refused as invalid leaves the file byte for byte as it was.
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
     * can open the old version in between; returns the connection still to close (null when already closed).
     */
    private Connection replaceFile(Path copy, Connection hold) throws IOException, SQLException {
        try {
            Files.move(copy, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw e;
        } catch (FileSystemException e) {
            // Windows refuses to rename over a file that is open: let go of it, then rename at once.
            hold.close();
            Files.move(copy, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceFolder();
            return null;
        }
        forceFolder();
        return hold;
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes the rename itself durable; where a folder cannot be opened (Windows) the rename already is. */
    private void forceFolder() {
        try (FileChannel folder = FileChannel.open(path.getParent(), StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            LOG.debug("cannot sync folder {}: {}", path.getParent(), e.toString());
        }
    }

    private void deleteCopy() throws IOException {
        Path copy = copyPath();
        Files.deleteIfExists(H2Path.file(copy));
        Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + ".trace.db"));
    }

    private void deleteCopyQuietly() {
        try {
            deleteCopy();
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", copyPath(), e.toString());
        }
    }

    /** A connection in auto-commit mode; the caller closes it. Holding it open keeps the file locked. */
    public Connection connect() throws SQLException {
        long deadline = System.nanoTime() + lockWait.toNanos();
        while (true) {
            try {
                return DriverManager.getConnection(url, USER, PASSWORD);
            } catch (SQLException e) {
                if (e.getErrorCode() != ErrorCode.DATABASE_ALREADY_OPEN_1 || System.nanoTime() > deadline) {
                    throw e;
                }
                pauseBeforeRetry();
            }
        }
    }

    private static void pauseBeforeRetry() throws SQLException {
        try {
            Thread.sleep(RETRY_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the database", e);
        }
    }

    private interface Unit<T> {
        T run() throws SQLException;
    }

    private <T> T inUnit(Unit<T> unit) {
        unitLock.lock();
        try {
            return unit.run();
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            unitLock.unlock();
        }
    }

    private StoreException translate(SQLException e) {
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new StoreInUseException("database in use by another process: " + file()
                    + " (close the other program, or wait for it to finish, and try again)", e);
        }
        if (e.getErrorCode() == ErrorCode.FILE_VERSION_ERROR_1 || e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1
                || e.getErrorCode() == ErrorCode.IO_EXCEPTION_1) {
            return new StoreException("cannot read " + file() + ": not a database of this version of the planner,"
                    + " damaged, or not readable (" + e.getMessage() + ")", e);
        }
        return new StoreException("database error on " + file() + ": " + e.getMessage(), e);
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
