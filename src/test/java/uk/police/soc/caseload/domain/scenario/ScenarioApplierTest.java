package uk.police.soc.caseload.domain.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.dataset.TestData;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.TrainingRecord;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.AddOfficer;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.AddThreat;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.AddTrainingRecord;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.ArchiveThreat;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.DeactivateOfficer;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.OfficerUnavailable;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.SetPolicy;

class ScenarioApplierTest {

    private static final Caseload SEED = new DatasetReader().read(TestData.shared("seed-case.json"));

    @Test
    void aRecordMayNameAnOfficerALaterChangeAdds() {
        Caseload after = new ScenarioApplier().apply(SEED, List.of(
                new AddTrainingRecord(new TrainingRecord("E9001", "LRO-CORE", LocalDate.of(2022, 3, 1), null)),
                new OfficerUnavailable("E9001", LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 2)),
                new AddOfficer(Officer.named("E9001", "DS Nia Price"))));

        assertThat(after.officers()).hasSize(11);
        assertThat(after.officer("E9001").orElseThrow().absences()).hasSize(1);
        assertThat(after.trainingRecords()).hasSize(10);
        assertThat(SEED.officers()).as("the caseload given is untouched").hasSize(10);
    }

    @Test
    void setPolicyMergesEachFieldGivenWholeAndKeepsTheRest() {
        PolicyPatch noOverload = new PolicyPatch(null, null, null, null, null, null, null, null, null, null, false);
        PolicyPatch points = new PolicyPatch(null, 40.0, Map.of(1, 40.0, 2, 20.0, 3, 12.0, 4, 6.0), null, null,
                null, null, null, null, null, null);
        Policy policy = new ScenarioApplier().apply(SEED, List.of(new SetPolicy(noOverload), new SetPolicy(points)))
                .policy();

        assertThat(policy.allowOverload()).isFalse();
        assertThat(policy.pointsFor(1)).isEqualTo(40.0);
        assertThat(policy.standardWeeklyHours()).isEqualTo(40.0);
        assertThat(policy.amberLoadPercent()).isEqualTo(100.0);
        assertThat(policy.minPipLevelByCategory()).isEqualTo(Map.of("MSHT", 2));
    }

    @Test
    void deactivatingAnInactiveOfficerOrArchivingAnArchivedThreatChangesNothing() {
        Caseload once = new ScenarioApplier().apply(SEED, List.of(new DeactivateOfficer("E2302"),
                new ArchiveThreat("OCG-2019-001")));
        Caseload twice = new ScenarioApplier().apply(once, List.of(new DeactivateOfficer("E2302"),
                new ArchiveThreat("OCG-2019-001")));

        assertThat(twice).isEqualTo(once);
        // E2302's seven threats (pinned or not) lost him; the archived one keeps its officer as history.
        assertThat(once.threats().stream().filter(t -> "E2302".equals(t.officerId()))).isEmpty();
        assertThat(once.threat("OCG-2019-001").orElseThrow().officerId()).isEqualTo("E2041");
    }

    @Test
    void aDeactivatedOfficersPinnedThreatsAreUnpinned() {
        Caseload pinned = SEED.withThreats(SEED.threats().stream()
                .map(t -> t.id().equals("OCG-2019-025") ? t.withPinned(true) : t).toList());
        Threat after = new ScenarioApplier().apply(pinned, List.of(new DeactivateOfficer("E2302")))
                .threat("OCG-2019-025").orElseThrow();
        assertThat(after.officerId()).isNull();
        assertThat(after.pinned()).isFalse();
    }

    @Test
    void eachProblemNamesTheChangeThatCausedIt() {
        List<Problem> problems = problems(
                new AddOfficer(Officer.named("E2041", "DS Amy Clarke again")),
                new AddTrainingRecord(new TrainingRecord("E2187", "LRO-ADV", LocalDate.of(2022, 3, 1), null)),
                new OfficerUnavailable("E9", LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 2)),
                new ArchiveThreat("OCG-1999-999"),
                new AddThreat(Threat.of("OCG-2022-100", "Op New", "DRUGS", 2).withOfficerId("E9")),
                new SetPolicy(new PolicyPatch(null, null, null, null, null, null, 0, null, null, null, null)),
                new OfficerUnavailable("E2041", LocalDate.of(2022, 4, 2), LocalDate.of(2022, 4, 1)),
                new DeactivateOfficer("E9"));

        assertThat(problems).extracting(Problem::toString).containsExactlyInAnyOrder(
                "changes[0].officer.id: duplicate officer \"E2041\" (already on the caseload)",
                "changes[1].record.courseCode: unknown course \"LRO-ADV\"",
                "changes[2].officerId: unknown officer \"E9\"",
                "changes[3].threatId: unknown threat \"OCG-1999-999\"",
                "changes[4].threat.officerId: unknown officer \"E9\"",
                "changes[5].policy.longAbsenceDays: must be at least 1",
                "changes[6].until: ends (2022-04-01) before it starts (2022-04-02)",
                "changes[7].officerId: unknown officer \"E9\"");
    }

    @Test
    void aRuleBetweenTwoSettingsNamesTheChangeThatBrokeItThoughItGaveTheOtherSetting() {
        // Red set to 90 with amber left at 100: the rule is filed under amber, but the red change caused it.
        PolicyPatch red = PolicyPatch.of("redLoadPercent", 90.0);
        assertThat(problems(new AddOfficer(Officer.named("E9001", "A")), new SetPolicy(red)))
                .extracting(Problem::toString).containsExactly("changes[1].policy.amberLoadPercent: must not be"
                        + " above policy.redLoadPercent (amber 100 > red 90): an officer is over capacity before"
                        + " they are overloaded");
        // Amber raised by a later change than red: that later one.
        assertThat(problems(new SetPolicy(PolicyPatch.of("redLoadPercent", 120.0)),
                new SetPolicy(PolicyPatch.of("amberLoadPercent", 130.0))))
                .extracting(Problem::path).containsExactly("changes[1].policy.amberLoadPercent");
    }

    @Test
    void twoChangesAddingTheSameOfficerNameTheFirst() {
        assertThat(problems(new AddOfficer(Officer.named("E9001", "A")), new AddOfficer(Officer.named("E9001", "B"))))
                .extracting(Problem::toString)
                .containsExactly("changes[1].officer.id: duplicate officer \"E9001\" (also added by changes[0])");
    }

    private static List<Problem> problems(CaseloadChange... changes) {
        try {
            new ScenarioApplier().apply(SEED, List.of(changes));
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("accepted");
    }
}
