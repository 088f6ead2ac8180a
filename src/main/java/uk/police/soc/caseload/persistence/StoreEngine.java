package uk.police.soc.caseload.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * What differs between the two kinds of store: how to connect, how failures read, how other desks hear of a
 * commit, and how units of work in one process take turns. Everything else (the schema, the repositories'
 * SQL) is the same on both, so that both give the same answers.
 */
interface StoreEngine {

    /** A new connection in auto-commit mode. */
    Connection connect() throws SQLException;

    /** Points Flyway at the store. */
    FluentConfiguration flyway(FluentConfiguration configuration);

    /** The store as messages name it. */
    String describe();

    /** A failure as the user should read it, naming the store. */
    RuntimeException translate(SQLException e);

    /** Inside a write's transaction, after the change counter moved: tells listening desks (on commit). */
    void announceChange(Connection connection, long changeCount) throws SQLException;

    /** The isolation for a unit that only reads: one consistent view over its several queries. */
    int readIsolation();

    /** Whether units of work in this process must take turns (a file store) or may run in parallel (a server). */
    boolean unitsTakeTurns();

    /** After rows were copied in with their own ids: new rows continue after the largest id of {@code column}. */
    void continueIdentity(Connection connection, String table, String column) throws SQLException;

    /** Listens for other desks' commits; the caller closes it. */
    ChangeFeed openChangeFeed(Database database);

    /** Housekeeping when the store is opened, before anything else uses it (an H2 file: see H2Engine). */
    default void compactIfSparse() throws SQLException {
    }
}
