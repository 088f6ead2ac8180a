package uk.police.soc.caseload.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.access.NotAllowedException;

/** The embedded store: one H2 file, opened by one process at a time, each unit briefly. */
final class H2Engine implements StoreEngine {

    private static final Logger LOG = LoggerFactory.getLogger(H2Engine.class);
    private static final String USER = "sa";
    private static final String PASSWORD = "";
    private static final String ENCRYPTED_USER_PASSWORD = "planner";
    private static final long RETRY_PAUSE_MILLIS = 50;

    private final StoreAddress.H2File address;
    private final String url;
    private final Duration lockWait;
    // H2 file encryption: the file password travels as the first half of the JDBC password ("file user"),
    // never in the URL; the URL only says that the file is encrypted.
    private final char[] filePassword;
    private final String password;

    private H2Engine(StoreAddress.H2File address, Duration lockWait, char[] filePassword) {
        this.address = address;
        // WRITE_DELAY=0: a commit is written to the file before it returns, so a crash loses no committed work.
        // H2Path builds the URL from the checked path: no setting can come from the path; the cipher is ours.
        this.url = H2Path.url(address.path()) + (filePassword == null ? "" : ";CIPHER=AES");
        this.lockWait = lockWait;
        this.filePassword = filePassword == null ? null : filePassword.clone();
        // Flyway drops a trailing space, so an encrypted file's (not secret) user password is not empty.
        this.password = filePassword == null ? PASSWORD : new String(filePassword) + " " + ENCRYPTED_USER_PASSWORD;
    }

    /**
     * The engine of the file at {@code address}; its folder and an empty file are created if missing, both the
     * owner's only, so that police data never sits in a file others can read.
     *
     * @throws IllegalArgumentException when the path cannot be a database path ({@link H2Path#problem})
     */
    static H2Engine create(StoreAddress.H2File address, Duration lockWait) {
        return create(address, lockWait, null);
    }

    /**
     * The engine for an H2 file that may be encrypted: an existing encrypted file needs {@code filePassword}
     * (refused without it); a new file is created encrypted when one is given; an existing plain file ignores it.
     */
    static H2Engine create(StoreAddress.H2File address, Duration lockWait, char[] filePassword) {
        // Refused before anything is made or read: a path that could carry settings creates no folder.
        H2Path.checked(address.path());
        char[] effective = filePassword;
        if (hasContent(address.file())) {
            boolean encrypted = isEncrypted(address.file());
            if (encrypted && filePassword == null) {
                throw new NotAllowedException(FILE_PASSWORD, "the database " + address.file() + " is encrypted:"
                        + " give its file password (SOC_PLANNER_DB_PASSWORD, or the prompt)");
            }
            if (!encrypted) {
                effective = null;
            }
        }
        if (effective != null) {
            checkFilePassword(effective);
        }
        createFolder(address);
        return new H2Engine(address, lockWait, effective);
    }

    /** Where a problem with the database file password is reported. */
    static final String FILE_PASSWORD = "SOC_PLANNER_DB_PASSWORD";
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** H2 takes the file password up to the first space; a longer phrase would silently be cut. */
    static void checkFilePassword(char[] filePassword) {
        if (filePassword.length < 12) {
            throw new InvalidInputException(FILE_PASSWORD, "a database file password needs at least 12 characters");
        }
        for (char c : filePassword) {
            if (Character.isWhitespace(c)) {
                throw new InvalidInputException(FILE_PASSWORD, "a database file password cannot contain spaces");
            }
        }
    }

    /** True when the H2 file at {@code file} ({@code .mv.db}) is encrypted (it starts with H2's header). */
    static boolean isEncrypted(Path file) {
        try (var in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    char[] filePassword() {
        return filePassword == null ? null : filePassword.clone();
    }

    /** An existing file with bytes in it; the empty owner-only file made before H2 first writes says nothing. */
    private static boolean hasContent(Path file) {
        try {
            return Files.exists(file) && Files.size(file) > 0;
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void createFolder(StoreAddress.H2File address) {
        try {
            OwnerOnlyFiles.createFolders(address.path().getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the database folder " + address.path().getParent() + ": " + e, e);
        }
        try {
            OwnerOnlyFiles.createEmptyIfMissing(address.file());
        } catch (IOException e) {
            throw new StoreException("cannot create the database file " + address.file() + ": " + e, e);
        }
    }

    @Override
    public Connection connect() throws SQLException {
        long deadline = System.nanoTime() + lockWait.toNanos();
        while (true) {
            try {
                return DriverManager.getConnection(url, USER, password);
            } catch (SQLException e) {
                if (e.getErrorCode() != ErrorCode.DATABASE_ALREADY_OPEN_1 || System.nanoTime() > deadline) {
                    throw e;
                }
                pauseBeforeRetry();
            }
        }
    }

    /** Below this size a file is left as it is: compacting it would gain little. */
    static final long COMPACT_FROM_BYTES = 4L * 1024 * 1024;
    /** Compact when less than this percentage of the file's chunks holds live data. */
    static final int COMPACT_BELOW_FILL_PERCENT = 50;

    /**
     * Every commit appends to the file (REUSE_SPACE=FALSE, see H2Path), so a file only grows while it is used:
     * about 16 KB a commit. When it is opened and mostly holds chunks no longer in use, it is rewritten whole
     * ({@code SHUTDOWN COMPACT}: H2 writes the live data to a temporary file and renames it over the file, and
     * finishes or undoes a compaction a crash cut short at the next open). Only when no other session of this
     * process has the file open, as shutting down would close it under them; no other process can have it open.
     */
    @Override
    public void compactIfSparse() throws SQLException {
        boolean compact;
        try (Connection connection = connect(); var statement = connection.createStatement()) {
            long fileSize = 0;
            int fillRate = 100;
            try (ResultSet rows = statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM"
                    + " INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.CHUNKS_FILL_RATE')")) {
                while (rows.next()) {
                    if (rows.getString(1).equals("info.FILE_SIZE")) {
                        fileSize = Long.parseLong(rows.getString(2));
                    } else {
                        fillRate = Integer.parseInt(rows.getString(2));
                    }
                }
            }
            int sessions;
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
                rows.next();
                sessions = rows.getInt(1);
            }
            compact = sessions == 1 && fileSize >= COMPACT_FROM_BYTES && fillRate < COMPACT_BELOW_FILL_PERCENT;
            if (compact) {
                LOG.info("compacting {}: {} bytes, {}% of its chunks in use", address.file(), fileSize, fillRate);
                statement.execute("SHUTDOWN COMPACT");
            }
        } catch (SQLException e) {
            // The shutdown ends the connection under the statement; anything else is a real failure.
            if (e.getErrorCode() != ErrorCode.DATABASE_IS_CLOSED) {
                throw e;
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
        return configuration.dataSource(url, USER, password);
    }

    @Override
    public String describe() {
        return file().toString();
    }

    private Path file() {
        return address.file();
    }

    @Override
    public RuntimeException translate(SQLException e) {
        if (e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1 || e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD) {
            return new NotAllowedException(FILE_PASSWORD, "wrong file password for the encrypted database " + file());
        }
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
    public void continueIdentity(Connection connection, String table, String column) throws SQLException {
        long next = Jdbc.query(connection, "SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM " + table,
                row -> row.getLong(1)).get(0);
        // DDL with a number we computed, not input; names come from the schema (checked by StoreCopy)
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next);
        }
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
