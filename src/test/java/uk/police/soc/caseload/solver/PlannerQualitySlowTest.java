package uk.police.soc.caseload.solver;

import uk.police.soc.caseload.benchmark.PlannerBenchmark;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The performance targets of docs/benchmarks.md, at full budgets. Run with -Dslow. */
@Tag("slow")
class PlannerQualitySlowTest {

    @Test
    void forceSizedCaseloadLandsWithinOnePercentOfTheBoundInThirtySeconds() {
        PlannerBenchmark.Result result = PlannerBenchmark.run(new PlannerBenchmark.Size(250, 50, Duration.ofSeconds(30)), 42);

        assertThat(result.planned().hardViolations()).isZero();
        assertThat(result.planned().unallocated()).isEmpty();
        assertThat(result.plannedOverBound()).isLessThan(0.01);
        assertThat(result.greedyOverBound()).isGreaterThan(result.plannedOverBound());
    }

    @Test
    void nationalCaseloadLandsWithinTwoPercentOfTheApplicableBoundInTwoMinutes() {
        PlannerBenchmark.Result result = PlannerBenchmark.run(new PlannerBenchmark.Size(4600, 900, Duration.ofSeconds(120)), 42);

        assertThat(result.planned().hardViolations()).isZero();
        assertThat(result.planned().unallocated()).isEmpty();
        assertThat(result.firstFeasible()).isLessThan(Duration.ofSeconds(10));
        assertThat(result.firstPlanFeasible()).isTrue();
        assertThat(result.leastOverloadBound()).isPresent();
        assertThat(result.plannedOverApplicableBound()).isLessThan(0.02);
    }
}
