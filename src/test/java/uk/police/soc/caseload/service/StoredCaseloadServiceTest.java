package uk.police.soc.caseload.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.police.soc.caseload.domain.Allocation;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Category;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.TrainingRecord;
import uk.police.soc.caseload.persistence.Caseloads;
import uk.police.soc.caseload.persistence.StoreKind;
import uk.police.soc.caseload.persistence.TestStore;
import uk.police.soc.caseload.persistence.StoreException;

@ParameterizedClass
@EnumSource(StoreKind.class)
class StoredCaseloadServiceTest {

    private static final LocalDate AS_OF = Caseloads.AS_OF;

    @Parameter
    StoreKind kind;

    @TempDir
    Path folder;

    private TestStore store;
    private CaseloadService service;

    @BeforeEach
    void openService() {
        store = TestStore.fresh(kind, folder);
        service = CaseloadServices.open(store.db());
    }

    @AfterEach
    void closeService() {
        service.close();
    }

    private Caseload stored() {
        return service.load(AS_OF);
    }

    private static Caseload withCategories(Caseload caseload, List<Category> categories) {
        return new Caseload(caseload.asOf(), caseload.policy(), categories, caseload.courses(), caseload.officers(),
                caseload.trainingRecords(), caseload.threats());
    }

    @Test
    void aNewDatabaseHoldsNothingAndTheConfiguredPolicy() {
        assertThat(stored()).isEqualTo(new Caseload(AS_OF, PolicyConfig.load(), List.of(), List.of(), List.of(),
                List.of(), List.of()));
    }

    @Test
    void aNewDatabaseStartsWithThePolicyOfTheSocConfigFolder() throws Exception {
        Path config = Files.createDirectories(folder.resolve("config"));
        Files.writeString(config.resolve("policy.json"), "{\"moveCostPoints\": 3, \"allowOverload\": false}");
        System.setProperty(PolicyConfig.PROPERTY, config.toString());
        try (CaseloadService other = CaseloadServices.open(TestStore.fresh(kind, folder.resolve("other")).db())) {
            assertThat(other.policy()).isEqualTo(Policy.DEFAULTS.withMoveCostPoints(3).withAllowOverload(false));
        } finally {
            System.clearProperty(PolicyConfig.PROPERTY);
        }
    }

    @Test
    void reopeningKeepsTheStoredPolicyWhateverTheConfigSays() throws Exception {
        service.savePolicy(Policy.DEFAULTS.withLongAbsenceDays(10));
        Path config = Files.createDirectories(folder.resolve("config"));
        Files.writeString(config.resolve("policy.json"), "{\"longAbsenceDays\": 99}");
        System.setProperty(PolicyConfig.PROPERTY, config.toString());
        try (CaseloadService reopened = CaseloadServices.open(store.db())) {
            assertThat(reopened.policy().longAbsenceDays()).isEqualTo(10);
        } finally {
            System.clearProperty(PolicyConfig.PROPERTY);
        }
    }

    @Test
    void loadGivesTheStoredCaseloadOnTheRequestedDate() {
        service.importCaseload(Caseloads.small(), true);

        assertThat(service.load(LocalDate.of(2030, 1, 2))).isEqualTo(Caseloads.small().withAsOf(LocalDate.of(2030, 1, 2)));
    }

    @Test
    void replaceImportLeavesExactlyTheDataset() {
        service.importCaseload(Caseloads.small(), true);
        Caseload other = new Caseload(AS_OF, Policy.DEFAULTS.withAllowOverload(false),
                List.of(new Category("FRAUD", "Fraud")), List.of(), List.of(Officer.named("E9", "DS Nine")),
                List.of(), List.of(Threat.of("SOC-9", "Op Nine", "FRAUD", 2).withOfficerId("E9")));

        CaseloadService.ImportSummary summary = service.importCaseload(other, true);

        assertThat(stored()).isEqualTo(other);
        assertThat(summary).isEqualTo(new CaseloadService.ImportSummary(1, 0, 1, 0, 1));
    }

    @Test
    void mergeImportUpdatesByKeyAddsNewRecordsLastAndKeepsTheRest() {
        Caseload small = Caseloads.small();
        service.importCaseload(small, true);
        Threat renamed = small.threat("SOC-2").orElseThrow().withPinned(false).withOfficerId("E1");
        Threat added = Threat.of("SOC-4", "Op Ash", "FRAUD", 2);
        TrainingRecord renewedExpiry = new TrainingRecord("E1", "LRO-CORE", LocalDate.of(2023, 5, 2),
                LocalDate.of(2026, 12, 31));
        Officer moved = small.officer("E2").orElseThrow().withActive(false);
        Policy policy = Policy.DEFAULTS.withMoveCostPoints(2);
        Caseload dataset = new Caseload(AS_OF, policy,
                List.of(new Category("FRAUD", "Fraud and economic crime")), List.of(), List.of(moved),
                List.of(renewedExpiry), List.of(renamed, added));

        CaseloadService.ImportSummary summary = service.importCaseload(dataset, false);

        Caseload expected = withCategories(small, List.of(small.categories().get(0), small.categories().get(1),
                new Category("FRAUD", "Fraud and economic crime")))
                .withPolicy(policy)
                .withOfficers(List.of(small.officers().get(0), moved, small.officers().get(2)))
                .withTrainingRecords(List.of(renewedExpiry, small.trainingRecords().get(1),
                        small.trainingRecords().get(2)))
                .withThreats(List.of(small.threats().get(0), renamed, small.threats().get(2), added));
        assertThat(stored()).isEqualTo(expected);
        assertThat(summary).isEqualTo(new CaseloadService.ImportSummary(1, 0, 1, 1, 2));
    }

    @ParameterizedTest(name = "replace={0}")
    @ValueSource(booleans = {false, true})
    void anInvalidImportChangesNothingAndListsEveryProblem(boolean replace) {
        service.importCaseload(Caseloads.small(), true);
        Caseload before = stored();
        Caseload invalid = Caseloads.small().withThreats(List.of(
                Threat.of("SOC-7", "Op Typo", "MSTH", 2),
                Threat.of("SOC-8", "Op Ghost", "DRUGS", 2).withOfficerId("E404")));

        assertThatThrownBy(() -> service.importCaseload(invalid, replace))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path)
                        .contains("threats[SOC-7].category", "threats[SOC-8].officerId"));

        assertThat(stored()).isEqualTo(before);
    }

    @ParameterizedTest(name = "replace={0}")
    @ValueSource(booleans = {false, true})
    void aFailureMidwayThroughAnImportRollsEverythingBack(boolean replace) throws Exception {
        service.importCaseload(Caseloads.small(), true);
        Caseload before = stored();
        installFailingTrigger();
        Caseload small = Caseloads.small();
        Caseload failing = withCategories(small, List.of(small.categories().get(0), small.categories().get(1),
                        new Category("FRAUD", "Fraud")))
                .withPolicy(Policy.DEFAULTS.withLongAbsenceDays(3))
                .withOfficers(List.of(Officer.named("E7", "DS Seven")))
                .withTrainingRecords(List.of(new TrainingRecord("E7", "LRO-CORE", AS_OF, null)))
                .withThreats(List.of(Threat.of("SOC-5", "Op Elder", "FRAUD", 2),
                        Threat.of(FailOnThreatTrigger.THREAT_ID, "Op Fail", "FRAUD", 1)));

        assertThatThrownBy(() -> service.importCaseload(failing, replace))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("injected failure");

        assertThat(stored()).isEqualTo(before);
    }

    private void installFailingTrigger() throws Exception {
        store.failWhenStoringThreat(FailOnThreatTrigger.THREAT_ID, FailOnThreatTrigger.class.getName());
    }

    @Test
    void savingARecordAddsOrUpdatesOnlyThatRecord() {
        Caseload small = Caseloads.small();
        service.importCaseload(small, true);
        Threat updated = small.threat("SOC-3").orElseThrow().withWorkloadPoints(4.0);
        Officer added = Officer.named("E4", "DC Four").withMentorId("E1");
        Course course = new Course("MSHT-INV", "Modern slavery investigation (2025)", 24, false, "MSHT");
        TrainingRecord record = new TrainingRecord("E4", "MSHT-INV", AS_OF, null);

        service.saveThreat(updated);
        service.saveOfficer(added);
        service.saveCourse(course);
        service.saveTrainingRecord(record);

        assertThat(stored()).isEqualTo(new Caseload(AS_OF, small.policy(), small.categories(),
                List.of(small.courses().get(0), course),
                List.of(small.officers().get(0), small.officers().get(1), small.officers().get(2), added),
                List.of(small.trainingRecords().get(0), small.trainingRecords().get(1), small.trainingRecords().get(2),
                        record),
                List.of(small.threats().get(0), small.threats().get(1), updated)));
    }

    @Test
    void anInvalidEditChangesNothing() {
        service.importCaseload(Caseloads.small(), true);
        Caseload before = stored();

        assertThatThrownBy(() -> service.saveThreat(Threat.of("SOC-9", "Op Typo", "MSTH", 2)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("threats[SOC-9].category");
        assertThatThrownBy(() -> service.saveOfficer(Officer.named("E1", "DS Amy Clarke").withMentorId("E1")))
                .isInstanceOf(InvalidInputException.class);

        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void manyTrainingRecordsAreSavedAllOrNothing() {
        service.importCaseload(Caseloads.small(), true);
        Caseload before = stored();
        List<TrainingRecord> records = List.of(new TrainingRecord("E2", "LRO-CORE", AS_OF, null),
                new TrainingRecord("E404", "LRO-CORE", AS_OF, null));

        assertThatThrownBy(() -> service.saveTrainingRecords(records))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("E404");

        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void deletingATrainingRecordRemovesIt() {
        service.importCaseload(Caseloads.small(), true);
        TrainingRecord first = Caseloads.small().trainingRecords().get(0);

        service.deleteTrainingRecord(first.key());

        assertThat(stored().trainingRecords()).doesNotContain(first).hasSize(2);
        assertThatThrownBy(() -> service.deleteTrainingRecord(first.key()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no such training record");
    }

    @Test
    void aCourseStillUsedByTrainingRecordsCannotBeDeleted() {
        service.importCaseload(Caseloads.small(), true);
        Caseload before = stored();

        assertThatThrownBy(() -> service.deleteCourse("LRO-CORE"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("courses[LRO-CORE]: still used by 2 training records");

        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anUnusedCourseIsDeleted() {
        service.importCaseload(Caseloads.small(), true);
        service.deleteTrainingRecord(Caseloads.small().trainingRecords().get(1).key());

        service.deleteCourse("MSHT-INV");

        assertThat(stored().courses()).extracting(Course::code).containsExactly("LRO-CORE");
        assertThatThrownBy(() -> service.deleteCourse("MSHT-INV"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("courses[MSHT-INV]: no such course");
    }

    @Test
    void applyingAnAllocationMovesThreatsInOneGo() {
        service.importCaseload(Caseloads.small(), true);
        service.applyAllocation(Map.of("SOC-3", "E1"));
        Map<String, String> allocation = new HashMap<>();
        allocation.put("SOC-3", null);
        allocation.put("SOC-2", "E2");

        service.applyAllocation(allocation);

        Allocation after = stored().allocation();
        assertThat(after.threatIds()).containsExactly("SOC-1", "SOC-2", "SOC-3");
        assertThat(after.leadOf("SOC-1")).isEqualTo("E1");
        assertThat(after.leadOf("SOC-2")).isEqualTo("E2");
        assertThat(after.officerOf("SOC-3")).isEmpty();
    }

    @Test
    void anAllocationNamingAnUnknownThreatChangesNothing() {
        service.importCaseload(Caseloads.small(), true);
        Caseload before = stored();

        assertThatThrownBy(() -> service.applyAllocation(Map.of("SOC-3", "E1", "SOC-404", "E1")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new Problem("allocation[SOC-404]", "unknown threat \"SOC-404\"")));

        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void pinningChangesOnlyThePinAndAnUnknownThreatIsInvalid() {
        service.importCaseload(Caseloads.small(), true);

        service.setPinned("SOC-1", false);

        assertThat(stored().threats()).containsExactly(Caseloads.small().threats().get(0).withPinned(false),
                Caseloads.small().threats().get(1), Caseloads.small().threats().get(2));
        assertThatThrownBy(() -> service.setPinned("SOC-404", true))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("threats[SOC-404]: unknown threat \"SOC-404\"");
    }

    @Test
    void savingThePolicyReplacesIt() {
        Policy policy = Policy.DEFAULTS.withAllowOverload(false).withLongAbsenceDays(42);

        service.savePolicy(policy);

        assertThat(service.policy()).isEqualTo(policy);
    }

    @Test
    void aClosedServiceRefusesWork() {
        service.close();

        assertThatThrownBy(() -> service.load(AS_OF)).isInstanceOf(IllegalStateException.class);
    }
}
