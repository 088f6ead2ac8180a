package uk.police.soc.caseload.solver;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.search.Search;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.optaplanner.core.config.solver.monitoring.SolverMetric;

/**
 * Score calculations per second in a run's local search, read from the count OptaPlanner publishes as a
 * Micrometer gauge ({@link SolverMetric#SCORE_CALCULATION_COUNT}, tagged with the run's problem id) rather
 * than from its internal classes. The gauge is withdrawn when solving ends, so its last value is caught then.
 */
final class ScoreSpeed {

    static final long NONE = 0;

    private static final String COUNT = SolverMetric.SCORE_CALCULATION_COUNT.getMeterId();
    private static final String PROBLEM_ID = "problem.id";
    private static final AtomicLong NEXT_RUN = new AtomicLong();
    /** The count each run's gauge showed when it was withdrawn, by problem id, until its meter reads it. */
    private static final Map<String, Long> FINAL_COUNTS = new ConcurrentHashMap<>();
    private static final SimpleMeterRegistry REGISTRY = new SimpleMeterRegistry();

    static {
        REGISTRY.config().onMeterRemoved(ScoreSpeed::withdrawn);
        Metrics.addRegistry(REGISTRY);
    }

    private ScoreSpeed() {
    }

    /** A new run's meter, with the problem id its solver job must be given. */
    static Meter meter() {
        return new Meter(NEXT_RUN.incrementAndGet());
    }

    private static void withdrawn(io.micrometer.core.instrument.Meter meter) {
        String id = meter.getId().getTag(PROBLEM_ID);
        if (COUNT.equals(meter.getId().getName()) && id != null) {
            meter.measure().forEach(m -> FINAL_COUNTS.put(id, (long) m.getValue()));
        }
    }

    private static double currentCount(String problemId) {
        var gauge = Search.in(REGISTRY).name(COUNT).tag(PROBLEM_ID, problemId).gauge();
        return gauge == null ? Double.NaN : gauge.value();
    }

    /** One run's measurement: the count and the time when the local search began, and when solving ended. */
    static final class Meter {
        private final long problemId;
        private volatile long localSearchStartedNanos;
        private volatile double countAtLocalSearchStart = Double.NaN;
        private volatile long endedNanos;

        private Meter(long problemId) {
            this.problemId = problemId;
        }

        long problemId() {
            return problemId;
        }

        /** Called as the local search begins (at the end of the last custom phase). */
        void localSearchStarts() {
            countAtLocalSearchStart = currentCount(Long.toString(problemId));
            localSearchStartedNanos = System.nanoTime();
        }

        /** Called once solving has ended. */
        void solvingEnded() {
            endedNanos = System.nanoTime();
        }

        /** Calculations per second in the local search; {@link #NONE} when it did not run or was not measured. */
        long perSecond() {
            Long last = FINAL_COUNTS.remove(Long.toString(problemId));
            long nanos = endedNanos - localSearchStartedNanos;
            if (last == null || Double.isNaN(countAtLocalSearchStart) || localSearchStartedNanos == 0 || nanos <= 0) {
                return NONE;
            }
            return Math.round(Math.max(0, last - countAtLocalSearchStart) * 1e9 / nanos);
        }
    }
}
