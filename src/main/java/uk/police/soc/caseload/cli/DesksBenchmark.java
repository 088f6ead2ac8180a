package uk.police.soc.caseload.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.TrainingRecord;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.CaseloadServices;
import uk.police.soc.caseload.service.LiveUpdates;
import uk.police.soc.caseload.service.StaleRecordException;
import uk.police.soc.caseload.solver.AllocationSolver;
import uk.police.soc.caseload.solver.Proposal;
import uk.police.soc.caseload.benchmark.SyntheticCaseloads;

/**
 * Several desks editing one store at once for a fixed time, each with its own service and connections, as
 * separate app windows would: moves, threat edits, training records and one planner accept, all read, changed
 * and saved from what that desk read. Every threat change also tags the threat's area with the operation, so
 * that the accepted operations on a threat form one chain from its first value (each based on the value the
 * last one left); a lost update would show as two accepted operations based on the same value, or a final value
 * that is not the chain's end. A probe desk saves every half second and two watching desks time how long its
 * change takes to show there (heard, then reloaded). Then a national-sized caseload is opened from this store
 * and from an H2 file.
 */
final class DesksBenchmark {

    static final int SCRATCH_THREATS = 250;
    static final int SCRATCH_OFFICERS = 50;
    static final int NATIONAL_THREATS = 4600;
    static final int NATIONAL_OFFICERS = 900;
    private static final Duration PROBE_EVERY = Duration.ofMillis(500);
    private static final String PROBE_THREAT_PREFIX = "probe-";

    /** Percentiles of many timings, in milliseconds. */
    record Spread(int count, double p50, double p95, double max) {

        static Spread of(List<Long> nanos) {
            if (nanos.isEmpty()) {
                return new Spread(0, 0, 0, 0);
            }
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            return new Spread(sorted.size(), at(sorted, 0.50), at(sorted, 0.95), sorted.get(sorted.size() - 1) / 1e6);
        }

        private static double at(List<Long> sorted, double quantile) {
            int index = (int) Math.ceil(quantile * sorted.size()) - 1;
            return sorted.get(Math.max(0, index)) / 1e6;
        }
    }

    /** What the run measured. */
    record Result(int desks, double seconds, long saved, long refused, long invalid, int lostUpdates,
            boolean planAccepted, Spread saveTime, Spread visibility, double nationalPostgresOpenMillis,
            double nationalPostgresLoadMillis, double nationalH2OpenMillis, double nationalH2LoadMillis) {
    }

    /** One accepted change of one threat: the value it was based on and the value it left. */
    private record Step(Threat before, Threat after) {
    }

    private final String db;
    private final int desks;
    private final Duration duration;
    private final long seed;
    private final Map<String, List<Step>> accepted = new ConcurrentHashMap<>();
    private final List<TrainingRecord> acceptedTraining = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> saveNanos = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> visibilityNanos = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong invalid = new AtomicLong();
    private final AtomicBoolean planAccepted = new AtomicBoolean();
    private final Map<String, Long> probeSavedAt = new ConcurrentHashMap<>();

    DesksBenchmark(String db, int desks, Duration duration, long seed) {
        this.db = db;
        this.desks = desks;
        this.duration = duration;
        this.seed = seed;
    }

    Result run(Path scratchFolder) throws Exception {
        Caseload start = SyntheticCaseloads.generate(SCRATCH_THREATS, SCRATCH_OFFICERS, seed);
        try (CaseloadService setup = CaseloadServices.open(db)) {
            if (!setup.load(SyntheticCaseloads.AS_OF).threats().isEmpty()) {
                throw new InvalidInputException("--db", setup.storeName() + " already holds threats: the desks"
                        + " benchmark replaces everything, so give it an empty scratch database");
            }
            setup.importCaseload(start, true);
        }
        Caseload initial = loadOnce();
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(desks + 3);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Long>> editing = new ArrayList<>();
        for (int i = 0; i < desks; i++) {
            int desk = i;
            editing.add(pool.submit(() -> edit(desk, go, deadline)));
        }
        List<Future<?>> watching = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            watching.add(pool.submit(() -> {
                watch(go, deadline);
                return null;
            }));
        }
        Future<?> probing = pool.submit(() -> {
            probe(go, deadline);
            return null;
        });
        long started = System.nanoTime();
        go.countDown();
        long saved = 0;
        for (Future<Long> desk : editing) {
            saved += desk.get(duration.toSeconds() + 300, TimeUnit.SECONDS);
        }
        probing.get(60, TimeUnit.SECONDS);
        for (Future<?> watcher : watching) {
            watcher.get(60, TimeUnit.SECONDS);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        int lost = lostUpdates(initial, loadOnce());

        Caseload national = SyntheticCaseloads.generate(NATIONAL_THREATS, NATIONAL_OFFICERS, seed);
        double[] postgres = openAndLoad(db, national);
        double[] h2 = openAndLoad(scratchFolder.resolve("national").toString(), national);
        return new Result(desks, seconds, saved, refused.get(), invalid.get(), lost, planAccepted.get(),
                Spread.of(saveNanos), Spread.of(visibilityNanos), postgres[0], postgres[1], h2[0], h2[1]);
    }

    private Caseload loadOnce() {
        try (CaseloadService service = CaseloadServices.open(db)) {
            return service.load(SyntheticCaseloads.AS_OF);
        }
    }

    /** One desk: read, change one thing, save from what it read; again until the time is up. */
    private long edit(int desk, CountDownLatch go, long deadline) throws InterruptedException {
        Random random = new Random(seed * 31 + desk);
        long saved = 0;
        int op = 0;
        try (CaseloadService service = CaseloadServices.open(db)) {
            go.await();
            while (System.nanoTime() < deadline) {
                Caseload read = service.load(SyntheticCaseloads.AS_OF);
                String tag = "desk" + desk + "-op" + op++;
                try {
                    if (desk == 0 && op == 3 && planAccepted.compareAndSet(false, true)) {
                        acceptPlan(service, read);
                    } else {
                        int kind = random.nextInt(3);
                        if (kind == 2) {
                            addTraining(service, read, random);
                        } else {
                            changeThreat(service, read, random, kind == 0, tag);
                        }
                    }
                    saved++;
                } catch (StaleRecordException e) {
                    refused.incrementAndGet();
                } catch (InvalidInputException e) {
                    invalid.incrementAndGet();
                }
            }
        }
        return saved;
    }

    private void changeThreat(CaseloadService service, Caseload read, Random random, boolean move, String tag) {
        // A few threats, so that desks meet on the same records and some saves are refused.
        List<Threat> contested = read.threats().stream().filter(Threat::isActive)
                .filter(t -> !t.id().startsWith(PROBE_THREAT_PREFIX)).limit(12).toList();
        Threat before = contested.get(random.nextInt(contested.size()));
        Threat after;
        if (move) {
            Officer officer = read.officers().get(random.nextInt(read.officers().size()));
            after = before.withOfficerId(officer.id()).withArea(tag);
        } else {
            double points = before.workloadPoints() == null ? 5 : before.workloadPoints();
            after = before.withWorkloadPoints(Math.max(1, points + (random.nextBoolean() ? 1 : -1))).withArea(tag);
        }
        long started = System.nanoTime();
        service.saveThreat(after, read);
        saveNanos.add(System.nanoTime() - started);
        accepted.computeIfAbsent(before.id(), id -> Collections.synchronizedList(new ArrayList<>()))
                .add(new Step(before, after));
    }

    private void addTraining(CaseloadService service, Caseload read, Random random) {
        Officer officer = read.officers().get(random.nextInt(read.officers().size()));
        Course course = read.courses().get(random.nextInt(read.courses().size()));
        TrainingRecord record = new TrainingRecord(officer.id(), course.code(),
                SyntheticCaseloads.AS_OF.minusDays(random.nextInt(3000)), null);
        long started = System.nanoTime();
        service.saveTrainingRecord(record, read);
        saveNanos.add(System.nanoTime() - started);
        acceptedTraining.add(record);
    }

    private void acceptPlan(CaseloadService service, Caseload read) {
        Proposal proposal = new AllocationSolver(Duration.ofSeconds(2)).solve(read);
        Map<String, String> changes = new java.util.LinkedHashMap<>(proposal.changes());
        changes.keySet().removeIf(id -> id.startsWith(PROBE_THREAT_PREFIX));
        long started = System.nanoTime();
        service.applyAllocation(changes, read);
        saveNanos.add(System.nanoTime() - started);
        for (Map.Entry<String, String> move : changes.entrySet()) {
            if (move.getKey().startsWith(PROBE_THREAT_PREFIX)) {
                continue; // the probe is saved without a check, on purpose: it is not a desk's edit
            }
            Threat before = read.threat(move.getKey()).orElseThrow();
            accepted.computeIfAbsent(before.id(), id -> Collections.synchronizedList(new ArrayList<>()))
                    .add(new Step(before, before.withOfficerId(move.getValue())));
        }
    }

    /** Saves a probe threat twice a second, noting when each save returned (committed). */
    private void probe(CountDownLatch go, long deadline) throws InterruptedException {
        try (CaseloadService service = CaseloadServices.open(db)) {
            Caseload read = service.load(SyntheticCaseloads.AS_OF);
            String category = read.categories().get(0).code();
            go.await();
            int n = 0;
            while (System.nanoTime() < deadline) {
                String area = "probe-" + n++;
                Threat probe = Threat.of(PROBE_THREAT_PREFIX + "threat", "Probe", category, 4).withArea(area);
                service.saveThreat(probe);
                probeSavedAt.put(area, System.nanoTime());
                Thread.sleep(PROBE_EVERY.toMillis());
            }
        }
    }

    /** A desk that only watches: hears a change, reloads, and notes when each probe first showed. */
    private void watch(CountDownLatch go, long deadline) throws InterruptedException {
        try (CaseloadService service = CaseloadServices.open(db); LiveUpdates updates = service.liveUpdates()) {
            go.await();
            long seen = service.changeCount();
            String lastShown = null;
            while (System.nanoTime() < deadline) {
                seen = updates.awaitChange(seen, Duration.ofSeconds(1));
                String shown = service.load(SyntheticCaseloads.AS_OF).threat(PROBE_THREAT_PREFIX + "threat")
                        .map(Threat::area).orElse(null);
                long now = System.nanoTime();
                if (shown != null && !shown.equals(lastShown) && probeSavedAt.containsKey(shown)) {
                    visibilityNanos.add(now - probeSavedAt.get(shown));
                    lastShown = shown;
                }
            }
        }
    }

    /**
     * Replays each threat's accepted changes from its first value, each on the value the last one left, and
     * counts what does not fit: a change based on a value already superseded, one never reached, or a final
     * stored value that is not where the chain ends; and every accepted training record must be stored.
     */
    private int lostUpdates(Caseload initial, Caseload last) {
        int lost = 0;
        for (Map.Entry<String, List<Step>> entry : accepted.entrySet()) {
            List<Step> steps = new ArrayList<>(entry.getValue());
            Threat current = initial.threat(entry.getKey()).orElseThrow();
            Map<Threat, List<Step>> byBefore = new HashMap<>();
            steps.forEach(s -> byBefore.computeIfAbsent(s.before(), b -> new ArrayList<>()).add(s));
            while (byBefore.containsKey(current)) {
                List<Step> next = byBefore.remove(current);
                if (next.size() > 1) {
                    lost += next.size() - 1;
                }
                current = next.get(0).after();
            }
            lost += byBefore.values().stream().mapToInt(List::size).sum();
            if (!Objects.equals(last.threat(entry.getKey()).orElse(null), current)) {
                lost++;
            }
        }
        for (TrainingRecord record : acceptedTraining) {
            if (last.trainingRecords().stream().noneMatch(r -> r.key().equals(record.key()))) {
                lost++;
            }
        }
        return lost;
    }

    /** Stores the national caseload, then times opening the store and loading it, as a desk starting does. */
    private static double[] openAndLoad(String store, Caseload national) {
        try (CaseloadService service = CaseloadServices.open(store)) {
            service.importCaseload(national, true);
        }
        long opening = System.nanoTime();
        try (CaseloadService service = CaseloadServices.open(store)) {
            double open = (System.nanoTime() - opening) / 1e6;
            service.load(SyntheticCaseloads.AS_OF);
            long loading = System.nanoTime();
            Caseload loaded = service.load(SyntheticCaseloads.AS_OF);
            double load = (System.nanoTime() - loading) / 1e6;
            if (loaded.threats().size() != national.threats().size()) {
                throw new IllegalStateException("the national caseload did not load back whole from " + store);
            }
            return new double[] {open, load};
        }
    }
}
