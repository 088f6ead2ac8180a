package uk.police.soc.caseload.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseloadAssessmentTest {

    static final LocalDate AS_OF = LocalDate.of(2024, 6, 15);
    static final Course LRO = new Course("LRO", "LRO course", 36, true, null);
    static final Course FOREVER = new Course("LRO-LIFE", "LRO course, no expiry", null, true, null);
    static final Course FIN = new Course("FIN", "Financial investigation", 12, false, "ML");

    /** A caseload under construction: a fluent way to state only what each test is about. */
    static final class Given {
        Policy policy = Policy.DEFAULTS;
        final List<Officer> officers = new ArrayList<>();
        final List<TrainingRecord> records = new ArrayList<>();
        final List<Threat> threats = new ArrayList<>();

        Given officer(Officer officer) {
            officers.add(officer);
            return this;
        }

        /** An accredited, skilled, full-time officer: eligible for any default threat in DRUGS or MSHT. */
        Given lro(String id) {
            officers.add(Officer.named(id, "DS " + id).withPipLevel(2).withSkills(Map.of("DRUGS", 3, "MSHT", 3)));
            records.add(new TrainingRecord(id, "LRO", AS_OF.minusYears(1), null));
            return this;
        }

        Given record(TrainingRecord record) {
            records.add(record);
            return this;
        }

        Given threat(Threat threat) {
            threats.add(threat);
            return this;
        }

        Given policy(Policy newPolicy) {
            policy = newPolicy;
            return this;
        }

        Caseload caseload() {
            return new Caseload(AS_OF, policy,
                    List.of(new Category("DRUGS", "Drugs"), new Category("MSHT", "Modern slavery"),
                            new Category("ML", "Money laundering")),
                    List.of(LRO, FOREVER, FIN), officers, records, threats);
        }

        CaseloadAssessment assess() {
            return new CaseloadAssessment(caseload());
        }
    }

    static Threat drugs(String id, int priority, String officerId) {
        return Threat.of(id, "Op " + id, "DRUGS", priority).withOfficerId(officerId);
    }

    @Nested
    class TrainingRecordValidity {

        @Test
        void ownExpiryDateOverridesTheCourseValidity() {
            TrainingRecord record = new TrainingRecord("E1", "LRO", LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1));
            assertThat(CaseloadAssessment.expiry(record, LRO)).isEqualTo(LocalDate.of(2021, 1, 1));
        }

        @Test
        void courseValidityAddsCalendarMonthsClampedToTheMonthEnd() {
            Course oneMonth = new Course("C", "C", 1, false, null);
            assertThat(CaseloadAssessment.expiry(new TrainingRecord("E1", "C", LocalDate.of(2023, 1, 31), null), oneMonth))
                    .isEqualTo(LocalDate.of(2023, 2, 28));
            assertThat(CaseloadAssessment.expiry(new TrainingRecord("E1", "C", LocalDate.of(2024, 1, 31), null), oneMonth))
                    .isEqualTo(LocalDate.of(2024, 2, 29));
        }

        @Test
        void noExpiryWhenNeitherRecordNorCourseSetsOne() {
            assertThat(CaseloadAssessment.expiry(new TrainingRecord("E1", "LRO-LIFE", LocalDate.of(1990, 1, 1), null), FOREVER))
                    .isNull();
        }

        @ParameterizedTest(name = "completed {0}, expires {1}: valid {2}")
        @CsvSource(textBlock = """
                2024-06-15, ,           true
                2024-06-16, ,           false
                2020-01-01, 2024-06-16, true
                2020-01-01, 2024-06-15, false
                2020-01-01, 2024-06-14, false
                2021-06-15, ,           false
                2021-06-16, ,           true
                """)
        void validFromCompletionUntilTheDayBeforeExpiry(LocalDate completed, LocalDate expires, boolean valid) {
            TrainingRecord record = new TrainingRecord("E1", "LRO", completed, expires);
            CaseloadAssessment assessment = new Given().officer(Officer.named("E1", "A")).record(record).assess();
            assertThat(assessment.isValid(record)).isEqualTo(valid);
        }
    }

    @Nested
    class Accreditation {

        @Test
        void validRecordOfAnAccreditingCourseMakesAnAccreditedLro() {
            assertThat(new Given().lro("E1").assess().isAccredited("E1")).isTrue();
        }

        @Test
        void inactiveOfficerIsNeverAccredited() {
            CaseloadAssessment assessment = new Given()
                    .officer(Officer.named("E1", "A").withActive(false))
                    .record(new TrainingRecord("E1", "LRO", AS_OF.minusDays(1), null)).assess();
            assertThat(assessment.isAccredited("E1")).isFalse();
        }

        @Test
        void courseThatDoesNotAccreditDoesNotCount() {
            CaseloadAssessment assessment = new Given().officer(Officer.named("E1", "A"))
                    .record(new TrainingRecord("E1", "FIN", AS_OF.minusDays(1), null)).assess();
            assertThat(assessment.isAccredited("E1")).isFalse();
        }

        @Test
        void expiredAccreditationDoesNotCountButAnotherValidOneDoes() {
            CaseloadAssessment expiredOnly = new Given().officer(Officer.named("E1", "A"))
                    .record(new TrainingRecord("E1", "LRO", AS_OF.minusYears(3), null)).assess();
            assertThat(expiredOnly.isAccredited("E1")).isFalse();
            CaseloadAssessment renewed = new Given().officer(Officer.named("E1", "A"))
                    .record(new TrainingRecord("E1", "LRO", AS_OF.minusYears(3), null))
                    .record(new TrainingRecord("E1", "LRO", AS_OF.minusYears(1), null)).assess();
            assertThat(renewed.isAccredited("E1")).isTrue();
        }

        @Test
        void traineeIsMentoredOnlyByAnAccreditedLro() {
            CaseloadAssessment assessment = new Given().lro("M1")
                    .officer(Officer.named("M2", "Unaccredited mentor"))
                    .officer(Officer.named("T1", "A").withMentorId("M1"))
                    .officer(Officer.named("T2", "B").withMentorId("M2"))
                    .officer(Officer.named("T3", "C").withMentorId("M1").withActive(false))
                    .assess();
            assertThat(assessment.isMentoredTrainee("T1")).isTrue();
            assertThat(assessment.isMentoredTrainee("T2")).isFalse();
            assertThat(assessment.isMentoredTrainee("T3")).isFalse();
        }

        @Test
        void accreditedOfficerWithAMentorIsNotATrainee() {
            Given given = new Given().lro("M1").lro("E1");
            given.officers.set(1, given.officers.get(1).withMentorId("M1"));
            assertThat(given.assess().isMentoredTrainee("E1")).isFalse();
        }
    }

    @Nested
    class AbsenceAndCapacity {

        @ParameterizedTest(name = "absent {0} to {1}: long-absent {2}")
        @CsvSource(textBlock = """
                2024-06-01, 2024-06-28, true
                2024-06-01, 2024-06-27, false
                2024-06-15, 2024-07-12, true
                2024-05-19, 2024-06-15, true
                2024-05-01, 2024-06-14, false
                2024-06-16, 2024-09-30, false
                """)
        void longAbsentWhenAnAbsenceOfAtLeastTheLimitCoversThePlanningDate(LocalDate from, LocalDate until,
                boolean longAbsent) {
            CaseloadAssessment assessment = new Given()
                    .officer(Officer.named("E1", "A").withAbsences(List.of(new Absence(from, until, "leave"))))
                    .assess();
            assertThat(assessment.isLongAbsent("E1")).isEqualTo(longAbsent);
            assertThat(assessment.capacity("E1")).isEqualTo(longAbsent ? 0 : 100);
        }

        @Test
        void partTimeHoursScaleCapacity() {
            CaseloadAssessment assessment = new Given().officer(Officer.named("E1", "A").withWeeklyHours(30.0)).assess();
            assertThat(assessment.capacity("E1")).isCloseTo(100 * 30 / 37.0, within(1e-9));
        }

        @ParameterizedTest(name = "reduction {0} to {1}: capacity {2}")
        @CsvSource(textBlock = """
                ,           ,           70
                2024-06-15, ,           70
                ,           2024-06-15, 70
                2024-06-15, 2024-06-15, 70
                2024-06-16, ,           100
                ,           2024-06-14, 100
                """)
        void reductionCountsWhenInForceOnThePlanningDate(LocalDate from, LocalDate until, double capacity) {
            CaseloadAssessment assessment = new Given().officer(Officer.named("E1", "A")
                    .withReductions(List.of(new Reduction("supervision", 30, from, until)))).assess();
            assertThat(assessment.capacity("E1")).isCloseTo(capacity, within(1e-9));
        }

        @Test
        void reductionsAddUpAndNeverTakeCapacityBelowZero() {
            CaseloadAssessment full = new Given().officer(Officer.named("E1", "A").withReductions(List.of(
                    new Reduction("a", 100, null, null)))).assess();
            CaseloadAssessment over = new Given().officer(Officer.named("E1", "A").withReductions(List.of(
                    new Reduction("a", 60, null, null), new Reduction("b", 60, null, null)))).assess();
            CaseloadAssessment both = new Given().officer(Officer.named("E1", "A").withWeeklyHours(18.5)
                    .withReductions(List.of(new Reduction("a", 20, null, null), new Reduction("b", 30, null, null))))
                    .assess();
            assertThat(full.capacity("E1")).isZero();
            assertThat(over.capacity("E1")).isZero();
            assertThat(both.capacity("E1")).isCloseTo(25, within(1e-9));
        }

        @Test
        void anEditedRecordsCapacityIsWorkedOutAloneByTheSameRules() {
            Officer officer = Officer.named("E1", "A").withWeeklyHours(18.5);
            CaseloadAssessment assessment = new Given().officer(officer).assess();

            // A mentoring pair's 20 % reduction from the planning date, and a long absence covering it.
            Officer mentoring = officer.withReductions(List.of(new Reduction("mentoring", 20, AS_OF, null)));
            Officer absent = officer.withAbsences(List.of(new Absence(AS_OF.minusDays(10), AS_OF.plusDays(30), "sick")));

            assertThat(assessment.capacityOf(officer)).isCloseTo(50, within(1e-9));
            assertThat(assessment.capacityOf(mentoring)).isCloseTo(40, within(1e-9));
            assertThat(assessment.capacityOf(absent)).isZero();
            assertThat(assessment.capacity("E1")).isCloseTo(50, within(1e-9));
        }

        @Test
        void inactiveOfficerHasNoCapacity() {
            assertThat(new Given().officer(Officer.named("E1", "A").withActive(false)).assess().capacity("E1")).isZero();
        }

        @Test
        void policyScalesNominalCapacityAndStandardWeek() {
            Policy policy = new Policy(200, 40, Policy.DEFAULTS.pointsByPriority(),
                    Policy.DEFAULTS.minSkillLevelByPriority(), Map.of(), List.of(3, 4), 28, 100, 110, 10, true);
            CaseloadAssessment assessment = new Given().policy(policy)
                    .officer(Officer.named("E1", "A").withWeeklyHours(30.0)).assess();
            assertThat(assessment.capacity("E1")).isCloseTo(150, within(1e-9));
        }
    }

    @Nested
    class PointsAndLoad {

        @Test
        void pointsComeFromTheThreatElseFromItsPriority() {
            CaseloadAssessment assessment = new Given().assess();
            assertThat(assessment.points(drugs("T1", 1, null))).isEqualTo(30);
            assertThat(assessment.points(drugs("T4", 4, null))).isEqualTo(6);
            assertThat(assessment.points(drugs("T5", 4, null).withWorkloadPoints(7.5))).isEqualTo(7.5);
        }

        @Test
        void loadCountsActiveThreatsWhateverTheirKind() {
            CaseloadAssessment assessment = new Given().lro("E1").lro("E2")
                    .threat(drugs("T1", 1, "E1"))
                    .threat(drugs("T2", 2, "E1").withPinned(true))
                    .threat(drugs("T3", 3, "E1").withStatus(ThreatStatus.ARCHIVED))
                    .threat(drugs("T4", 4, null))
                    .assess();
            assertThat(assessment.loads(assessment.currentAllocation())).containsEntry("E1", 50.0).containsEntry("E2", 0.0);
        }

        @Test
        void loadPercentIsZeroForNothingOverNothingAndInfiniteForSomethingOverNothing() {
            assertThat(CaseloadAssessment.loadPercent(0, 0)).isZero();
            assertThat(CaseloadAssessment.loadPercent(12, 0)).isInfinite();
            assertThat(CaseloadAssessment.loadPercent(12, 80)).isEqualTo(15);
        }

        @Test
        void thresholdComparisonsTolerateRoundingError() {
            assertThat(CaseloadAssessment.exceeds(100.00000000000001, 100)).isFalse();
            assertThat(CaseloadAssessment.exceeds(100.001, 100)).isTrue();
        }
    }

    @Nested
    class Eligibility {

        @Test
        void accreditedSkilledOfficerIsEligible() {
            CaseloadAssessment assessment = new Given().lro("E1").assess();
            assertThat(assessment.unmetRules(assessment.caseload().officers().get(0), drugs("T1", 1, null))).isEmpty();
        }

        @Test
        void eachRuleIsReportedByName() {
            Officer nobody = Officer.named("E9", "Nobody").withActive(false).withAbsences(List.of(
                    new Absence(AS_OF.minusDays(30), AS_OF.plusDays(30), "sick")));
            Threat threat = Threat.of("T1", "Op", "MSHT", 1).withExcludedOfficerIds(List.of("E9"));
            CaseloadAssessment assessment = new Given().officer(nobody).assess();
            assertThat(assessment.unmetRules(nobody, threat)).extracting(EligibilityRule::code)
                    .containsExactly("inactive", "longAbsent", "notAccredited", "skill", "pipLevel", "excluded");
        }

        @Test
        void noCapacityOnlyForActivePresentOfficersReducedToNothing() {
            Given given = new Given().lro("E1");
            given.officers.set(0, given.officers.get(0).withReductions(List.of(new Reduction("secondment", 100, null, null))));
            CaseloadAssessment assessment = given.assess();
            assertThat(assessment.unmetRules(assessment.caseload().officers().get(0), drugs("T1", 1, null)))
                    .containsExactly(EligibilityRule.NO_CAPACITY);
        }

        @ParameterizedTest(name = "priority {0}: trainee eligible {1}")
        @CsvSource(textBlock = """
                1, false
                2, false
                3, true
                4, true
                """)
        void mentoredTraineeMayLeadOnlyTheTraineePriorities(int priority, boolean eligible) {
            CaseloadAssessment assessment = new Given().lro("M1")
                    .officer(Officer.named("T1", "Trainee").withMentorId("M1").withPipLevel(2)
                            .withSkills(Map.of("DRUGS", 3)))
                    .assess();
            assertThat(assessment.isEligible("T1", drugs("X", priority, null))).isEqualTo(eligible);
        }

        @Test
        void skillAndPipMinimumsComeFromTheThreatElseThePolicy() {
            Officer officer = Officer.named("E1", "A").withSkills(Map.of("MSHT", 2)).withPipLevel(1);
            CaseloadAssessment assessment = new Given().officer(officer)
                    .record(new TrainingRecord("E1", "LRO", AS_OF.minusDays(10), null)).assess();
            Threat msht = Threat.of("T1", "Op", "MSHT", 1);
            assertThat(assessment.unmetRules(officer, msht)).containsExactly(EligibilityRule.PIP_LEVEL);
            assertThat(assessment.unmetRules(officer, msht.withMinPipLevel(1))).isEmpty();
            assertThat(assessment.unmetRules(officer, msht.withMinPipLevel(1).withMinSkillLevel(3)))
                    .containsExactly(EligibilityRule.SKILL);
            assertThat(assessment.unmetRules(officer, Threat.of("T2", "Op", "DRUGS", 4)))
                    .containsExactly(EligibilityRule.SKILL);
        }

        @Test
        void nearestOfficersAreAllThoseTiedOnFewestUnmetRules() {
            CaseloadAssessment assessment = new Given()
                    .officer(Officer.named("A", "A").withSkills(Map.of("DRUGS", 3)).withPipLevel(2))
                    .officer(Officer.named("B", "B").withSkills(Map.of("DRUGS", 3)).withPipLevel(2))
                    .officer(Officer.named("C", "C"))
                    .assess();
            Map<Officer, java.util.EnumSet<EligibilityRule>> nearest = assessment.nearestOfficers(drugs("T1", 1, null));
            assertThat(nearest.keySet()).extracting(Officer::id).containsExactly("A", "B");
            assertThat(nearest.values()).allMatch(rules -> rules.equals(java.util.EnumSet.of(EligibilityRule.NOT_ACCREDITED)));
        }
    }

    @Nested
    class Figures {

        @Test
        void officerWithLoadButNoCapacityHasInfiniteLoadPercentAndIsLeftOutOfBalance() {
            Given given = new Given().lro("E1").officer(Officer.named("GONE", "Left").withActive(false))
                    .threat(drugs("T1", 4, "GONE")).threat(drugs("T2", 4, "E1"));
            PlanFigures figures = given.assess().figures();
            assertThat(figures.peakLoadPercent()).isInfinite();
            assertThat(figures.overloadPoints()).isEqualTo(6);
            assertThat(figures.balance()).isCloseTo(100 * 0.06 * 0.06, within(1e-12));
            assertThat(figures.officersOverloaded()).isEqualTo(1);
            assertThat(figures.hardViolations()).isEqualTo(1);
        }

        @Test
        void shortfallRoundsUpButToleratesRoundingError() {
            Given exact = new Given().lro("E1").threat(drugs("T1", 1, "E1").withWorkloadPoints(200.0));
            Given fraction = new Given().lro("E1").threat(drugs("T1", 1, "E1").withWorkloadPoints(200.0000001));
            assertThat(exact.assess().figures().lroShortfall()).isEqualTo(1);
            assertThat(fraction.assess().figures().lroShortfall()).isEqualTo(1);
            assertThat(new Given().lro("E1").threat(drugs("T1", 1, "E1").withWorkloadPoints(200.01))
                    .assess().figures().lroShortfall()).isEqualTo(2);
        }

        @Test
        void shortfallBeyondTheIntRangeIsNotCutOff() {
            Policy tinyNominal = new Policy(1e-9, 37, Policy.DEFAULTS.pointsByPriority(),
                    Policy.DEFAULTS.minSkillLevelByPriority(), Policy.DEFAULTS.minPipLevelByCategory(),
                    Policy.DEFAULTS.traineePriorities(), 28, 100, 110, 10, true);
            PlanFigures figures = new Given().policy(tinyNominal).lro("E1").threat(drugs("T1", 1, "E1"))
                    .assess().figures();
            // 30 points against an LRO capacity of 1e-9: about 3e10 full-time LROs, past Integer.MAX_VALUE.
            assertThat(figures.lroShortfall()).isGreaterThan(Integer.MAX_VALUE)
                    .isCloseTo(30_000_000_000L, org.assertj.core.data.Percentage.withPercentage(1e-6));
        }

        /** E1 and E2 accredited (100 each), E3 part-time 50% (reduction), trainee T unmentored. */
        Given force() {
            Given given = new Given().lro("E1").lro("E2").lro("E3");
            given.officers.set(2, given.officers.get(2).withReductions(List.of(new Reduction("x", 50, null, null))));
            return given.officer(Officer.named("U", "Unaccredited").withSkills(Map.of("DRUGS", 3)).withPipLevel(2));
        }

        @Test
        void figuresOfTheCaseloadsOwnAllocationMatchHandComputedValues() {
            CaseloadAssessment assessment = force()
                    .threat(drugs("T1", 1, "E1")).threat(drugs("T2", 1, "E1")).threat(drugs("T3", 1, "E1"))
                    .threat(drugs("T4", 1, "E1"))           // E1: 120 of 100
                    .threat(drugs("T5", 2, "E3")).threat(drugs("T6", 2, "E3")).threat(drugs("T7", 4, "E3")) // E3: 46 of 50
                    .threat(drugs("T8", 2, "U"))            // hard violation: U is not accredited
                    .threat(drugs("T9", 3, "U").withPinned(true)) // pinned: not the planner's violation
                    .threat(drugs("T10", 3, null))          // unallocated, coverable
                    .threat(Threat.of("T11", "Op", "ML", 1)) // nobody has ML skill: uncoverable
                    .threat(drugs("T12", 1, "E2").withStatus(ThreatStatus.ARCHIVED))
                    .threat(drugs("T13", 1, "E2").withWorkloadPoints(100.0)) // E2 exactly at 100%
                    .assess();
            PlanFigures figures = assessment.figures();
            assertThat(figures.totalPoints()).isEqualTo(120 + 46 + 20 + 12 + 12 + 30 + 100);
            assertThat(figures.hardViolations()).isEqualTo(1);
            assertThat(figures.uncoverable()).containsExactly("T11");
            assertThat(figures.unallocated()).containsExactly("T10");
            assertThat(figures.unallocatedWeight()).isEqualTo(12 * 2);
            assertThat(figures.officers()).extracting(OfficerLoad::load).containsExactly(120.0, 100.0, 46.0, 32.0);
            assertThat(figures.officers()).extracting(OfficerLoad::loadPercent)
                    .containsExactly(120.0, 100.0, 92.0, 32.0);
            assertThat(figures.overloadPoints()).isCloseTo(20, within(1e-9));
            assertThat(figures.peakLoadPercent()).isCloseTo(120, within(1e-9));
            assertThat(figures.balance()).isCloseTo(144 + 100 + 84.64 + 10.24, within(1e-9));
            assertThat(figures.officersOverCapacity()).isEqualTo(1);
            assertThat(figures.officersOverloaded()).isEqualTo(1);
            // 340 points against 250 of eligible capacity (U is eligible for nothing): 0.9 of an LRO, so 1.
            assertThat(figures.lroShortfall()).isEqualTo(1);
        }

        @Test
        void movesCountUnpinnedActiveThreatsThatLeaveTheirOfficer() {
            CaseloadAssessment assessment = force()
                    .threat(drugs("T1", 1, "E1")).threat(drugs("T2", 1, "E1").withPinned(true))
                    .threat(drugs("T3", 1, null)).threat(drugs("T4", 2, "E2"))
                    .threat(drugs("T5", 2, "E2").withStatus(ThreatStatus.ARCHIVED))
                    .assess();
            Allocation reference = assessment.currentAllocation();
            Allocation plan = reference.toBuilder()
                    .assign("T1", "E2")     // a move
                    .assign("T3", "E3")     // newly allocated: not a move
                    .assign("T4", null)     // unallocated: a move
                    .assign("T5", "E1")     // archived: not planned, not a move
                    .build();
            assertThat(assessment.figures(plan, reference).moves()).isEqualTo(2);
            assertThat(assessment.figures().moves()).isZero();
        }
    }
}
