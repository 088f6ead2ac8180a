package uk.police.soc.caseload.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Category;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.TrainingRecord;

@ParameterizedClass
@EnumSource(StoreKind.class)
class RepositoriesTest {

    @Parameter
    StoreKind kind;

    @TempDir
    Path folder;

    private Database database;

    @BeforeEach
    void openDatabase() {
        database = TestStore.fresh(kind, folder).open();
    }

    private <T> T inStore(StoreWork<T> work) {
        return database.inTransaction(connection -> work.run(new CaseloadStore(connection)));
    }

    private interface StoreWork<T> {
        T run(CaseloadStore store) throws java.sql.SQLException;
    }

    private void save(Caseload caseload) {
        inStore(store -> {
            store.save(caseload);
            return null;
        });
    }

    private Caseload load() {
        return inStore(store -> store.load(Caseloads.AS_OF));
    }

    @Test
    void savedCaseloadLoadsBackEqualWithEveryFieldAndNull() {
        Caseload caseload = Caseloads.small();

        save(caseload);

        assertThat(load()).isEqualTo(caseload);
    }

    @Test
    void emptyDatabaseLoadsAsEmptyCaseloadWithDefaultPolicy() {
        Caseload empty = load();

        assertThat(empty.policy()).isEqualTo(Policy.DEFAULTS);
        assertThat(empty.categories()).isEmpty();
        assertThat(empty.threats()).isEmpty();
        assertThat(empty.asOf()).isEqualTo(Caseloads.AS_OF);
    }

    @Test
    void updatedRecordKeepsItsPlaceAndNewRecordGoesLast() {
        save(Caseloads.small());
        Threat renamed = Threat.of("SOC-1", "Op Hazel renamed", "MSHT", 2);
        Threat added = Threat.of("SOC-0", "Op Ash", "DRUGS", 1);

        boolean renamedWasAdded = inStore(store -> store.threats().save(renamed));
        boolean addedWasAdded = inStore(store -> store.threats().save(added));

        assertThat(renamedWasAdded).isFalse();
        assertThat(addedWasAdded).isTrue();
        assertThat(load().threats()).extracting(Threat::id).containsExactly("SOC-1", "SOC-2", "SOC-3", "SOC-0");
        assertThat(load().threat("SOC-1")).contains(renamed);
    }

    @Test
    void updatingAnOfficerReplacesItsSkillsReductionsAndAbsences() {
        save(Caseloads.small());
        Officer before = Caseloads.small().officer("E1").orElseThrow();
        Officer after = before.withSkills(Map.of("MSHT", 2)).withReductions(List.of())
                .withAbsences(List.of(before.absences().get(1)));

        inStore(store -> store.officers().save(after));

        assertThat(load().officer("E1")).contains(after);
        assertThat(load().officer("E2")).isEqualTo(Caseloads.small().officer("E2"));
    }

    @Test
    void updatingAThreatReplacesItsExcludedOfficersInOrder() {
        save(Caseloads.small());
        Threat after = Caseloads.small().threat("SOC-1").orElseThrow().withExcludedOfficerIds(List.of("E2"));

        inStore(store -> store.threats().save(after));

        assertThat(load().threat("SOC-1").orElseThrow().excludedOfficerIds()).containsExactly("E2");
    }

    @Test
    void trainingRecordsAreKeyedByOfficerCourseAndCompletionDate() {
        save(Caseloads.small());
        TrainingRecord sameKey = new TrainingRecord("E1", "LRO-CORE", LocalDate.of(2023, 5, 2), LocalDate.of(2027, 1, 1));
        TrainingRecord otherDate = new TrainingRecord("E1", "LRO-CORE", LocalDate.of(2023, 5, 3), null);

        inStore(store -> store.trainingRecords().save(sameKey));
        inStore(store -> store.trainingRecords().save(otherDate));

        assertThat(load().trainingRecords()).hasSize(4).startsWith(sameKey).endsWith(otherDate);
    }

    @Test
    void deletingATrainingRecordRemovesOnlyThatRecord() {
        save(Caseloads.small());
        TrainingRecord first = Caseloads.small().trainingRecords().get(0);

        boolean deleted = inStore(store -> store.trainingRecords().delete(first.key()));
        boolean deletedAgain = inStore(store -> store.trainingRecords().delete(first.key()));

        assertThat(deleted).isTrue();
        assertThat(deletedAgain).isFalse();
        assertThat(load().trainingRecords()).containsExactlyElementsOf(
                Caseloads.small().trainingRecords().subList(1, 3));
    }

    @Test
    void assigningAndPinningChangeOnlyThoseFields() {
        save(Caseloads.small());

        inStore(store -> store.threats().assign("SOC-3", "E2") && store.threats().setPinned("SOC-3", true));
        boolean unknown = inStore(store -> store.threats().assign("NO-SUCH", "E2"));

        assertThat(unknown).isFalse();
        assertThat(load().threat("SOC-3")).contains(Threat.of("SOC-3", "Op Rowan", "DRUGS", 4)
                .withOfficerId("E2").withPinned(true));
    }

    @Test
    void policyWithEveryMapOverriddenLoadsBackEqual() {
        Policy policy = new Policy(80, 40, Map.of(1, 25.5, 2, 20.0, 3, 10.0, 4, 5.0), Map.of(1, 3, 2, 2, 3, 0, 4, 0),
                Map.of("MSHT", 3, "CSAE", 1), List.of(4), 14, 95.5, 120, 0, false);

        inStore(store -> {
            store.policy().save(Policy.DEFAULTS);
            store.policy().save(policy);
            return null;
        });

        Optional<Policy> stored = inStore(store -> store.policy().find());
        assertThat(stored).contains(policy);
    }

    @Test
    void deleteAllEmptiesEveryListButKeepsThePolicy() {
        Caseload caseload = Caseloads.small().withPolicy(Policy.DEFAULTS.withLongAbsenceDays(7));
        save(caseload);

        inStore(store -> {
            store.deleteAll();
            return null;
        });

        assertThat(load()).isEqualTo(new Caseload(Caseloads.AS_OF, caseload.policy(), List.<Category>of(),
                List.<Course>of(), List.of(), List.of(), List.of()));
    }
}
