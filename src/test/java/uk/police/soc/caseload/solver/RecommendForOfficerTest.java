package uk.police.soc.caseload.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.solver.Recommender.OfficerRecommendation;
import uk.police.soc.caseload.solver.Recommender.ThreatMove;

class RecommendForOfficerTest {

    private static final CaseloadAssessment SEED = new CaseloadAssessment(SharedData.read("seed-case.json"));

    @Test
    void aTraineeIsOfferedTheTwoMshtPriorityThreeThreatsTheIneligibleOfficersFirst() {
        // E2399 (mentored, MSHT 2, PIP 2) may lead only OCG-2019-007 (E2041's) and OCG-2021-030 (E2302's, who
        // may not lead it: a hard violation ended). By hand, balance 100 × (load / capacity)²:
        // 030: E2302 138/70 → 126/70 falls 100 × (138² − 126²) / 70² = 64.653; E2399 0 → 12/100 rises 1.44;
        //      one move costs 10: quality +53.213.
        // 007: E2041 144 → 132 falls 100 × (1.44² − 1.32²) = 33.12; −1.44 − 10: quality +21.68.
        OfficerRecommendation recommendation = new Recommender(SEED).forOfficer("E2399");

        assertThat(recommendation.moves()).extracting(m -> m.threat().id()).containsExactly("OCG-2021-030",
                "OCG-2019-007");
        ThreatMove first = recommendation.moves().get(0);
        assertThat(first.fromOfficerId()).isEqualTo("E2302");
        assertThat(first.hardViolationsChange()).isEqualTo(-1);
        assertThat(first.fromLoadPercentBefore()).isCloseTo(197.142857, within(1e-6));
        assertThat(first.fromLoadPercentAfter()).isCloseTo(180, within(1e-9));
        assertThat(first.toLoadPercentBefore()).isZero();
        assertThat(first.toLoadPercentAfter()).isCloseTo(12, within(1e-9));
        assertThat(first.qualityChange()).isCloseTo(100.0 * 3168 / 4900 - 1.44 - 10, within(1e-9));
        assertThat(first.overloadChange()).isCloseTo(-12, within(1e-9));
        assertThat(recommendation.moves().get(1).qualityChange()).isCloseTo(21.68, within(1e-9));
    }

    @Test
    void pinnedArchivedAndOwnThreatsNeverMoveAndNeitherDoThoseTheOfficerMayNotLead() {
        Caseload caseload = new CaseloadBuilder()
                .lro("E1").lro("E2")
                .threat(Threat.of("T-pinned", "P", "DRUGS", 2).withOfficerId("E1").withPinned(true))
                .threat(Threat.of("T-archived", "A", "DRUGS", 2).withOfficerId("E1")
                        .withStatus(uk.police.soc.caseload.domain.ThreatStatus.ARCHIVED))
                .threat(Threat.of("T-own", "O", "DRUGS", 2).withOfficerId("E2"))
                .threat(Threat.of("T-excluded", "X", "DRUGS", 2).withOfficerId("E1").withExcludedOfficerIds(List.of("E2")))
                .threat("T-free", 2, "E1")
                .build();

        assertThat(new Recommender(new CaseloadAssessment(caseload)).forOfficer("E2").moves())
                .extracting(m -> m.threat().id()).containsExactly("T-free");
    }

    @Test
    void withoutOverloadOnlyThreatsThatFitAndAThreatWithNoLroComesBeforeAMove() {
        // E2 has 18.5 hours: capacity 50, load 30 from T-own. T-big (30) would take E2 to 60 > 50: left out.
        Caseload caseload = new CaseloadBuilder()
                .policy(Policy.DEFAULTS.withAllowOverload(false))
                .lro("E1").lro("E2", 18.5)
                .threat(Threat.of("T-own", "O", "DRUGS", 1).withOfficerId("E2"))
                .threat(Threat.of("T-big", "B", "DRUGS", 1).withOfficerId("E1"))
                .threat(Threat.of("T-small", "S", "DRUGS", 4).withOfficerId("E1"))
                .threat(Threat.of("T-none", "N", "DRUGS", 4))
                .build();

        List<ThreatMove> moves = new Recommender(new CaseloadAssessment(caseload)).forOfficer("E2").moves();

        assertThat(moves).extracting(m -> m.threat().id()).containsExactly("T-none", "T-small");
        assertThat(moves.get(0).fromOfficerId()).isNull();
        assertThat(moves.get(0).movesChange()).isZero();
        assertThat(moves.get(0).unallocatedWeightChange()).isCloseTo(-6, within(1e-9));
    }

    @Test
    void anUnknownOfficerIsInvalidInput() {
        assertThatThrownBy(() -> new Recommender(SEED).forOfficer("E9"))
                .isInstanceOf(InvalidInputException.class).hasMessage("--officer: no officer \"E9\" on the caseload");
    }
}
