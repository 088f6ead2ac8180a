package uk.police.soc.caseload.persistence;

import java.time.Duration;

/**
 * How a desk hears that another desk committed a change: every write moves the store's change counter in its
 * own transaction; PostgreSQL also announces it ({@code NOTIFY}) to listening desks, H2 is asked every second.
 */
public interface ChangeFeed extends AutoCloseable {

    /** How often an H2 desk looks at the change counter: well inside the 5 seconds a change may take to show. */
    Duration H2_POLL = Duration.ofSeconds(1);

    /**
     * Waits until the change counter passes {@code seen}, or {@code atMost} has gone by; returns the counter
     * then. A lost connection comes out as {@link StoreUnavailableException}.
     */
    long awaitChange(long seen, Duration atMost);

    @Override
    void close();
}
