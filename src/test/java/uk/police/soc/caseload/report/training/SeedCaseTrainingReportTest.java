package uk.police.soc.caseload.report.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.report.training.TrainingGapReport.ExpiringRecord;
import uk.police.soc.caseload.report.training.TrainingGapReport.TraineeWithoutMentor;
import uk.police.soc.caseload.report.training.TrainingGapReport.UnaccreditedLeader;
import uk.police.soc.caseload.report.training.TrainingGapReport.UncoverableThreat;

/** The worked example of allocation.md, with each figure worked out by hand from seed-case.json. */
class SeedCaseTrainingReportTest {

    private final Caseload seed = TrainingFixtures.seedCase();
    private final TrainingGapReport report = TrainingGaps.report(seed, 90);

    @Test
    void namesTheTwoOfficersLeadingWithoutAccreditation() {
        assertThat(report.unaccreditedLeading())
                .extracting(UnaccreditedLeader::officerId, UnaccreditedLeader::mentored, l -> l.threatIds().size())
                .containsExactly(tuple("E2230", false, 8), tuple("E2302", false, 7));
        assertThat(report.unaccreditedLeading().get(1).threatIds()).containsExactly("OCG-2019-025", "OCG-2020-026",
                "OCG-2021-027", "OCG-2019-028", "OCG-2020-029", "OCG-2021-030", "OCG-2019-031");
    }

    @Test
    void reportsTheExpiringAccreditationOfE1876() {
        assertThat(report.expiring())
                .extracting(ExpiringRecord::officerId, ExpiringRecord::courseCode, ExpiringRecord::expiresOn,
                        ExpiringRecord::threatIds)
                .containsExactly(tuple("E1876", "LRO-CORE", LocalDate.parse("2022-05-20"), List.of()));
    }

    @Test
    void reportsTheFourUncoverableThreatsWithTheirNearestOfficers() {
        assertThat(report.uncoverable()).extracting(UncoverableThreat::threatId)
                .containsExactly("OCG-2019-016", "OCG-2020-026", "OCG-2021-027", "OCG-2020-029");
        // CYBER: nobody has the skill; the accredited officers with capacity fail only that.
        assertThat(nearest("OCG-2019-016")).containsExactly(
                tuple("E2041", List.of("skill")), tuple("E2187", List.of("skill")), tuple("E1876", List.of("skill")));
        // FIREARMS P1: Tom Reid has the skill but no accreditation; Harry Evans is long-absent.
        assertThat(nearest("OCG-2020-026")).containsExactly(
                tuple("E2041", List.of("skill")), tuple("E2187", List.of("skill")),
                tuple("E2302", List.of("notAccredited")), tuple("E1876", List.of("skill")),
                tuple("E1990", List.of("longAbsent")));
        assertThat(nearest("OCG-2021-027")).isEqualTo(nearest("OCG-2020-026"));
        // OIC P2 needs skill 2: Priya Hughes has 1, Harry Evans 2 but is away.
        assertThat(nearest("OCG-2020-029")).containsExactly(
                tuple("E2041", List.of("skill")), tuple("E2187", List.of("skill")), tuple("E1876", List.of("skill")),
                tuple("E1990", List.of("longAbsent")));
    }

    @Test
    void hasNoTraineeWithoutAMentorOnThePlanningDate() {
        assertThat(report.traineesWithoutMentor()).isEmpty();
    }

    @Test
    void theMostUsefulSuggestionIsTheLroCourseForTomReid() {
        TrainingSuggestion first = report.suggestions().get(0);

        assertThat(first.action()).isEqualTo(TrainingAction.LRO_COURSE);
        assertThat(first.officerId()).isEqualTo("E2302");
        assertThat(first.courseCode()).isEqualTo("LRO-CORE");
        assertThat(first.threatIds()).containsExactly("OCG-2020-026", "OCG-2021-027");
        assertThat(first.alsoLawfulThreatIds()).containsExactly("OCG-2019-025", "OCG-2019-028", "OCG-2019-031");
        assertThat(first.heldThreats()).isEqualTo(7);
    }

    @Test
    void suggestsSkillTrainingForEveryUncoverableThreatAndRenewalOfTheExpiringAccreditation() {
        assertThat(report.suggestions())
                .filteredOn(s -> s.action() == TrainingAction.SKILL_TRAINING)
                .extracting(TrainingSuggestion::officerId, TrainingSuggestion::category, TrainingSuggestion::skillLevel)
                .contains(tuple("E1876", "OIC", 2), tuple("E2041", "FIREARMS", 2), tuple("E2041", "CYBER", 2));
        assertThat(report.suggestions())
                .filteredOn(s -> s.action() == TrainingAction.RENEW_ACCREDITATION)
                .extracting(TrainingSuggestion::officerId, TrainingSuggestion::courseCode,
                        TrainingSuggestion::expiresOn)
                .containsExactly(tuple("E1876", "LRO-CORE", LocalDate.parse("2022-05-20")));
        List<String> covered = report.suggestions().stream().flatMap(s -> s.threatIds().stream()).toList();
        assertThat(covered).contains("OCG-2019-016", "OCG-2020-026", "OCG-2021-027", "OCG-2020-029");
    }

    @Test
    void suggestionsAreRankedByThePriorityWeightOfTheThreatsTheyHelp() {
        assertThat(report.suggestions()).extracting(TrainingSuggestion::weight)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void theDayBeforeE1876sAccreditationLapsesItExpiresTomorrow() {
        TrainingGapReport dayBefore = TrainingGaps.report(seed.withAsOf(LocalDate.parse("2022-05-19")), 1);

        assertThat(dayBefore.expiring()).extracting(ExpiringRecord::officerId).containsExactly("E1876");
        assertThat(dayBefore.traineesWithoutMentor()).isEmpty();
    }

    @Test
    void onTheDayE1876sAccreditationLapsesOwenTurnerHasNoAccreditedMentor() {
        TrainingGapReport lapsed = TrainingGaps.report(seed.withAsOf(LocalDate.parse("2022-05-20")), 90);

        assertThat(lapsed.expiring()).isEmpty();
        assertThat(lapsed.traineesWithoutMentor()).extracting(TraineeWithoutMentor::officerId,
                TraineeWithoutMentor::mentorId).containsExactly(tuple("E2399", "E1876"));
        assertThat(lapsed.suggestions()).filteredOn(s -> s.action() == TrainingAction.ASSIGN_MENTOR)
                .extracting(TrainingSuggestion::officerId).contains("E2399");
    }

    private List<org.assertj.core.groups.Tuple> nearest(String threatId) {
        return report.uncoverable().stream()
                .filter(t -> t.threatId().equals(threatId))
                .findFirst().orElseThrow()
                .nearestOfficers().stream()
                .map(o -> tuple(o.officerId(), o.unmet()))
                .toList();
    }
}
