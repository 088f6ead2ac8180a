package uk.police.soc.caseload.report.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Reduction;

class TrainingSuggestionsTest {

    @Test
    void simulatesEachSingleFixAndCountsTheThreatsItMakesCoverable() {
        List<TrainingSuggestion> suggestions = TrainingGaps.report(TrainingFixtures.twoWaysToCover(), 90).suggestions();

        assertThat(suggestions)
                .extracting(TrainingSuggestion::action, TrainingSuggestion::officerId, TrainingSuggestion::threatIds,
                        TrainingSuggestion::weight)
                .containsExactly(
                        tuple(TrainingAction.LRO_COURSE, "B", List.of("T1", "T2"), 7),
                        tuple(TrainingAction.SKILL_TRAINING, "A", List.of("T1", "T2"), 7));
        assertThat(suggestions.get(1).courseCode()).isEqualTo("MSHT-INV");
        assertThat(suggestions.get(1).skillLevel()).isEqualTo(2);
        assertThat(suggestions.get(1).training())
                .isEqualTo(new TrainingSuggestion.Training(false, null, "MSHT-INV", 1, null));
        assertThat(suggestions.get(1).heldThreats()).isEqualTo(2);
    }

    @Test
    void combinesTheTrainableRulesAnOfficerFailsAndSkipsUntrainableOnes() {
        Caseload caseload = TrainingFixtures.on("2024-03-15")
                .officer(Officer.named("A", "DC A").withPipLevel(1).withSkills(Map.of("MSHT", 1)))
                .officer(Officer.named("B", "DS B").withPipLevel(2).withSkills(Map.of("MSHT", 3))
                        .withReductions(List.of(new Reduction("secondment", 100, null, null))))
                .record("B", "LRO", "2023-01-01")
                .officer(Officer.named("C", "DS C").withPipLevel(2).withSkills(Map.of("MSHT", 3)).withActive(false))
                .threat("T1", "MSHT", 2, null)
                .build();

        // A fails notAccredited, skill and pipLevel (3); B fails noCapacity (1); C fails inactive and
        // notAccredited (2). Only B is nearest and B's rule is not trainable: no training suggestion.
        assertThat(TrainingGaps.report(caseload, 90).suggestions()).isEmpty();

        Caseload withoutB = caseload.withOfficers(List.of(caseload.officers().get(0)));
        TrainingSuggestion combined = TrainingGaps.report(withoutB, 90).suggestions().get(0);
        assertThat(combined.action()).isEqualTo(TrainingAction.COMBINED_TRAINING);
        assertThat(combined.threatIds()).containsExactly("T1");
        assertThat(combined.training()).isEqualTo(new TrainingSuggestion.Training(true, "LRO", "MSHT-INV", 1, 1));
        assertThat(combined.courseCode()).isEqualTo("LRO");
        assertThat(combined.category()).isEqualTo("MSHT");
        assertThat(combined.skillLevel()).isEqualTo(2);
        assertThat(combined.pipLevel()).isEqualTo(2);
    }

    @Test
    void suggestsAccreditingAnUnaccreditedLeaderForTheThreatsTheyWouldThenLeadWithinTheRules() {
        Caseload caseload = TrainingFixtures.on("2024-03-15")
                .officer("A", "DRUGS", 2).record("A", "LRO", "2023-01-01")
                .officer("B", "DRUGS", 2)
                .threat("T1", "DRUGS", 1, "B")
                .threat("T2", "MSHT", 4, "B")
                .build();

        List<TrainingSuggestion> suggestions = TrainingGaps.report(caseload, 90).suggestions();

        // T2 needs MSHT skill 1 and PIP 2: B (PIP 2, no MSHT) still fails skill, so only T1 is put right.
        assertThat(suggestions).extracting(TrainingSuggestion::action, TrainingSuggestion::officerId,
                        TrainingSuggestion::ledThreatIds)
                .contains(tuple(TrainingAction.LRO_COURSE, "B", List.of("T1")));
    }

    @Test
    void suggestsAnAvailableAccreditedMentorForATraineeWithoutOne() {
        Caseload caseload = TrainingFixtures.on("2024-03-15")
                .officer("A", "DRUGS", 2).record("A", "LRO", "2023-01-01")
                .officer("M", "DRUGS", 2).record("M", "LRO", "2023-01-01")
                .officer("X")
                .officer(Officer.named("T", "DC T").withSkills(Map.of("DRUGS", 1)).withMentorId("X"))
                .threat("T1", "DRUGS", 1, "A")
                .threat("T3", "DRUGS", 3, "T")
                .build();

        TrainingSuggestion mentor = TrainingGaps.report(caseload, 90).suggestions().stream()
                .filter(s -> s.action() == TrainingAction.ASSIGN_MENTOR && s.officerId().equals("T"))
                .findFirst().orElseThrow();

        // A carries 30 points of 100, M none: M has the most spare capacity. As a mentored trainee, T may lead
        // the priority 3 threat they hold.
        assertThat(mentor.mentorId()).isEqualTo("M");
        assertThat(mentor.mentor().loadPercent()).isEqualTo(0.0);
        assertThat(mentor.mentorGap()).isEqualTo(new TrainingSuggestion.MentorGap("X", MentorProblem.NOT_ACCREDITED,
                java.time.LocalDate.of(2024, 3, 15)));
        assertThat(mentor.threatIds()).containsExactly("T3");
        assertThat(mentor.weight()).isEqualTo(2);
    }

    @Test
    void suggestsRenewingAnExpiringAccreditationWithTheThreatsThatWouldLoseTheirLro() {
        Caseload caseload = TrainingFixtures.expiringLeader();

        TrainingSuggestion renewal = TrainingGaps.report(caseload, 90).suggestions().get(0);

        assertThat(renewal.action()).isEqualTo(TrainingAction.RENEW_ACCREDITATION);
        assertThat(renewal.threatIds()).containsExactly("T1");
        assertThat(renewal.courseCode()).isEqualTo("LRO");
        assertThat(renewal.expiresOn()).isEqualTo(java.time.LocalDate.of(2024, 4, 1));
        assertThat(renewal.ledThreatIds()).containsExactly("T1");
        assertThat(renewal.menteeIds()).isEmpty();
    }
}
