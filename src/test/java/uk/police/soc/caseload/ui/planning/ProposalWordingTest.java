package uk.police.soc.caseload.ui.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.domain.PlanFigures;
import uk.police.soc.caseload.solver.MoveReasons;

class ProposalWordingTest {

    private static PlanFigures figures(double overload, int over, double balance) {
        return new PlanFigures(600, 0, List.of(), List.of(), overload, 150, balance, 0, over, over, 0, 0, List.of());
    }

    @Test
    void aWorseFigureIsExplainedByTheBreachesThatHadToBeFixed() {
        String sentence = ProposalWording.whyWorse(figures(371, 4, 1000), figures(446, 4, 1000),
                new MoveReasons(75, 900, 0, 0, 0), false);
        assertThat(sentence).isEqualTo(
                "⚠ Overload rises by 75 points because 75 threats had to leave officers who may not lead them.");
    }

    @Test
    void severalWorseFiguresMakeOneSentence() {
        String sentence = ProposalWording.whyWorse(figures(100, 3, 900), figures(130, 5, 950),
                new MoveReasons(1, 12, 2, 30, 0), false);
        assertThat(sentence).isEqualTo("⚠ Overload rises by 30 points, officers over capacity rise from 3 to 5, "
                + "officers overloaded rise from 3 to 5 and balance rises by 50 because 1 threat had to leave an "
                + "officer who may not lead it and 2 threats without an LRO had to be given one.");
    }

    @Test
    void nothingWorseSaysNothing() {
        assertThat(ProposalWording.whyWorse(figures(100, 3, 900), figures(90, 3, 900),
                new MoveReasons(0, 0, 0, 0, 3), true)).isEmpty();
    }
}
