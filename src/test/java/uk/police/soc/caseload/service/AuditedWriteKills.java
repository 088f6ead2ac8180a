package uk.police.soc.caseload.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.access.NewAccount;
import uk.police.soc.caseload.domain.access.Role;
import uk.police.soc.caseload.persistence.ChildJvm;
import uk.police.soc.caseload.service.AuditedWritesInChild.Kind;
import uk.police.soc.caseload.solver.AllocationSolver;
import uk.police.soc.caseload.solver.Proposal;

/**
 * {@code kill -9} during the audited writes of issue 11 (account changes, audited edits, plan acceptance, backup,
 * restore): a child ({@link AuditedWritesInChild}) makes a sequence of writes of one kind on a copy of a database
 * in sign-in mode and is killed at a random moment of the whole run, or at a random moment of one write chosen at
 * random (its later part, where the commit is, more often). Then every store the run touches must open and hold
 * exactly the state before the write under way or exactly the state after it, the accounts and the audit trail
 * included (the entry goes with its change), every write the child reported done must be there, and every audit
 * chain must verify. The states after each write are worked out beforehand by making the same writes in this JVM.
 *
 * <p>The stores of a run: the database (not for restore); for backup, what each finished backup file restores to;
 * for restore, each database restored. Files left half-written are looked at too: a backup's temporary file must
 * be refused by restore as not a backup unless it is complete; a restore's temporary database is not the target.
 */
final class AuditedWriteKills {

    /** How a trial ended. */
    enum Result {
        /** Killed during a write: the state before it. */
        BEFORE,
        /** Killed during a write: the state after it (committed, not yet reported). */
        AFTER,
        /** Killed during a backup after its entry committed, before its file was moved into place. */
        AFTER_ENTRY_BEFORE_FILE,
        /** Killed between two writes: the state after the last one reported done. */
        BETWEEN,
        /** The run ended before the kill came. */
        FINISHED,
        /** Anything else: a store that does not open, a mix, a lost write, or a chain that does not verify. */
        BROKEN
    }

    private static final String DB = "trial";
    private static final String STORE_DB = "database";

    private final Path folder;
    private final Kind kind;
    private final int steps;
    private final Random random;
    private final Path base;
    private final Path inputs;
    private final Path outputs;
    private final Path check;
    private final List<String> report = new ArrayList<>();
    /** The state before any write (index 0) and after each. */
    private final List<Map<String, StoreState>> states = new ArrayList<>();
    private long[] stepMillis;
    private long runMillis;

    private AuditedWriteKills(Path folder, Kind kind, int steps, long seed) {
        this.folder = folder;
        this.kind = kind;
        this.steps = steps;
        this.random = new Random(seed);
        this.base = folder.resolve("base");
        this.inputs = folder.resolve("inputs");
        this.outputs = folder.resolve("outputs");
        this.check = folder.resolve("check");
    }

    /** The base database (worked example, three accounts), the inputs of {@code kind}, and the calibration. */
    static AuditedWriteKills prepare(Path folder, Kind kind, int steps, long seed) throws Exception {
        AuditedWriteKills kills = new AuditedWriteKills(folder, kind, steps, seed);
        kills.createBase();
        kills.calibrate();
        return kills;
    }

    private void createBase() throws IOException {
        Files.createDirectories(inputs);
        Caseload example = new DatasetReader().read(new String(
                AuditedWriteKills.class.getResourceAsStream(SignInStores.WORKED_EXAMPLE).readAllBytes(),
                StandardCharsets.UTF_8));
        try (CaseloadService service = CaseloadServices.open(base)) {
            service.importCaseload(example, true);
            service.access().addAccount(new NewAccount(AuditedWritesInChild.ADMIN, "Ada Admin", Set.of(Role.ADMIN),
                    null), AuditedWritesInChild.PASSWORD);
        }
        try (CaseloadService admin = signedIn(base)) {
            admin.access().addAccount(new NewAccount(AuditedWritesInChild.MANAGER, "Mo Manager",
                    Set.of(Role.MANAGER), null), AuditedWritesInChild.PASSWORD);
            admin.access().addAccount(new NewAccount("viewer", "Vi Viewer", Set.of(Role.VIEWER), null),
                    AuditedWritesInChild.PASSWORD);
            if (kind == Kind.ACCEPT) {
                Proposal proposal = new AllocationSolver(Duration.ofSeconds(2)).solve(admin.load(
                        AuditedWritesInChild.AS_OF));
                if (proposal.changes().isEmpty()) {
                    throw new IllegalStateException("the planner proposed no change to accept");
                }
                AuditedWritesInChild.writeProposal(inputs, proposal.changes(), proposal.rationales());
            }
            if (kind == Kind.RESTORE) {
                admin.backup(inputs.resolve(AuditedWritesInChild.SOURCE_BACKUP), AuditedWritesInChild.WHY);
            }
        }
    }

    private static CaseloadService signedIn(Path db) {
        CaseloadService service = CaseloadServices.open(db);
        service.access().signIn(AuditedWritesInChild.ADMIN, AuditedWritesInChild.PASSWORD, SessionKind.COMMAND);
        return service;
    }

    /**
     * The states, from the same writes made here; the times, from a child making them all (which must end in
     * the same state, or the states worked out here would prove nothing).
     */
    private void calibrate() throws Exception {
        fresh();
        AuditedWritesInChild.run(kind, folder.resolve(DB), inputs, outputs, steps, new AuditedWritesInChild.Steps() {
            @Override
            public void ready() {
                states.add(snapshot(new ArrayList<>(), false));
            }

            @Override
            public void starting(int step) {
            }

            @Override
            public void done(int step) {
                states.add(snapshot(new ArrayList<>(), false));
            }
        });
        fresh();
        stepMillis = new long[steps];
        try (ChildJvm child = start()) {
            long ready = System.nanoTime();
            long started = ready;
            for (String line = child.readLine(); line != null; line = child.readLine()) {
                long now = System.nanoTime();
                if (line.startsWith("step ")) {
                    started = now;
                } else if (line.startsWith("done ")) {
                    stepMillis[Integer.parseInt(line.substring(5))] = (now - started) / 1_000_000;
                }
            }
            runMillis = (System.nanoTime() - ready) / 1_000_000;
            if (child.waitForExit() != 0) {
                throw new IllegalStateException("the calibrating child failed (its stderr is above)");
            }
        }
        List<String> problems = new ArrayList<>();
        Map<String, StoreState> finished = snapshot(problems, true);
        if (!finished.equals(states.get(steps)) || !problems.isEmpty()) {
            throw new IllegalStateException("a child's run ended in another state than the same writes made here: "
                    + finished.keySet() + " " + problems);
        }
        report.add(String.format("%s: %d writes a run; a child's run took %d ms after sign-in, the writes %s ms",
                kind, steps, runMillis, java.util.Arrays.toString(stepMillis)));
    }

    /** A fresh copy of the base database, with no outputs of an earlier run. */
    private void fresh() throws IOException {
        deleteTree(outputs);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(DB + ".")).toList()) {
                Files.delete(file);
            }
        }
        Files.createDirectories(outputs);
        if (kind != Kind.RESTORE) {
            Files.copy(base.resolveSibling("base.mv.db"), folder.resolve(DB + ".mv.db"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private ChildJvm start() throws IOException {
        ChildJvm child = ChildJvm.start(AuditedWritesInChild.class, kind.name(), folder.resolve(DB).toString(),
                inputs.toString(), outputs.toString(), String.valueOf(steps));
        String first = child.readLine();
        if (!"ready".equals(first)) {
            child.close();
            throw new IllegalStateException("the child did not start: " + first);
        }
        return child;
    }

    /**
     * Every store the run touches, read as it is now: the database, what each finished backup restores to, each
     * restored database. With {@code verify}, each store's audit chain is checked too, and those that do not
     * verify are added to {@code problems} (the check writes its own entry, so it comes after the state is read).
     */
    private Map<String, StoreState> snapshot(List<String> problems, boolean verify) {
        try {
            Map<String, StoreState> stores = new TreeMap<>();
            if (kind != Kind.RESTORE) {
                stores.put(STORE_DB, StoreState.of(folder.resolve(DB), AuditedWritesInChild.AS_OF));
                if (verify) {
                    verifyChain(STORE_DB, folder.resolve(DB), problems);
                }
            }
            for (int step = 0; step < steps; step++) {
                Path backup = AuditedWritesInChild.backupFile(outputs, step);
                if (kind == Kind.BACKUP && Files.exists(backup)) {
                    restoreForCheck(backup);
                    stores.put(backup.getFileName().toString(), StoreState.of(check, AuditedWritesInChild.AS_OF));
                    if (verify) {
                        verifyChain(backup.getFileName().toString(), check, problems);
                    }
                }
                Path restored = AuditedWritesInChild.restoredDatabase(outputs, step);
                if (kind == Kind.RESTORE && Files.exists(Path.of(restored + ".mv.db"))) {
                    stores.put(restored.getFileName().toString(),
                            StoreState.of(restored, AuditedWritesInChild.AS_OF));
                    if (verify) {
                        verifyChain(restored.getFileName().toString(), restored, problems);
                    }
                }
            }
            return stores;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void restoreForCheck(Path backup) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("check.")).toList()) {
                Files.delete(file);
            }
        }
        CaseloadServices.restore(backup, check.toString(), AuditedWritesInChild.ADMIN,
                () -> AuditedWritesInChild.PASSWORD, () -> null);
    }

    private static void verifyChain(String name, Path db, List<String> problems) {
        try (CaseloadService admin = signedIn(db)) {
            var verification = admin.access().verifyAudit();
            if (!verification.holds()) {
                problems.add(name + ": the audit chain does not verify: " + verification);
            }
        }
    }

    /** What the trials of this kind came to. */
    final class Outcomes {
        final Map<Result, Integer> counts = new EnumMap<>(Result.class);
        final List<String> broken = new ArrayList<>();
        int trials;
        int aimed;
        int chainsVerified;
        int incompleteTemporaryFiles;
        int completeTemporaryFiles;

        int kills() {
            return trials - counts.getOrDefault(Result.FINISHED, 0);
        }

        @Override
        public String toString() {
            return String.format("%s: %d kills (%d aimed at one write, %d at any moment) -> %d before the write,"
                            + " %d after it%s, %d between two writes, %d broken; %d runs finished first; %d audit"
                            + " chains verified%s", kind, kills(), aimed, trials - aimed,
                    counts.getOrDefault(Result.BEFORE, 0), counts.getOrDefault(Result.AFTER, 0),
                    kind == Kind.BACKUP ? " (" + counts.getOrDefault(Result.AFTER_ENTRY_BEFORE_FILE, 0)
                            + " more with the entry committed and the file not yet in place)" : "",
                    counts.getOrDefault(Result.BETWEEN, 0), counts.getOrDefault(Result.BROKEN, 0),
                    counts.getOrDefault(Result.FINISHED, 0), chainsVerified,
                    kind == Kind.BACKUP ? String.format("; temporary backup files left: %d incomplete (restore"
                            + " refused each as not a backup), %d complete (each restores to a whole state)",
                            incompleteTemporaryFiles, completeTemporaryFiles)
                            : kind == Kind.RESTORE ? String.format("; temporary databases left beside a missing"
                            + " target: %d", incompleteTemporaryFiles) : "");
        }
    }

    /**
     * Trials until {@code kills} children have been killed during their run (at most twice as many trials: a run
     * may end before its kill comes), alternately aimed at one write and killed at any moment of the run.
     */
    Outcomes trials(int kills) throws Exception {
        Outcomes outcomes = new Outcomes();
        while (outcomes.kills() < kills && outcomes.trials < kills * 2) {
            boolean aimed = outcomes.trials % 2 == 0;
            Result result = trial(aimed, outcomes);
            outcomes.trials++;
            if (aimed) {
                outcomes.aimed++;
            }
            outcomes.counts.merge(result, 1, Integer::sum);
            KillTestProgress.log(kind + " #" + outcomes.trials + (aimed ? " aimed" : " any moment") + ": " + result);
        }
        report.add(outcomes.toString());
        report.addAll(outcomes.broken);
        return outcomes;
    }

    private Result trial(boolean aimed, Outcomes outcomes) throws Exception {
        fresh();
        int lastStarted = -1;
        int lastDone = -1;
        boolean finished = false;
        try (ChildJvm child = start()) {
            if (aimed) {
                int target = random.nextInt(steps);
                // The later part of a write, where its commit is, twice as often as the earlier part.
                double part = random.nextBoolean() ? 0.5 + 0.7 * random.nextDouble() : random.nextDouble();
                long delay = (long) (part * stepMillis[target]);
                for (String line = child.readLine(); line != null; line = child.readLine()) {
                    if (line.equals("step " + target)) {
                        lastStarted = target;
                        Thread.sleep(delay);
                        break;
                    }
                    lastStarted = line.startsWith("step ") ? Integer.parseInt(line.substring(5)) : lastStarted;
                    lastDone = line.startsWith("done ") ? Integer.parseInt(line.substring(5)) : lastDone;
                }
            } else {
                Thread.sleep((long) (random.nextDouble() * runMillis));
            }
            child.kill();
            for (String line = child.readLine(); line != null; line = child.readLine()) {
                lastStarted = line.startsWith("step ") ? Integer.parseInt(line.substring(5)) : lastStarted;
                lastDone = line.startsWith("done ") ? Integer.parseInt(line.substring(5)) : lastDone;
                finished |= line.equals("finished");
            }
        }
        List<String> problems = new ArrayList<>();
        Map<String, StoreState> now;
        try {
            now = snapshot(problems, true);
        } catch (RuntimeException e) {
            return broken(outcomes, "a store does not open or read: " + e);
        }
        checkTemporaryFiles(outcomes, problems);
        if (!problems.isEmpty()) {
            return broken(outcomes, String.join("; ", problems));
        }
        outcomes.chainsVerified += now.size();
        Result result = classify(now, lastStarted, lastDone, finished);
        if (result == Result.BROKEN) {
            return broken(outcomes, String.format("after write %d started and %d done%s: neither the state before"
                    + " nor after: %s; %s; kept in %s", lastStarted, lastDone, finished ? " (run finished)" : "",
                    describe(now), nearest(now), keep(outcomes)));
        }
        return result;
    }

    /** Which state the stores are closest to: for each, the tables that differ from it. */
    private String nearest(Map<String, StoreState> now) {
        StringBuilder text = new StringBuilder("differences from the state after each number of writes:");
        for (int k = 0; k < states.size(); k++) {
            Map<String, StoreState> expected = states.get(k);
            List<String> differ = new ArrayList<>();
            for (String store : new java.util.TreeSet<>(union(expected.keySet(), now.keySet()))) {
                StoreState a = expected.get(store);
                StoreState b = now.get(store);
                if (a == null || b == null) {
                    differ.add(store + (a == null ? " (not expected)" : " (missing)"));
                    continue;
                }
                a.tables().forEach((table, scan) -> {
                    if (!scan.equals(b.tables().get(table))) {
                        differ.add(store + "." + table);
                    }
                });
                if (!a.caseload().equals(b.caseload())) {
                    differ.add(store + " (caseload as loaded)");
                }
            }
            text.append(' ').append(k).append(": ").append(differ.isEmpty() ? "none" : differ).append(';');
        }
        return text.toString();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** Copies what a broken trial left to {@code target/kill-test-broken/} for a look afterwards. */
    private String keep(Outcomes outcomes) {
        Path kept = Path.of("target", "kill-test-broken", kind + "-" + (outcomes.trials + 1));
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = kept.resolve(folder.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return kept.toString();
        } catch (IOException e) {
            return "(not kept: " + e + ")";
        }
    }

    private Result classify(Map<String, StoreState> now, int lastStarted, int lastDone, boolean finished) {
        if (finished) {
            return now.equals(states.get(steps)) ? Result.FINISHED : Result.BROKEN;
        }
        if (lastStarted > lastDone) {
            if (now.equals(states.get(lastStarted))) {
                return Result.BEFORE;
            }
            if (now.equals(states.get(lastStarted + 1))) {
                return Result.AFTER;
            }
            Map<String, StoreState> entryWithoutFile = new TreeMap<>(states.get(lastStarted + 1));
            if (kind == Kind.BACKUP && entryWithoutFile.remove(AuditedWritesInChild.backupFile(outputs, lastStarted)
                    .getFileName().toString()) != null && now.equals(entryWithoutFile)) {
                return Result.AFTER_ENTRY_BEFORE_FILE;
            }
            return Result.BROKEN;
        }
        return now.equals(states.get(lastDone + 1)) ? Result.BETWEEN : Result.BROKEN;
    }

    /**
     * What an interrupted backup or restore left under a temporary name: a backup's must be refused by restore
     * (incomplete) or restore to a whole store; a restore's temporary database is never the target, so only
     * counted.
     */
    private void checkTemporaryFiles(Outcomes outcomes, List<String> problems) throws IOException {
        List<Path> leftovers;
        try (Stream<Path> files = Files.list(outputs)) {
            leftovers = files.filter(f -> f.getFileName().toString().startsWith(".")).toList();
        }
        for (Path leftover : leftovers) {
            if (kind != Kind.BACKUP) {
                outcomes.incompleteTemporaryFiles++;
                continue;
            }
            // Under the name its backup would have had, so that the restore's entry names the same file.
            String name = leftover.getFileName().toString();
            Path asBackup = folder.resolve("scratch").resolve(name.substring(1, name.indexOf(".socbackup")
                    + ".socbackup".length()));
            Files.createDirectories(asBackup.getParent());
            Files.copy(leftover, asBackup, StandardCopyOption.REPLACE_EXISTING);
            try {
                restoreForCheck(asBackup);
            } catch (InvalidInputException e) {
                outcomes.incompleteTemporaryFiles++;
                continue;
            }
            StoreState restored = StoreState.of(check, AuditedWritesInChild.AS_OF);
            String backup = asBackup.getFileName().toString();
            boolean whole = states.stream().anyMatch(state -> restored.equals(state.get(backup)));
            outcomes.completeTemporaryFiles++;
            if (!whole) {
                problems.add("the temporary file " + leftover.getFileName() + " restores to a state no finished"
                        + " backup has: " + restored.rowCounts());
            }
        }
    }

    private Result broken(Outcomes outcomes, String why) {
        outcomes.broken.add("BROKEN (" + kind + " trial " + (outcomes.trials + 1) + "): " + why);
        KillTestProgress.log("BROKEN: " + why);
        return Result.BROKEN;
    }

    private static String describe(Map<String, StoreState> stores) {
        StringBuilder text = new StringBuilder();
        stores.forEach((name, state) -> text.append(name).append(": ").append(state.rowCounts()).append("; "));
        return text.toString();
    }

    List<String> report() {
        return report;
    }
}
