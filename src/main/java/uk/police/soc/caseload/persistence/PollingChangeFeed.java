package uk.police.soc.caseload.persistence;

import java.time.Duration;

/** Hears of changes by reading the change counter every {@code interval}: for a store that cannot announce them. */
final class PollingChangeFeed implements ChangeFeed {

    private final Database database;
    private final Duration interval;
    private volatile boolean closed;

    PollingChangeFeed(Database database, Duration interval) {
        this.database = database;
        this.interval = interval;
    }

    @Override
    public long awaitChange(long seen, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (true) {
            long count = database.changeCount();
            if (count != seen || closed || System.nanoTime() >= deadline) {
                return count;
            }
            try {
                Thread.sleep(Math.max(1, Math.min(interval.toMillis(), (deadline - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return count;
            }
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
