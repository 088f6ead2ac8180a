package uk.police.soc.caseload.service;

import java.time.Duration;

/**
 * How an open desk hears of other desks' commits without pressing Refresh: PostgreSQL announces each one,
 * an H2 desk looks at the store's change counter every second.
 */
public interface LiveUpdates extends AutoCloseable {

    /**
     * Waits until the store's change count passes {@code seen}, or {@code atMost} has gone by, and returns it.
     * A lost connection comes out as {@link StoreConnectionLostException}.
     */
    long awaitChange(long seen, Duration atMost);

    @Override
    void close();
}
