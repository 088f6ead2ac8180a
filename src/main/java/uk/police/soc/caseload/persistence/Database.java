package uk.police.soc.caseload.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One store: an H2 file or a shared PostgreSQL database, opened from a {@link StoreAddress}. Each unit of work
 * gets its own connection and transaction, closed when the unit ends (an H2 file is then free for the app and
 * a command to take turns, see docs/decisions/0001). Writes take the store's write lock first, so that writes
 * from every desk run one after another, each validating what it changes against what the last one left
 * (docs/decisions/0022). The same Flyway migrations create and upgrade both kinds of store.
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
        StoreEngine engine = address instanceof StoreAddress.Postgres postgres ? new PostgresEngine(postgres)
                : H2Engine.create((StoreAddress.H2File) address, lockWait);
        Database database = new Database(address, engine);
        database.migrate();
        return database;
    }

    // Migrations are DDL, which H2 commits on its own; they run here, before any unit of work. The open
    // connection waits out another process's lock and keeps an H2 database open for Flyway's own connections.
    private void migrate() {
        inUnit(() -> {
            try (Connection keepOpen = connect()) {
                MigrateResult result = engine.flyway(Flyway.configure())
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
                if (result.migrationsExecuted > 0) {
                    LOG.info("Database {} is now at schema version {}", describe(), result.targetSchemaVersion);
                }
            } catch (FlywayException e) {
                throw new StoreException("cannot upgrade the database " + describe() + ": " + e.getMessage(), e);
            }
            return null;
        });
    }

    public StoreAddress address() {
        return address;
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

    /** The change counter now: how many writes the store has committed. */
    public long changeCount() {
        return read(ChangeCounter::current);
    }

    /** Starts listening for other desks' commits; the caller closes it. */
    public ChangeFeed changes() {
        return engine.openChangeFeed(this);
    }

    /** A connection in auto-commit mode; the caller closes it. Holding it open keeps an H2 file locked. */
    public Connection connect() throws SQLException {
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
