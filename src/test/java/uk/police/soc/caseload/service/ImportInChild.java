package uk.police.soc.caseload.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Category;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.TrainingRecord;
import uk.police.soc.caseload.persistence.CaseloadStore;
import uk.police.soc.caseload.persistence.ChangeStamp;
import uk.police.soc.caseload.persistence.Database;

/**
 * A child process that merges a dataset into a database, as {@code import --data FILE --db PATH} does: the dataset
 * is {@code FILE} scaled up {@code COPIES} times (see {@link #scaled}), built here rather than read from a 4 MB file
 * so that each of many trials spends its time writing. With a fourth argument {@code in-place} it commits the same
 * merge in the file itself, in one transaction, as the planner did before imports went on a copy of the file: the
 * evidence that the kill test fails without the copy (docs/database.md); the planner has no such path any more.
 */
public final class ImportInChild {

    private ImportInChild() {
    }

    /** Arguments: the database path, the dataset file, how many copies of it to import [, in-place]. */
    public static void main(String[] args) {
        Path database = Path.of(args[0]);
        Caseload dataset = scaled(new DatasetReader().read(Path.of(args[1])), Integer.parseInt(args[2]));
        if (args.length > 3 && args[3].equals(IN_PLACE)) {
            importInPlace(database, dataset);
            return;
        }
        try (CaseloadService service = CaseloadServices.open(database)) {
            System.out.println("importing");
            System.out.flush();
            service.importCaseload(dataset, false);
        }
        System.out.println("imported");
        System.out.flush();
    }

    static final String IN_PLACE = "in-place";
    static final String COMMITTING = "committing";
    static final String COMMITTED = "committed";

    private static void importInPlace(Path path, Caseload dataset) {
        Database database = Database.open(path);
        System.out.println("importing");
        System.out.flush();
        long[] startOfCommit = new long[1];
        database.write(connection -> {
            CaseloadStore store = new CaseloadStore(connection, ChangeStamp.now("os:kill-test"));
            Caseload stored = store.load(dataset.asOf());
            store.saveChanged(stored, new Caseload(dataset.asOf(), dataset.policy(),
                    merged(stored.categories(), dataset.categories(), Category::code),
                    merged(stored.courses(), dataset.courses(), Course::code),
                    merged(stored.officers(), dataset.officers(), Officer::id),
                    merged(stored.trainingRecords(), dataset.trainingRecords(), TrainingRecord::key),
                    merged(stored.threats(), dataset.threats(), Threat::id)));
            // Every statement has run: what follows is the commit, where a kill can be aimed precisely.
            System.out.println(COMMITTING);
            System.out.flush();
            startOfCommit[0] = System.nanoTime();
            return null;
        });
        System.out.println(COMMITTED + " " + (System.nanoTime() - startOfCommit[0]) / 1_000_000);
        System.out.println("imported");
        System.out.flush();
    }

    private static <T, K> List<T> merged(List<T> stored, List<T> incoming, Function<T, K> key) {
        Map<K, T> byKey = new LinkedHashMap<>();
        stored.forEach(r -> byKey.put(key.apply(r), r));
        incoming.forEach(r -> byKey.put(key.apply(r), r));
        return List.copyOf(byKey.values());
    }

    /** {@code copies} copies of every officer, training record and threat, ids suffixed so that all are new. */
    static Caseload scaled(Caseload caseload, int copies) {
        List<Officer> officers = new ArrayList<>();
        List<TrainingRecord> records = new ArrayList<>();
        List<Threat> threats = new ArrayList<>();
        for (int k = 0; k < copies; k++) {
            String suffix = "-x" + k;
            for (Officer o : caseload.officers()) {
                officers.add(new Officer(o.id() + suffix, o.name(), o.rank(), o.unit(), o.area(), o.weeklyHours(),
                        o.pipLevel(), o.skills(), o.mentorId() == null ? null : o.mentorId() + suffix, o.reductions(),
                        o.absences(), o.active()));
            }
            for (TrainingRecord r : caseload.trainingRecords()) {
                records.add(new TrainingRecord(r.officerId() + suffix, r.courseCode(), r.completedOn(), r.expiresOn()));
            }
            for (Threat t : caseload.threats()) {
                threats.add(new Threat(t.id() + suffix, t.name(), t.category(), t.priority(), t.band(), t.riskScore(),
                        t.workloadPoints(), t.minSkillLevel(), t.minPipLevel(), t.area(),
                        t.officerId() == null ? null : t.officerId() + suffix, t.pinned(),
                        t.excludedOfficerIds().stream().map(id -> id + suffix).toList(), t.status(), t.adoptedOn(),
                        t.nextReviewDue()));
            }
        }
        return new Caseload(caseload.asOf(), caseload.policy(), caseload.categories(), caseload.courses(), officers,
                records, threats);
    }
}
