package uk.police.soc.caseload.persistence;

import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;
import uk.police.soc.caseload.domain.InvalidInputException;

/**
 * The shared store: a PostgreSQL database that every desk connects to. The driver gets the address's parts
 * one by one (never a URL made of user text); the user and password follow PostgreSQL's own conventions
 * ({@code ?user=}, {@code PGUSER}, {@code PGPASSWORD}, the user's {@code .pgpass}, which the driver reads).
 */
final class PostgresEngine implements StoreEngine {

    /** The channel on which a write announces itself; a constant, never input. */
    static final String CHANNEL = "soc_caseload_change";

    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    private final StoreAddress.Postgres address;
    private final PGSimpleDataSource dataSource = new PGSimpleDataSource();

    PostgresEngine(StoreAddress.Postgres address, char[] typedPassword) {
        this.address = address;
        dataSource.setServerNames(new String[] {address.host()});
        dataSource.setPortNumbers(new int[] {address.port()});
        dataSource.setDatabaseName(address.database());
        dataSource.setUser(address.effectiveUser());
        String password = typedPassword != null && typedPassword.length > 0 ? new String(typedPassword)
                : System.getenv("PGPASSWORD");
        if (password != null && !password.isEmpty()) {
            dataSource.setPassword(password);
        }
        if (address.sslMode() != null) {
            dataSource.setSslMode(address.sslMode());
        }
        dataSource.setApplicationName("SOC Caseload Planner");
        dataSource.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        dataSource.setLoginTimeout(CONNECT_TIMEOUT_SECONDS);
        // A desk that loses the server finds out from the operating system, not after hours.
        dataSource.setTcpKeepAlive(true);
    }

    @Override
    public Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public FluentConfiguration flyway(FluentConfiguration configuration) {
        return configuration.dataSource(dataSource);
    }

    @Override
    public String describe() {
        return address.describe();
    }

    @Override
    public StoreException translate(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = address.describe();
        if (causedBy(e, UnknownHostException.class)) {
            throw new InvalidInputException(StoreAddress.OPTION, "unknown host \"" + address.host() + "\" in " + where);
        }
        switch (state) {
            case "3D000":
                throw new InvalidInputException(StoreAddress.OPTION, "there is no database \"" + address.database()
                        + "\" on " + address.host() + ":" + address.port());
            case "28P01":
                return new StoreAccessDeniedException("the PostgreSQL server refused the password of "
                        + address.effectiveUser() + " on " + where, e);
            case "28000":
                return new StoreAccessDeniedException("the PostgreSQL server does not let " + address.effectiveUser()
                        + " connect to " + where + " (" + e.getMessage() + ")", e);
            case "42501":
                return new StoreAccessDeniedException("not allowed on " + where + ": " + e.getMessage()
                        + " (see the desk role in docs/shared-store.md)", e);
            case "08004":
                return new StoreAccessDeniedException("the PostgreSQL server wants a password for "
                        + address.effectiveUser() + " on " + where + ": set PGPASSWORD or add it to your .pgpass file", e);
            default:
                break;
        }
        if (state.startsWith("08") || state.startsWith("57P")) {
            return new StoreUnavailableException("cannot reach or lost the connection to " + where + ": "
                    + e.getMessage() + " (nothing half-written is kept: the server rolls back an unfinished"
                    + " transaction)", e);
        }
        return new StoreException("database error on " + where + ": " + e.getMessage(), e);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void announceChange(Connection connection, long changeCount) throws SQLException {
        // Delivered to listening desks when (and only if) this transaction commits.
        Jdbc.query(connection, "SELECT pg_notify(?, ?)", row -> null, CHANNEL, Long.toString(changeCount));
    }

    @Override
    public void continueIdentity(Connection connection, String table, String column) throws SQLException {
        Jdbc.query(connection, "SELECT setval(pg_get_serial_sequence(?, ?), COALESCE(MAX(" + column + "), 0) + 1,"
                + " false) FROM " + table, row -> null, table, column);
    }

    @Override
    public int readIsolation() {
        // One snapshot for all of a load's queries, however many desks commit meanwhile.
        return Connection.TRANSACTION_REPEATABLE_READ;
    }

    @Override
    public boolean unitsTakeTurns() {
        return false;
    }

    @Override
    public ChangeFeed openChangeFeed(Database database) {
        return new ListeningChangeFeed(database);
    }

    /** A connection of its own that {@code LISTEN}s; the counter is read too, so nothing is missed before. */
    private final class ListeningChangeFeed implements ChangeFeed {

        private final Database database;
        private Connection connection;

        ListeningChangeFeed(Database database) {
            this.database = database;
        }

        @Override
        public synchronized long awaitChange(long seen, Duration atMost) {
            try {
                return listen(seen, atMost);
            } catch (StoreException e) {
                close();
                throw e;
            }
        }

        private long listen(long seen, Duration atMost) {
            return database.inUnit(() -> {
                if (connection == null || connection.isClosed()) {
                    connection = connect();
                    connection.createStatement().execute("LISTEN " + CHANNEL);
                }
                long count = ChangeCounter.current(connection);
                if (count == seen) {
                    connection.unwrap(PGConnection.class).getNotifications((int) Math.max(1, atMost.toMillis()));
                    count = ChangeCounter.current(connection);
                }
                return count;
            });
        }

        @Override
        public synchronized void close() {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    // closing a connection we no longer need: nothing to tell anyone
                }
                connection = null;
            }
        }
    }
}
