package uk.police.soc.caseload.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.api.ErrorCode;

/** The embedded store: one H2 file, opened by one process at a time, each unit briefly. */
final class H2Engine implements StoreEngine {

    private static final String USER = "sa";
    private static final String PASSWORD = "";
    private static final long RETRY_PAUSE_MILLIS = 50;

    private final StoreAddress.H2File address;
    private final String url;
    private final Duration lockWait;

    private H2Engine(StoreAddress.H2File address, Duration lockWait) {
        this.address = address;
        // WRITE_DELAY=0: a commit is written to the file before it returns, so a crash loses no committed work.
        this.url = "jdbc:h2:file:" + address.path() + ";WRITE_DELAY=0";
        this.lockWait = lockWait;
    }

    static H2Engine create(StoreAddress.H2File address, Duration lockWait) {
        try {
            Files.createDirectories(address.path().getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the database folder " + address.path().getParent() + ": " + e, e);
        }
        return new H2Engine(address, lockWait);
    }

    @Override
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

    @Override
    public FluentConfiguration flyway(FluentConfiguration configuration) {
        return configuration.dataSource(url, USER, PASSWORD);
    }

    @Override
    public String describe() {
        return file().toString();
    }

    private Path file() {
        return address.file();
    }

    @Override
    public StoreException translate(SQLException e) {
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

    @Override
    public void announceChange(Connection connection, long changeCount) {
        // Nothing to send: H2 desks look at the change counter (see ChangeFeed).
    }

    @Override
    public int readIsolation() {
        // One process holds the file during a unit, so the default already sees one state.
        return Connection.TRANSACTION_READ_COMMITTED;
    }

    @Override
    public boolean unitsTakeTurns() {
        return true;
    }

    @Override
    public ChangeFeed openChangeFeed(Database database) {
        return new PollingChangeFeed(database, ChangeFeed.H2_POLL);
    }
}
