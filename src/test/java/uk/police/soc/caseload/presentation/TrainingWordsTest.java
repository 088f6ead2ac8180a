package uk.police.soc.caseload.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.DateWords;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.report.training.TrainingAction;
import uk.police.soc.caseload.report.training.TrainingFixtures;
import uk.police.soc.caseload.report.training.TrainingGapReport;
import uk.police.soc.caseload.report.training.TrainingGaps;
import uk.police.soc.caseload.report.training.TrainingSuggestion;
import uk.police.soc.caseload.report.words.Words;
import uk.police.soc.caseload.service.ForceDateFormat;

/** The suggestions' sentences, written once from the report's facts, for people and for --json's text. */
class TrainingWordsTest {

    private final Caseload seed = TrainingFixtures.seedCase();
    private final TrainingGapReport report = TrainingGaps.report(seed, 90);

    private TrainingSuggestion seedSuggestion(TrainingAction action, String officerId) {
        return report.suggestions().stream()
                .filter(s -> s.action() == action && s.officerId().equals(officerId))
                .findFirst().orElseThrow();
    }

    @Test
    void peopleReadOfficersWithTheirIdsAndDatesAsTheyAreGiven() {
        TrainingSuggestion renewal = seedSuggestion(TrainingAction.RENEW_ACCREDITATION, "E1876");

        assertThat(TrainingWords.sentence(renewal, seed, ForceDateFormat.standard())).isEqualTo(
                "Renew SOC lead responsible officer course (LRO-CORE) for DI Priya Hughes (E1876) before it expires on"
                        + " 20/05/2022: otherwise DS Owen Turner (E2399) would lose an accredited mentor");
        assertThat(TrainingWords.sentence(renewal, seed, Words::longDate)).contains("before it expires on 20 May 2022");
        assertThat(TrainingWords.sentence(renewal, seed, DateWords.ISO)).contains("before it expires on 2022-05-20");
    }

    @Test
    void aMentorSuggestionNamesTheMentorTheirLoadAndTheirOwnExpiryInTheGivenFormat() {
        TrainingSuggestion mentor = seedSuggestion(TrainingAction.ASSIGN_MENTOR, "E2230");

        assertThat(TrainingWords.sentence(mentor, seed, ForceDateFormat.standard())).isEqualTo(
                "Assign an accredited mentor to DC Kate Walsh (E2230) (proposed: DI Priya Hughes (E1876), at 0.0% load;"
                        + " their SOC lead responsible officer course (LRO-CORE) expires on 20/05/2022) while they"
                        + " train; as a mentored trainee they could lead 2 of the 8 threats they hold within the rules"
                        + " (OCG-2019-022, OCG-2020-023)");
    }

    @Test
    void theJsonTextReadsAsItAlwaysHasNamesAloneCodesAndIsoDates() {
        assertThat(TrainingWords.jsonText(report.suggestions().get(0), seed)).isEqualTo(
                "LRO course (LRO-CORE) for DS Tom Reid would make 2 uncoverable threats coverable (OCG-2020-026,"
                        + " OCG-2021-027) and let them lead 3 more of the 7 threats they hold within the rules"
                        + " (OCG-2019-025, OCG-2019-028, OCG-2019-031)");
        assertThat(TrainingWords.jsonText(seedSuggestion(TrainingAction.RENEW_ACCREDITATION, "E1876"), seed))
                .isEqualTo("Renew LRO-CORE for DI Priya Hughes before it expires on 2022-05-20: otherwise DS Owen"
                        + " Turner would lose an accredited mentor");
    }

    @Test
    void skillTrainingNamesTheCategoryTheCourseAndTheLevelsToReach() {
        Caseload caseload = TrainingFixtures.twoWaysToCover();
        List<TrainingSuggestion> suggestions = TrainingGaps.report(caseload, 90).suggestions();

        assertThat(TrainingWords.jsonText(suggestions.get(1), caseload)).isEqualTo("Modern slavery training"
                + " (MSHT-INV) to skill level 2 (now 1) for DS A would make 2 uncoverable threats coverable (T1, T2)");
        assertThat(TrainingWords.sentence(suggestions.get(1), caseload, DateWords.ISO)).isEqualTo("Modern slavery"
                + " training (MSHT-INV) to skill level 2 (now 1) for DS A (A) would make 2 uncoverable threats"
                + " coverable (T1, T2)");
    }

    @Test
    void combinedTrainingJoinsItsPartsWithPlus() {
        Caseload caseload = TrainingFixtures.on("2024-03-15")
                .officer(Officer.named("A", "DC A").withPipLevel(1).withSkills(Map.of("MSHT", 1)))
                .threat("T1", "MSHT", 2, null)
                .build();
        TrainingSuggestion combined = TrainingGaps.report(caseload, 90).suggestions().get(0);

        assertThat(TrainingWords.jsonText(combined, caseload)).startsWith("LRO course (LRO) plus Modern slavery"
                + " training (MSHT-INV) to skill level 2 (now 1) plus PIP level 2 (now 1) for DC A would make 1"
                + " uncoverable threat coverable");
    }

    @Test
    void aRenewalSaysWhichThreatsWouldLoseTheirLro() {
        Caseload caseload = TrainingFixtures.expiringLeader();
        TrainingSuggestion renewal = TrainingGaps.report(caseload, 90).suggestions().get(0);

        assertThat(TrainingWords.jsonText(renewal, caseload)).isEqualTo("Renew LRO for DS A before it expires on"
                + " 2024-04-01: otherwise 1 threat would lose a qualified LRO (T1)");
        assertThat(TrainingWords.sentence(renewal, caseload, ForceDateFormat.standard())).contains("01/04/2024");
    }
}
