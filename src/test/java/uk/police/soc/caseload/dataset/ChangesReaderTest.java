package uk.police.soc.caseload.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.domain.scenario.CaseloadChange;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.AddOfficer;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.AddThreat;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.AddTrainingRecord;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.ArchiveThreat;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.DeactivateOfficer;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.OfficerUnavailable;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.SetPolicy;

class ChangesReaderTest {

    private static final String EVERY_OP = """
            {"changes": [
              {"op": "addOfficer", "officer": {"id": "E9001", "name": "DS Nia Price", "pipLevel": 2,
                                               "skills": {"DRUGS": 3}}},
              {"op": "addTrainingRecord", "record": {"officerId": "E9001", "courseCode": "LRO-CORE",
                                                     "completedOn": "2022-03-01"}},
              {"op": "officerUnavailable", "officerId": "E2041", "from": "2022-04-01", "until": "2022-06-30"},
              {"op": "deactivateOfficer", "officerId": "E2121"},
              {"op": "addThreat", "threat": {"id": "OCG-2022-100", "name": "Op New", "category": "DRUGS",
                                             "priority": 2}},
              {"op": "archiveThreat", "threatId": "OCG-2019-001"},
              {"op": "setPolicy", "policy": {"allowOverload": false, "pointsByPriority": {"1": 40, "2": 20, "3": 12, "4": 6}}}
            ]}""";

    @Test
    void readsEveryOperationWithItsRecordInTheDatasetsShape() {
        List<CaseloadChange> changes = new ChangesReader().read(EVERY_OP);

        assertThat(changes).extracting(CaseloadChange::op).containsExactly("addOfficer", "addTrainingRecord",
                "officerUnavailable", "deactivateOfficer", "addThreat", "archiveThreat", "setPolicy");
        AddOfficer officer = (AddOfficer) changes.get(0);
        assertThat(officer.officer().skills()).isEqualTo(Map.of("DRUGS", 3));
        assertThat(officer.officer().weeklyHours()).as("omitted: follows the policy").isNull();
        assertThat(((AddTrainingRecord) changes.get(1)).record().completedOn()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(changes.get(2)).isEqualTo(
                new OfficerUnavailable("E2041", LocalDate.of(2022, 4, 1), LocalDate.of(2022, 6, 30)));
        assertThat(changes.get(3)).isEqualTo(new DeactivateOfficer("E2121"));
        assertThat(((AddThreat) changes.get(4)).threat().workloadPoints()).isNull();
        assertThat(changes.get(5)).isEqualTo(new ArchiveThreat("OCG-2019-001"));
        SetPolicy policy = (SetPolicy) changes.get(6);
        assertThat(policy.policy().fieldsGiven()).containsExactly("pointsByPriority", "allowOverload");
        assertThat(policy.policy().allowOverload()).isFalse();
    }

    @Test
    void writtenAndReadBackTheChangesAreTheSame() {
        List<CaseloadChange> changes = new ChangesReader().read(EVERY_OP);
        assertThat(new ChangesReader().read(new ChangesWriter().toJson(changes))).isEqualTo(changes);
    }

    @Test
    void anUnknownOpIsNamedByTheChangesIndex() {
        assertThat(problems("{\"changes\": [{\"op\": \"deactivateOfficer\", \"officerId\": \"E1\"},"
                + " {\"op\": \"promoteOfficer\", \"officerId\": \"E1\"}]}"))
                .extracting(Problem::path).containsExactly("changes[1].op");
    }

    @Test
    void aRecordInAChangeIsCheckedAsImportChecksIt() {
        List<Problem> problems = problems("""
                {"changes": [
                  {"op": "addOfficer", "officer": {"id": "E9001", "name": "X", "weeklyHours": 80, "skils": {}}},
                  {"op": "officerUnavailable", "officerId": "E2041", "from": "2022-02-30", "until": "2022-06-30"},
                  {"op": "setPolicy", "policy": {"amberLoadPercent": -5}},
                  {"op": "archiveThreat"}
                ]}""");
        assertThat(problems).extracting(Problem::toString).contains(
                "changes[0].officer.skils: unknown field",
                "changes[0].officer.weeklyHours: must be at most 60, got 80",
                "changes[1].from: not a real calendar date: \"2022-02-30\"",
                "changes[2].policy.amberLoadPercent: must be above 0, got -5",
                "changes[3].threatId: is required");
    }

    @Test
    void anOpsOwnFieldsOnlyAndTheChangesListItself() {
        assertThat(problems("{\"changes\": [{\"op\": \"deactivateOfficer\", \"officerId\": \"E1\", \"from\": \"x\"}]}"))
                .extracting(Problem::toString).containsExactly("changes[0].from: unknown field");
        assertThat(problems("{\"change\": []}")).extracting(Problem::path).contains("change", "changes");
        assertThat(problems("{\"changes\": [").get(0).message()).startsWith("not valid JSON");
    }

    private static List<Problem> problems(String json) {
        try {
            new ChangesReader().read(json);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void aMissingFileIsInvalidInput() {
        assertThatThrownBy(() -> new ChangesReader().read(java.nio.file.Path.of("no-such-changes.json")))
                .isInstanceOf(InvalidInputException.class).hasMessageEndingWith("file not found");
    }
}
