package uk.police.soc.caseload.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a store open (an H2 file then stays locked against other processes, and is not reopened for every unit
 * of work) until closed. It gives out no connection: the {@link Database} owns every connection to its file, so
 * a large write, which replaces the H2 file with a new version (docs/decisions/0018), can let go of every hold
 * on that file in this program first and take them again on the new file. A connection kept open past the
 * replacement would go on reading and writing the old, unlinked file, and its writes would be lost.
 */
public final class FileHold implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FileHold.class);

    // Every hold in this program, by the store it holds (the same key as the units' turn-taking lock).
    private static final Map<String, Set<FileHold>> BY_STORE = new ConcurrentHashMap<>();

    private final String store;
    private final StoreEngine engine;
    private Connection connection;
    private boolean closed;

    private FileHold(String store, StoreEngine engine, Connection connection) {
        this.store = store;
        this.engine = engine;
        this.connection = connection;
    }

    /** Takes a hold; the caller runs this in a unit of work, so that no large write is halfway meanwhile. */
    static FileHold take(StoreEngine engine) throws SQLException {
        FileHold hold = new FileHold(engine.describe(), engine, engine.connect());
        BY_STORE.computeIfAbsent(hold.store, s -> ConcurrentHashMap.newKeySet()).add(hold);
        return hold;
    }

    /** Lets go of every hold on {@code store} in this program; {@link #resumeAll} takes them again. */
    static List<FileHold> suspendAll(String store) {
        List<FileHold> holds = List.copyOf(BY_STORE.getOrDefault(store, Set.of()));
        holds.forEach(FileHold::suspend);
        return holds;
    }

    /** Takes the suspended holds again, on the file as it is now; one that cannot is lost, with a warning. */
    static void resumeAll(List<FileHold> holds) {
        holds.forEach(FileHold::resume);
    }

    /** Whether this hold has its connection now (not suspended, not closed, not lost). */
    public synchronized boolean holding() {
        return connection != null;
    }

    private synchronized void suspend() {
        closeConnection();
    }

    private synchronized void resume() {
        if (closed || connection != null) {
            return;
        }
        try {
            connection = engine.connect();
        } catch (SQLException e) {
            LOG.warn("cannot hold {} open again after a large write: {}", store, e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        Set<FileHold> holds = BY_STORE.get(store);
        if (holds != null) {
            holds.remove(this);
        }
        closeConnection();
    }

    private void closeConnection() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("closing a hold on {}: {}", store, e.getMessage());
        }
        connection = null;
    }
}
