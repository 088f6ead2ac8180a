package uk.police.soc.caseload.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
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
        this.url = "jdbc:h2:file:" + path + ";WRITE_DELAY=0";
        this.lockWait = lockWait;
        this.unitLock = UNIT_LOCKS.computeIfAbsent(path, p -> new ReentrantLock());
    }

    /** Opens (creating if needed) the database at {@code path}, without {@code .mv.db}, and migrates its schema. */
    public static Database open(Path path) {
        return open(path, DEFAULT_LOCK_WAIT);
    }

    public static Database open(Path path, Duration lockWait) {
        Path absolute = path.toAbsolutePath().normalize();
        createParentDirectory(absolute);
        Database database = new Database(absolute, lockWait);
        database.migrate();
        return database;
    }

    private static void createParentDirectory(Path absolute) {
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the database folder " + absolute.getParent() + ": " + e, e);
        }
    }

    // Migrations are DDL, which H2 commits on its own; they run here, before any unit of work. The open
    // connection waits out another process's lock and keeps the database open for Flyway's own connections.
    private void migrate() {
        inUnit(() -> {
            try (Connection keepOpen = connect()) {
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
        return path.resolveSibling(path.getFileName() + ".mv.db");
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
