package uk.police.soc.caseload.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.TrainingRecord;
import uk.police.soc.caseload.persistence.Caseloads;
import uk.police.soc.caseload.persistence.StoreKind;
import uk.police.soc.caseload.persistence.TestStore;

/**
 * Several desks on one store, each with its own service and connections, as separate app windows would be:
 * no save overwrites another desk's work silently, and a plan made before someone else's change is refused.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class SeveralDesksTest {

    private static final LocalDate AS_OF = Caseloads.AS_OF;

    @Parameter
    StoreKind kind;

    @TempDir
    Path folder;

    private TestStore store;
    private final List<CaseloadService> desks = new ArrayList<>();

    @BeforeEach
    void aStoreHoldingTheSmallCaseload() {
        store = TestStore.fresh(kind, folder);
        desk("os:setup").importCaseload(Caseloads.small(), true);
    }

    @AfterEach
    void closeDesks() {
        desks.forEach(CaseloadService::close);
    }

    private CaseloadService desk(String user) {
        StoredCaseloadService desk = new StoredCaseloadService(store.open(), user);
        desks.add(desk);
        return desk;
    }

    @Test
    void aSaveFromAnOlderReadIsRefusedNamingWhoChangedItAndWhenAndChangesNothing() {
        CaseloadService amy = desk("os:amy");
        CaseloadService kate = desk("os:kate");
        Caseload amyRead = amy.load(AS_OF);
        Caseload kateRead = kate.load(AS_OF);
        Instant beforeKate = Instant.now().minusSeconds(1);
        Threat kates = kateRead.threat("SOC-3").orElseThrow().withOfficerId("E1");
        kate.saveThreat(kates, kateRead);

        Threat amys = amyRead.threat("SOC-3").orElseThrow().withWorkloadPoints(9.0);

        assertThatThrownBy(() -> amy.saveThreat(amys, amyRead))
                .isInstanceOfSatisfying(StaleRecordException.class, e -> assertThat(e.conflicts())
                        .singleElement().satisfies(c -> {
                            assertThat(c.path()).isEqualTo("threats[SOC-3]");
                            assertThat(c.changedBy()).isEqualTo("os:kate");
                            assertThat(c.changedAt()).isAfter(beforeKate).isBefore(Instant.now().plusSeconds(1));
                            assertThat(c.describe()).startsWith("threat SOC-3 \"Op Rowan\" was changed at another"
                                    + " desk by os:kate at ");
                        }));
        assertThat(amy.load(AS_OF).threat("SOC-3")).contains(kates);
    }

    @Test
    void reapplyingTheEditOnTheNewerReadIsSaved() {
        CaseloadService amy = desk("os:amy");
        CaseloadService kate = desk("os:kate");
        Caseload amyRead = amy.load(AS_OF);
        Caseload kateRead = kate.load(AS_OF);
        kate.saveThreat(kateRead.threat("SOC-3").orElseThrow().withOfficerId("E1"), kateRead);
        Threat amys = amyRead.threat("SOC-3").orElseThrow().withWorkloadPoints(9.0);
        assertThatThrownBy(() -> amy.saveThreat(amys, amyRead)).isInstanceOf(StaleRecordException.class);

        Caseload reread = amy.load(AS_OF);
        amy.saveThreat(reread.threat("SOC-3").orElseThrow().withWorkloadPoints(9.0), reread);

        assertThat(amy.load(AS_OF).threat("SOC-3").orElseThrow())
                .extracting(Threat::officerId, Threat::workloadPoints).containsExactly("E1", 9.0);
    }

    @Test
    void savesOfDifferentRecordsFromTheSameReadBothGoThrough() {
        CaseloadService amy = desk("os:amy");
        CaseloadService kate = desk("os:kate");
        Caseload amyRead = amy.load(AS_OF);
        Caseload kateRead = kate.load(AS_OF);

        kate.saveThreat(kateRead.threat("SOC-3").orElseThrow().withOfficerId("E1"), kateRead);
        amy.saveOfficer(amyRead.officer("E2").orElseThrow().withActive(false), amyRead);
        amy.saveTrainingRecord(new TrainingRecord("E2", "LRO-CORE", AS_OF, null), amyRead);

        Caseload now = amy.load(AS_OF);
        assertThat(now.threat("SOC-3").orElseThrow().officerId()).isEqualTo("E1");
        assertThat(now.officer("E2").orElseThrow().active()).isFalse();
    }

    @Test
    void aRecordDeletedOrCreatedMeanwhileIsAConflictToo() {
        CaseloadService amy = desk("os:amy");
        CaseloadService kate = desk("os:kate");
        Caseload amyRead = amy.load(AS_OF);
        TrainingRecord first = amyRead.trainingRecords().get(0);
        kate.deleteTrainingRecord(first.key(), kate.load(AS_OF));
        kate.saveOfficer(Officer.named("E9", "DC Nine"), kate.load(AS_OF));

        assertThatThrownBy(() -> amy.saveTrainingRecord(first, amyRead))
                .isInstanceOfSatisfying(StaleRecordException.class, e -> assertThat(e.conflicts().get(0).deleted()).isTrue());
        assertThatThrownBy(() -> amy.saveOfficer(Officer.named("E9", "DC Nine, Amy's"), amyRead))
                .isInstanceOfSatisfying(StaleRecordException.class, e -> assertThat(e.conflicts().get(0))
                        .satisfies(c -> {
                            assertThat(c.created()).isTrue();
                            assertThat(c.changedBy()).isEqualTo("os:kate");
                        }));
    }

    @Test
    void thePolicyIsCheckedLikeAnyRecord() {
        CaseloadService amy = desk("os:amy");
        CaseloadService kate = desk("os:kate");
        Caseload amyRead = amy.load(AS_OF);
        kate.savePolicy(Policy.DEFAULTS.withLongAbsenceDays(20), kate.load(AS_OF));

        assertThatThrownBy(() -> amy.savePolicy(Policy.DEFAULTS.withLongAbsenceDays(40), amyRead))
                .isInstanceOf(StaleRecordException.class).hasMessageContaining("policy");
        assertThat(amy.policy().longAbsenceDays()).isEqualTo(20);
    }

    @Test
    void acceptingAPlanIsRefusedWhenAnOfficerItChangesChangedSinceTheRunStarted() {
        CaseloadService manager = desk("os:manager");
        CaseloadService supervisor = desk("os:supervisor");
        Caseload runStart = manager.load(AS_OF);
        Officer e2 = runStart.officer("E2").orElseThrow();
        supervisor.saveOfficer(e2.withWeeklyHours(10.0), supervisor.load(AS_OF));
        Caseload before = manager.load(AS_OF);

        assertThatThrownBy(() -> manager.applyAllocation(Map.of("SOC-3", "E2"), runStart))
                .isInstanceOfSatisfying(StaleRecordException.class, e -> assertThat(e.conflicts())
                        .extracting(StaleRecordException.Conflict::path).containsExactly("officers[E2]"));
        assertThat(manager.load(AS_OF)).isEqualTo(before);
    }

    @Test
    void acceptingAPlanIsRefusedWhenAThreatItMovesChangedAndGoesThroughWhenNothingDid() {
        CaseloadService manager = desk("os:manager");
        CaseloadService other = desk("os:other");
        Caseload runStart = manager.load(AS_OF);
        other.setPinned("SOC-1", false, other.load(AS_OF));

        assertThatThrownBy(() -> manager.applyAllocation(Map.of("SOC-1", "E2", "SOC-3", "E1"), runStart))
                .isInstanceOfSatisfying(StaleRecordException.class, e -> assertThat(e.conflicts())
                        .extracting(StaleRecordException.Conflict::path).containsExactly("threats[SOC-1]"));
        assertThat(manager.load(AS_OF).threat("SOC-3").orElseThrow().officerId()).isNull();

        Caseload fresh = manager.load(AS_OF);
        manager.applyAllocation(Map.of("SOC-3", "E1"), fresh);
        assertThat(manager.load(AS_OF).threat("SOC-3").orElseThrow().officerId()).isEqualTo("E1");
    }

    @Test
    void eightDesksSavingAtOnceLoseNoUpdate() throws Exception {
        int desksCount = 8;
        int savesEach = kind == StoreKind.H2 ? 3 : 5;
        List<CaseloadService> eight = new ArrayList<>();
        for (int i = 0; i < desksCount; i++) {
            eight.add(desk("os:desk" + i));
        }
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(desksCount);
        List<Future<Integer>> done = new ArrayList<>();
        for (CaseloadService desk : eight) {
            done.add(pool.submit(() -> {
                start.await();
                int saved = 0;
                while (saved < savesEach) {
                    // read-modify-write of one shared record: each desk adds one point, again on a conflict
                    Caseload read = desk.load(AS_OF);
                    Threat shared = read.threat("SOC-3").orElseThrow();
                    double points = shared.workloadPoints() == null ? 0 : shared.workloadPoints();
                    try {
                        desk.saveThreat(shared.withWorkloadPoints(points + 1), read);
                        saved++;
                    } catch (StaleRecordException e) {
                        refused.incrementAndGet();
                    }
                }
                return saved;
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> f : done) {
            total += f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(total).isEqualTo(desksCount * savesEach);
        assertThat(eight.get(0).load(AS_OF).threat("SOC-3").orElseThrow().workloadPoints())
                .isEqualTo((double) total);
    }

    @Test
    void twoImportsAtOnceNeverInterleave() throws Exception {
        Caseload small = Caseloads.small();
        Caseload allToE1 = small.withThreats(small.threats().stream().map(t -> t.withOfficerId("E1")).toList());
        Caseload allToE2 = small.withThreats(small.threats().stream().map(t -> t.withOfficerId("E2")).toList());
        CaseloadService one = desk("os:one");
        CaseloadService two = desk("os:two");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int round = 0; round < 5; round++) {
            CountDownLatch start = new CountDownLatch(1);
            Future<?> a = pool.submit(() -> {
                start.await();
                return one.importCaseload(allToE1, false);
            });
            Future<?> b = pool.submit(() -> {
                start.await();
                return two.importCaseload(allToE2, false);
            });
            start.countDown();
            a.get(1, TimeUnit.MINUTES);
            b.get(1, TimeUnit.MINUTES);

            java.util.Set<String> leads = new java.util.HashSet<>();
            one.load(AS_OF).threats().forEach(t -> leads.add(t.officerId()));
            assertThat(leads).as("one import's officers throughout, never a mix").hasSize(1).containsAnyOf("E1", "E2");
        }
        pool.shutdown();
    }

    @Test
    void anotherDesksCommitIsHeardWithinFiveSeconds() throws Exception {
        CaseloadService watching = desk("os:watching");
        CaseloadService saving = desk("os:saving");
        long seen = watching.changeCount();
        try (LiveUpdates updates = watching.liveUpdates()) {
            Thread saver = new Thread(() -> {
                sleep(300);
                Caseload read = saving.load(AS_OF);
                saving.saveThreat(read.threat("SOC-3").orElseThrow().withOfficerId("E1"), read);
            });
            saver.start();
            long heard = updates.awaitChange(seen, Duration.ofSeconds(5));
            saver.join();

            assertThat(heard).isGreaterThan(seen);
        }
    }

    @Test
    void readsAreNotHeardAsChanges() throws Exception {
        CaseloadService watching = desk("os:watching");
        long seen = watching.changeCount();
        desk("os:reader").load(AS_OF);

        try (LiveUpdates updates = watching.liveUpdates()) {
            assertThat(updates.awaitChange(seen, Duration.ofMillis(1500))).isEqualTo(seen);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
