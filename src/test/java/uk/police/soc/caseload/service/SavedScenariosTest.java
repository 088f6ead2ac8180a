package uk.police.soc.caseload.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.TrainingRecord;
import uk.police.soc.caseload.domain.scenario.CaseloadChange;
import uk.police.soc.caseload.domain.scenario.PolicyPatch;
import uk.police.soc.caseload.domain.scenario.Scenario;
import uk.police.soc.caseload.persistence.StoreKind;
import uk.police.soc.caseload.persistence.TestStore;

/** Scenarios saved by name survive a reopen, on both kinds of store, and never overwrite a newer save silently. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class SavedScenariosTest {

    @Parameter
    StoreKind kind;

    @TempDir
    Path folder;

    private TestStore store;
    private CaseloadService service;

    private static final List<CaseloadChange> ONE_MORE_LRO = List.of(
            new CaseloadChange.AddOfficer(Officer.named("E9001", "DS Nia Price")),
            new CaseloadChange.AddTrainingRecord(new TrainingRecord("E9001", "LRO-CORE", LocalDate.of(2022, 3, 1), null)),
            new CaseloadChange.SetPolicy(new PolicyPatch(null, null, null, null, null, null, null, null, null, null,
                    false)));

    @BeforeEach
    void open() {
        store = TestStore.fresh(kind, folder);
        service = CaseloadServices.open(store.db());
    }

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    void aSavedScenarioIsThereWithItsChangesAfterTheStoreIsOpenedAgain() {
        service.saveScenario(new Scenario("One more LRO", ONE_MORE_LRO));
        service.saveScenario(new Scenario("Nobody", List.of()));
        service.close();
        service = CaseloadServices.open(store.db());

        assertThat(service.scenarios()).extracting(Scenario::name).containsExactly("Nobody", "One more LRO");
        Scenario saved = service.scenarios().get(1);
        assertThat(saved.changes()).isEqualTo(ONE_MORE_LRO);
        assertThat(saved.version()).isEqualTo(1);
    }

    @Test
    void aSaveFromAnOlderVersionIsRefusedAndChangesNothing() {
        service.saveScenario(new Scenario("One more LRO", ONE_MORE_LRO));
        Scenario read = service.scenarios().get(0);
        service.saveScenario(new Scenario(read.name(), List.of(), read.version()));

        assertThatThrownBy(() -> service.saveScenario(new Scenario(read.name(), ONE_MORE_LRO, read.version())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("since you opened it");
        assertThatThrownBy(() -> service.saveScenario(new Scenario("One more LRO", ONE_MORE_LRO)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("exists already");
        assertThat(service.scenarios().get(0).changes()).isEmpty();
        assertThat(service.scenarios().get(0).version()).isEqualTo(2);

        service.deleteScenario("One more LRO");
        assertThat(service.scenarios()).isEmpty();
    }

    @Test
    void aChangeAChangesFileCouldNotHoldIsRefusedAsWhatIfRefusesItAndNothingIsStored() {
        service.saveScenario(new Scenario("One more LRO", ONE_MORE_LRO));
        List<CaseloadChange> bad = List.of(ONE_MORE_LRO.get(0), new CaseloadChange.SetPolicy(
                new PolicyPatch(null, null, null, null, null, null, 0, null, null, null, null)));

        assertThatThrownBy(() -> service.saveScenario(new Scenario("Short absences", bad)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Object::toString)
                        .containsExactly("changes[1].policy.longAbsenceDays: must be at least 1, got 0"));
        // Had it been stored, no desk could read the list of saved scenarios again.
        assertThat(service.scenarios()).extracting(Scenario::name).containsExactly("One more LRO");
    }
}
