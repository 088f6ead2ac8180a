package uk.police.soc.caseload.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The validator judges domain objects directly, as the app's edit dialogs build them, so it must reject what
 * the import's schema rejects as well as the cross-record rules.
 */
class CaseloadValidatorTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 1);

    private final CaseloadValidator validator = new CaseloadValidator();

    @Test
    void aConsistentCaseloadHasNoProblems() {
        assertThat(validator.validate(caseload())).isEmpty();
    }

    @Test
    void rejectsOfficerValuesOutOfRange() {
        Caseload caseload = withOfficer(0, o -> new Officer("E1", "", null, null, null, 0.0, 5,
                Map.of("DRUGS", 4), null, List.of(new Reduction("", 150, null, null)), List.of(), true));

        assertThat(messages(caseload)).containsExactlyInAnyOrder(
                "officers[E1].name: must not be empty",
                "officers[E1].weeklyHours: must be above 0 and at most 60",
                "officers[E1].pipLevel: must be a PIP level from 0 to 4",
                "officers[E1].skills.DRUGS: must be a skill level from 0 to 3",
                "officers[E1].reductions[0].reason: must not be empty",
                "officers[E1].reductions[0].percent: must be above 0 and at most 100");
    }

    @Test
    void rejectsThreatValuesOutOfRange() {
        Threat bad = new Threat("T1", "", "DRUGS", 0, null, -1.0, 0.0, 4, 5, null, null, false, List.of(),
                ThreatStatus.ACTIVE, null, null);

        assertThat(messages(withThreat(0, t -> bad))).containsExactlyInAnyOrder(
                "threats[T1].name: must not be empty",
                "threats[T1].priority: must be a priority from 1 to 4",
                "threats[T1].riskScore: must be 0 or more (or null)",
                "threats[T1].workloadPoints: must be above 0 (or null: from the policy)",
                "threats[T1].minSkillLevel: must be a skill level from 0 to 3 (or null: from the policy)",
                "threats[T1].minPipLevel: must be a PIP level from 0 to 4 (or null: from the policy)");
    }

    @Test
    void aDateOrNumberAnEditCouldGiveButAFileCouldNotHoldIsRefused() {
        Caseload caseload = withThreat(0, t -> new Threat(t.id(), t.name(), t.category(), t.priority(), t.band(),
                Double.POSITIVE_INFINITY, Double.NaN, null, null, null, null, false, null, t.status(),
                LocalDate.of(10000, 1, 1), LocalDate.of(0, 12, 31)));
        caseload = withOfficer(caseload, 0, o -> o.withAbsences(java.util.List.of(
                new Absence(LocalDate.of(2024, 1, 1), LocalDate.MAX, null))));

        assertThat(messages(caseload.withAsOf(LocalDate.of(-1, 1, 1)))).containsExactlyInAnyOrder(
                "asOf: must be a date from 0001-01-01 to 9999-12-31 (the dataset format writes years with four digits)",
                "officers[E1].absences[0].until: must be a date from 0001-01-01 to 9999-12-31 (the dataset format"
                        + " writes years with four digits)",
                "threats[T1].riskScore: must be a finite number (a dataset cannot hold infinity)",
                "threats[T1].workloadPoints: must be a finite number (a dataset cannot hold infinity)",
                "threats[T1].adoptedOn: must be a date from 0001-01-01 to 9999-12-31 (the dataset format writes years"
                        + " with four digits)",
                "threats[T1].nextReviewDue: must be a date from 0001-01-01 to 9999-12-31 (the dataset format writes"
                        + " years with four digits)");
    }

    @Test
    void amberAboveRedIsRefusedNamingBothAndInfinityIsNoThreshold() {
        Policy policy = caseload().policy();
        Policy inverted = new Policy(policy.nominalCapacityPoints(), policy.standardWeeklyHours(),
                policy.pointsByPriority(), policy.minSkillLevelByPriority(), policy.minPipLevelByCategory(),
                policy.traineePriorities(), policy.longAbsenceDays(), 500, 50, policy.moveCostPoints(),
                policy.allowOverload());
        Policy infinite = new Policy(Double.POSITIVE_INFINITY, policy.standardWeeklyHours(),
                policy.pointsByPriority(), policy.minSkillLevelByPriority(), policy.minPipLevelByCategory(),
                policy.traineePriorities(), policy.longAbsenceDays(), policy.amberLoadPercent(),
                Double.POSITIVE_INFINITY, policy.moveCostPoints(), policy.allowOverload());

        assertThat(messages(caseload().withPolicy(inverted))).containsExactly(
                "policy.amberLoadPercent: must not be above policy.redLoadPercent (amber 500 > red 50): an officer is"
                        + " over capacity before they are overloaded");
        assertThat(messages(caseload().withPolicy(infinite))).containsExactlyInAnyOrder(
                "policy.nominalCapacityPoints: must be a finite number (a dataset cannot hold infinity)",
                "policy.redLoadPercent: must be a finite number (a dataset cannot hold infinity)");
    }

    @Test
    void rejectsIdsThatAreBlankPaddedOrTooLongAndNamesTheRecordByIndex() {
        Caseload caseload = withThreat(0, t -> Threat.of(" T1", "Op Alder", "DRUGS", 1));
        caseload = withOfficer(caseload, 1, o -> Officer.named("E".repeat(65), "DC Two"));

        assertThat(messages(caseload)).containsExactlyInAnyOrder(
                "threats[0].id: must be 1 to 64 characters with no leading or trailing space and no invisible character, got \" T1\"",
                "officers[1].id: must be 1 to 64 characters with no leading or trailing space and no invisible character, got \"" + "E".repeat(60) + "… (65 characters)\"");
    }

    @Test
    void acceptsAnIdOfExactlySixtyFourCharacters() {
        assertThat(CaseloadValidator.isValidId("X".repeat(64))).isTrue();
        assertThat(CaseloadValidator.isValidId("Op Alder 2")).isTrue();
        assertThat(CaseloadValidator.isValidId("")).isFalse();
        assertThat(CaseloadValidator.isValidId("T1\n")).isFalse();
    }

    @Test
    void rejectsPolicySettingsOutOfRange() {
        Policy policy = new Policy(0, 61, Map.of(1, 30.0, 2, 20.0, 3, 12.0), Map.of(1, 2, 2, 2, 3, 1, 4, 4),
                Map.of("MSHT", 5), List.of(3, 5), 0, 0, -1, -0.5, true);

        assertThat(messages(caseload().withPolicy(policy))).containsExactlyInAnyOrder(
                "policy.nominalCapacityPoints: must be above 0",
                "policy.standardWeeklyHours: must be above 0 and at most 60",
                "policy.pointsByPriority.4: missing (every priority 1 to 4 needs a value)",
                "policy.minSkillLevelByPriority.4: must be a skill level from 0 to 3",
                "policy.minPipLevelByCategory.MSHT: must be a PIP level from 0 to 4",
                "policy.traineePriorities[1]: must be a priority from 1 to 4",
                "policy.longAbsenceDays: must be at least 1",
                "policy.amberLoadPercent: must be above 0",
                "policy.redLoadPercent: must be above 0",
                "policy.moveCostPoints: must be 0 or more");
    }

    @Test
    void rejectsAnOfficerMentoringThemself() {
        Caseload caseload = withOfficer(1, o -> o.withMentorId("E2"));

        assertThat(messages(caseload)).containsExactly("officers[E2].mentorId: an officer cannot be their own mentor");
    }

    @Test
    void rejectsAPinnedThreatWithoutAnOfficer() {
        Caseload caseload = withThreat(1, t -> t.withPinned(true));

        assertThat(messages(caseload)).containsExactly("threats[T2].pinned: a pinned threat needs an officerId");
    }

    @Test
    void rejectsReferencesToRecordsThatDoNotExist() {
        Caseload caseload = withThreat(0, t -> t.withOfficerId("E9").withExcludedOfficerIds(List.of("E8")));
        caseload = withOfficer(caseload, 0, o -> o.withSkills(Map.of("FRAUD", 1)).withMentorId("E7"));
        caseload = caseload.withTrainingRecords(List.of(new TrainingRecord("X", "LRO-ADV", AS_OF, null)));

        assertThat(messages(caseload)).containsExactlyInAnyOrder(
                "threats[T1].officerId: unknown officer \"E9\"",
                "threats[T1].excludedOfficerIds[0]: unknown officer \"E8\"",
                "officers[E1].skills.FRAUD: unknown category \"FRAUD\"",
                "officers[E1].mentorId: unknown officer \"E7\"",
                "trainingRecords[0].officerId: unknown officer \"X\"",
                "trainingRecords[0].courseCode: unknown course \"LRO-ADV\"");
    }

    @Test
    void rejectsTwoTrainingRecordsOfTheSameOfficerCourseAndDate() {
        TrainingRecord record = new TrainingRecord("E1", "LRO-CORE", AS_OF, null);
        Caseload caseload = caseload().withTrainingRecords(
                List.of(record, new TrainingRecord("E1", "LRO-CORE", AS_OF, AS_OF.plusYears(1))));

        assertThat(messages(caseload))
                .containsExactly("trainingRecords[1]: same officer, course and completedOn as trainingRecords[0]");
    }

    @Test
    void rejectsDateRangesThatEndBeforeTheyStart() {
        Caseload caseload = withOfficer(0, o -> o
                .withAbsences(List.of(new Absence(AS_OF, AS_OF.minusDays(1), null)))
                .withReductions(List.of(new Reduction("Tasking", 10, AS_OF.plusDays(1), AS_OF))));

        assertThat(messages(caseload)).containsExactlyInAnyOrder(
                "officers[E1].absences[0].until: ends (2024-02-29) before it starts (2024-03-01)",
                "officers[E1].reductions[0].until: ends (2024-03-01) before it starts (2024-03-02)");
    }

    @Test
    void acceptsADayLongRangeAndOpenEndedReductions() {
        Caseload caseload = withOfficer(0, o -> o
                .withAbsences(List.of(new Absence(AS_OF, AS_OF, null)))
                .withReductions(List.of(new Reduction("Tasking", 100, null, AS_OF))));

        assertThat(validator.validate(caseload)).isEmpty();
    }

    @Test
    void reportsADuplicateOfficerAtTheLaterRecordNamingTheFirst() {
        List<Officer> officers = new ArrayList<>(caseload().officers());
        officers.add(Officer.named("E1", "DS One again"));

        assertThat(messages(caseload().withOfficers(officers)))
                .containsExactly("officers[2].id: duplicate id \"E1\" (already used by officers[0])");
    }

    private List<String> messages(Caseload caseload) {
        return validator.validate(caseload).stream().map(Problem::toString).toList();
    }

    private static Caseload caseload() {
        return new Caseload(AS_OF, Policy.DEFAULTS,
                List.of(new Category("DRUGS", "Drugs supply"), new Category("MSHT", "Modern slavery")),
                List.of(new Course("LRO-CORE", "LRO core", 36, true, null)),
                List.of(Officer.named("E1", "DS One").withSkills(Map.of("DRUGS", 3)), Officer.named("E2", "DC Two")),
                List.of(new TrainingRecord("E1", "LRO-CORE", AS_OF.minusYears(1), null)),
                List.of(Threat.of("T1", "Op Alder", "DRUGS", 1).withOfficerId("E1"),
                        Threat.of("T2", "Op Birch", "MSHT", 3)));
    }

    private static Caseload withOfficer(int index, UnaryOperator<Officer> change) {
        return withOfficer(caseload(), index, change);
    }

    private static Caseload withOfficer(Caseload caseload, int index, UnaryOperator<Officer> change) {
        List<Officer> officers = new ArrayList<>(caseload.officers());
        officers.set(index, change.apply(officers.get(index)));
        return caseload.withOfficers(officers);
    }

    private static Caseload withThreat(int index, UnaryOperator<Threat> change) {
        List<Threat> threats = new ArrayList<>(caseload().threats());
        threats.set(index, change.apply(threats.get(index)));
        return caseload().withThreats(threats);
    }
}
