package uk.police.soc.caseload.report.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.police.soc.caseload.domain.Absence;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.report.training.TrainingGapReport.ExpiringRecord;
import uk.police.soc.caseload.report.training.TrainingGapReport.NearestOfficer;
import uk.police.soc.caseload.report.training.TrainingGapReport.TraineeWithoutMentor;
import uk.police.soc.caseload.report.training.TrainingGapReport.UnaccreditedLeader;
import uk.police.soc.caseload.report.training.TrainingGapReport.UncoverableThreat;

class TrainingGapsTest {

    // ---- unaccreditedLeading ---------------------------------------------------------------------------

    @Test
    void listsOfficersLeadingActiveThreatsWithoutAccreditationAndWhetherTheyAreMentored() {
        Caseload caseload = TrainingFixtures.on("2024-03-15")
                .officer("A", "DRUGS", 2).record("A", "LRO", "2022-01-10")
                .officer("B", "DRUGS", 2)
                .officer(Officer.named("C", "DC C").withSkills(java.util.Map.of("DRUGS", 1)).withMentorId("A"))
                .officer("D", "DRUGS", 2)
                .threat("T1", "DRUGS", 1, "A")
                .threat("T2", "DRUGS", 1, "B")
                .threat("T3", "DRUGS", 3, "C")
                .threat("T4", "DRUGS", 2, "B")
                .threat(Threat.of("T5", "Archived", "DRUGS", 2).withOfficerId("D")
                        .withStatus(uk.police.soc.caseload.domain.ThreatStatus.ARCHIVED))
                .build();

        List<UnaccreditedLeader> leaders = TrainingGaps.report(caseload, 90).unaccreditedLeading();

        assertThat(leaders).extracting(UnaccreditedLeader::officerId, UnaccreditedLeader::mentored,
                        UnaccreditedLeader::threatIds)
                .containsExactly(tuple("B", false, List.of("T2", "T4")), tuple("C", true, List.of("T3")));
    }

    @Test
    void anOfficerWhoseAccreditationExpiredOnThePlanningDateLeadsUnaccredited() {
        Caseload caseload = TrainingFixtures.on("2024-03-15")
                .officer("A", "DRUGS", 2).record("A", "LRO", "2021-03-15")
                .threat("T1", "DRUGS", 1, "A")
                .build();

        assertThat(TrainingGaps.report(caseload, 90).unaccreditedLeading())
                .extracting(UnaccreditedLeader::officerId).containsExactly("A");
        assertThat(TrainingGaps.report(caseload.withAsOf(LocalDate.parse("2024-03-14")), 90).unaccreditedLeading())
                .isEmpty();
    }

    // ---- expiring ----------------------------------------------------------------------------------------

    /** Planning date 2024-03-15, window 90 days: the horizon is 2024-06-13. LRO lasts 36 months. */
    @ParameterizedTest(name = "LRO completed {0} expires {1}: listed {2}")
    @CsvSource(textBlock = """
            2021-06-13, 2024-06-13, true
            2021-06-14, 2024-06-14, false
            2021-03-16, 2024-03-16, true
            2021-03-15, 2024-03-15, false
            2021-03-14, 2024-03-14, false
            2024-03-16, 2027-03-16, false
            """)
    void listsRecordsExpiringAfterThePlanningDateAndOnOrBeforeTheHorizon(String completedOn, String expiry,
            boolean listed) {
        Caseload caseload = TrainingFixtures.on("2024-03-15")
                .officer("A").record("A", "LRO", completedOn)
                .build();

        List<ExpiringRecord> expiring = TrainingGaps.report(caseload, 90).expiring();

        if (listed) {
            assertThat(expiring).extracting(ExpiringRecord::officerId, ExpiringRecord::courseCode,
                    ExpiringRecord::expiresOn).containsExactly(tuple("A", "LRO", LocalDate.parse(expiry)));
        } else {
            assertThat(expiring).isEmpty();
        }
    }

    @Test
    void anExplicitExpiryOverridesTheCourseValidity() {
        Caseload caseload = TrainingFixtures.on("2024-03-15")
                .officer("A").record("A", "DRUGS-INV", "2020-01-01", "2024-04-30")
                .record("A", "MSHT-INV", "2023-01-01", "2030-01-01")
                .build();

        assertThat(TrainingGaps.report(caseload, 90).expiring())
                .extracting(ExpiringRecord::courseCode, ExpiringRecord::expiresOn, ExpiringRecord::accreditsLro)
                .containsExactly(tuple("DRUGS-INV", LocalDate.parse("2024-04-30"), false));
    }

    @Test
    void aValidityInMonthsCountsCalendarMonthsAndTheWindowCountsDays() {
        // MSHT-INV lasts 24 months: expiry 2024-02-28, which is 2024-02-01 + 27 days.
        Caseload caseload = TrainingFixtures.on("2024-02-01")
                .officer("A").record("A", "MSHT-INV", "2022-02-28")
                .build();

        assertThat(TrainingGaps.report(caseload, 27).expiring())
                .extracting(ExpiringRecord::expiresOn).containsExactly(LocalDate.parse("2024-02-28"));
        assertThat(TrainingGaps.report(caseload, 26).expiring()).isEmpty();
    }

    @Test
    void aRenewalThatLastsLongerOrNeverExpiresHidesTheExpiringRecord() {
        Caseload caseload = TrainingFixtures.on("2024-03-15")
                .officer("A").record("A", "LRO", "2021-04-01").record("A", "LRO", "2024-03-01")
                .officer("B").record("B", "LRO", "2021-04-01").record("B", "LRO", "2024-03-01", "2024-04-01")
                .officer("C").record("C", "LRO", "2021-04-01").record("C", "LRO", "2024-03-20")
                .officer("D").record("D", "DRUGS-INV", "2020-01-01", "2024-04-01").record("D", "DRUGS-INV", "2021-01-01")
                .build();

        List<ExpiringRecord> expiring = TrainingGaps.report(caseload, 90).expiring();

        // A renewed for 36 months; B's second record ends the same day (not later), so both stay listed;
        // C's renewal is not yet completed on the planning date; D's second record never expires.
        assertThat(expiring).extracting(ExpiringRecord::officerId, ExpiringRecord::completedOn)
                .containsExactly(
                        tuple("B", LocalDate.parse("2021-04-01")),
                        tuple("B", LocalDate.parse("2024-03-01")),
                        tuple("C", LocalDate.parse("2021-04-01")));
    }

    @Test
    void leftOfficersAreNotListedAndThreatsLedAreNamed() {
        Caseload caseload = TrainingFixtures.on("2024-03-15")
                .officer("A", "DRUGS", 2).record("A", "LRO", "2021-04-01")
                .officer(Officer.named("B", "DC B").withActive(false)).record("B", "LRO", "2021-04-01")
                .threat("T1", "DRUGS", 1, "A")
                .threat("T2", "DRUGS", 2, "A")
                .build();

        assertThat(TrainingGaps.report(caseload, 90).expiring())
                .extracting(ExpiringRecord::officerId, ExpiringRecord::threatIds)
                .containsExactly(tuple("A", List.of("T1", "T2")));
    }

    // ---- uncoverable -------------------------------------------------------------------------------------

    @Test
    void namesEachUncoverableThreatWithTheOfficersFailingTheFewestRules() {
        Caseload caseload = TrainingFixtures.on("2024-03-15")
                .officer("A", "MSHT", 1).record("A", "LRO", "2023-01-01")
                .officer("B", "MSHT", 2)
                .officer(Officer.named("C", "DS C").withSkills(java.util.Map.of("MSHT", 2)).withPipLevel(1))
                .record("C", "LRO", "2023-01-01")
                .officer(Officer.named("D", "DS D").withPipLevel(2).withSkills(java.util.Map.of("MSHT", 3))
                        .withAbsences(List.of(new Absence(LocalDate.parse("2024-03-01"),
                                LocalDate.parse("2024-05-01"), "sick"))))
                .record("D", "LRO", "2023-01-01")
                .threat("T1", "MSHT", 2, "A")
                .threat("T2", "DRUGS", 4, null)
                .build();

        List<UncoverableThreat> uncoverable = TrainingGaps.report(caseload, 90).uncoverable();

        // T1 needs MSHT skill 2 and PIP 2 (policy for MSHT). T2 needs DRUGS 1: nobody has any.
        assertThat(uncoverable).extracting(UncoverableThreat::threatId).containsExactly("T1", "T2");
        assertThat(uncoverable.get(0).nearestOfficers())
                .extracting(NearestOfficer::officerId, NearestOfficer::unmet)
                .containsExactly(
                        tuple("A", List.of("skill")),
                        tuple("B", List.of("notAccredited")),
                        tuple("C", List.of("pipLevel")),
                        tuple("D", List.of("longAbsent")));
        assertThat(uncoverable.get(1).nearestOfficers())
                .extracting(NearestOfficer::officerId, NearestOfficer::unmet)
                .containsExactly(tuple("A", List.of("skill")), tuple("C", List.of("skill")));
    }

    @Test
    void listsAtMostFiveNearestOfficersInDatasetOrder() {
        TrainingFixtures fixtures = TrainingFixtures.on("2024-03-15");
        for (String id : List.of("A", "B", "C", "D", "E", "F", "G")) {
            fixtures.officer(id).record(id, "LRO", "2023-01-01");
        }
        Caseload caseload = fixtures.threat("T1", "DRUGS", 1, null).build();

        assertThat(TrainingGaps.report(caseload, 90).uncoverable().get(0).nearestOfficers())
                .extracting(NearestOfficer::officerId).containsExactly("A", "B", "C", "D", "E");
    }

    @Test
    void archivedAndCoverableThreatsAreNotUncoverable() {
        Caseload caseload = TrainingFixtures.on("2024-03-15")
                .officer("A", "DRUGS", 2).record("A", "LRO", "2023-01-01")
                .threat("T1", "DRUGS", 1, null)
                .threat(Threat.of("T2", "Old", "MSHT", 1).withStatus(uk.police.soc.caseload.domain.ThreatStatus.ARCHIVED))
                .build();

        assertThat(TrainingGaps.report(caseload, 90).uncoverable()).isEmpty();
    }

    // ---- traineesWithoutMentor ---------------------------------------------------------------------------

    @Test
    void listsActiveUnaccreditedOfficersWhoseMentorIsNotAnAccreditedLro() {
        Caseload caseload = TrainingFixtures.on("2024-03-15")
                .officer("M1").record("M1", "LRO", "2023-01-01")
                .officer("M2")
                .officer(Officer.named("M3", "DI M3").withActive(false)).record("M3", "LRO", "2023-01-01")
                .officer(Officer.named("T1", "DC T1").withMentorId("M1"))
                .officer(Officer.named("T2", "DC T2").withMentorId("M2"))
                .officer(Officer.named("T3", "DC T3").withMentorId("M3"))
                .officer(Officer.named("T4", "DC T4").withMentorId("M2").withActive(false))
                .officer(Officer.named("T5", "DS T5").withMentorId("M2")).record("T5", "LRO", "2023-01-01")
                .build();

        assertThat(TrainingGaps.report(caseload, 90).traineesWithoutMentor())
                .extracting(TraineeWithoutMentor::officerId, TraineeWithoutMentor::mentorId,
                        TraineeWithoutMentor::reason)
                .containsExactly(
                        tuple("T2", "M2", MentorProblem.NOT_ACCREDITED),
                        tuple("T3", "M3", MentorProblem.LEFT_THE_UNIT));
    }

    @ParameterizedTest(name = "mentor's LRO expires 2024-03-15, planning date {0}: without mentor {1}")
    @CsvSource(textBlock = """
            2024-03-14, false
            2024-03-15, true
            """)
    void aTraineeLosesTheirMentorOnTheDayTheMentorsAccreditationExpires(String asOf, boolean withoutMentor) {
        Caseload caseload = TrainingFixtures.on(asOf)
                .officer("M1").record("M1", "LRO", "2021-03-15")
                .officer(Officer.named("T1", "DC T1").withMentorId("M1"))
                .build();

        assertThat(TrainingGaps.report(caseload, 90).traineesWithoutMentor()).hasSize(withoutMentor ? 1 : 0);
    }
}
