package uk.police.soc.caseload.benchmark;

import java.util.List;

/**
 * Repeated measurements of one operation, as the benchmarks report them: the mean and the slowest (the one a
 * user notices), in milliseconds.
 */
public record Timing(int count, double meanMillis, double slowestMillis) {

    public static Timing of(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return new Timing(0, 0, 0);
        }
        double mean = nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        double slowest = nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
        return new Timing(nanos.size(), mean, slowest);
    }

    /** Nanoseconds {@code work} took. */
    public static long nanos(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return System.nanoTime() - started;
    }
}
