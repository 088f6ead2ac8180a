package uk.police.soc.caseload.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SustainedOverloadTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
    private static final int N = 28;

    /** A record whose only officer has the given load % on capacity 100, with red at 110. */
    private static WorkloadDay day(LocalDate date, double loadPercent) {
        return day(date, loadPercent, 110);
    }

    private static WorkloadDay day(LocalDate date, double loadPercent, double red) {
        double capacity = Double.isInfinite(loadPercent) ? 0 : 100;
        double load = Double.isInfinite(loadPercent) ? 30 : loadPercent;
        OfficerLoad officer = new OfficerLoad("E1", capacity, load, CaseloadAssessment.loadPercent(load, capacity));
        PlanFigures figures = new PlanFigures(load, 0, List.of(), List.of(), 0, officer.loadPercent(), 0, 0, 0, 0, 0, 0,
                List.of(officer));
        return new WorkloadDay(date, figures, 100, red);
    }

    @Test
    void noHistoryMeansNoSustainedOverload() {
        assertThat(SustainedOverload.judge(List.of(), AS_OF, N)).isEmpty();
    }

    @Test
    void oneDayOfHistoryIsNotEnoughForAPeriodLongerThanADay() {
        assertThat(SustainedOverload.judge(List.of(day(AS_OF, 200)), AS_OF, N)).isEmpty();
        assertThat(SustainedOverload.judge(List.of(day(AS_OF, 200)), AS_OF, 1))
                .containsExactly(new SustainedOverload("E1", AS_OF, 1));
    }

    @Test
    void aRecordCarriesItsFiguresToTheDaysWithoutOneUntilTheNext() {
        // One record 40 days back, overloaded, and nothing since: every day since has its figures.
        LocalDate start = AS_OF.minusDays(40);

        assertThat(SustainedOverload.judge(List.of(day(start, 150)), AS_OF, N))
                .containsExactly(new SustainedOverload("E1", start, 41));
    }

    @Test
    void historyMustReachBackToTheFirstDayOfThePeriod() {
        LocalDate firstDay = AS_OF.minusDays(N - 1);

        assertThat(SustainedOverload.judge(List.of(day(firstDay, 150)), AS_OF, N))
                .containsExactly(new SustainedOverload("E1", firstDay, N));
        assertThat(SustainedOverload.judge(List.of(day(firstDay.plusDays(1), 150)), AS_OF, N)).isEmpty();
    }

    @Test
    void oneDayAtOrBelowTheRedLineBreaksTheRun() {
        List<WorkloadDay> history = new ArrayList<>();
        history.add(day(AS_OF.minusDays(60), 150));
        history.add(day(AS_OF.minusDays(20), 110)); // exactly red: not above
        history.add(day(AS_OF.minusDays(19), 150));

        assertThat(SustainedOverload.judge(history, AS_OF, N)).isEmpty();
        assertThat(SustainedOverload.judge(history, AS_OF, 20))
                .containsExactly(new SustainedOverload("E1", AS_OF.minusDays(19), 20));
    }

    @Test
    void eachDayIsJudgedByItsOwnRedLineWithTolerance() {
        List<WorkloadDay> history = List.of(day(AS_OF.minusDays(30), 120, 110), day(AS_OF.minusDays(10), 120, 125),
                day(AS_OF.minusDays(5), 110.0000001, 110));

        assertThat(SustainedOverload.judge(history, AS_OF, 5)).as("within ε of red is not above").isEmpty();
        assertThat(SustainedOverload.judge(history, AS_OF.minusDays(6), 15))
                .as("the day red was raised to 125 broke the run").isEmpty();
        assertThat(SustainedOverload.judge(history, AS_OF.minusDays(11), 15))
                .containsExactly(new SustainedOverload("E1", AS_OF.minusDays(30), 20));
    }

    @Test
    void loadOnNoCapacityCountsAsAbove() {
        assertThat(SustainedOverload.judge(List.of(day(AS_OF.minusDays(N), Double.POSITIVE_INFINITY)), AS_OF, N))
                .extracting(SustainedOverload::officerId).containsExactly("E1");
    }

    @Test
    void recordsAfterAsOfAreIgnored() {
        List<WorkloadDay> history = List.of(day(AS_OF.minusDays(N), 150), day(AS_OF.plusDays(1), 50));

        assertThat(SustainedOverload.judge(history, AS_OF, N)).hasSize(1);
    }
}
