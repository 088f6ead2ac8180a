package uk.police.soc.caseload.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.domain.Allocation;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Threat;

class GreedyAllocatorTest {

    @Test
    void takesHighestPriorityFirstAndGivesEachToTheOfficerWithTheLowestLoadPercentAfter() {
        Caseload caseload = new CaseloadBuilder()
                .lro("E1").lro("E2", 18.5)
                .threat("T-low", 4, null)
                .threat("T-high", 1, null)
                .threat("T-mid", 2, null)
                .build();

        Allocation plan = new GreedyAllocator(new AllocationModel(caseload)).baseline();

        // T-high (30) → E1 (30%) beats E2 (60%); T-mid (20) → E2 (40%) beats E1 (50%); T-low (6) → E1 (36%) beats E2 (52%).
        assertThat(plan.leadOf("T-high")).isEqualTo("E1");
        assertThat(plan.leadOf("T-mid")).isEqualTo("E2");
        assertThat(plan.leadOf("T-low")).isEqualTo("E1");
    }

    @Test
    void breaksTiesBySmallestOfficerIdAndLargerPointsFirst() {
        Caseload caseload = new CaseloadBuilder()
                .lro("E2").lro("E1")
                .threat(Threat.of("T-a", "A", "DRUGS", 3).withWorkloadPoints(5.0))
                .threat(Threat.of("T-b", "B", "DRUGS", 3).withWorkloadPoints(9.0))
                .build();

        Allocation plan = new GreedyAllocator(new AllocationModel(caseload)).baseline();

        assertThat(plan.leadOf("T-b")).isEqualTo("E1");
        assertThat(plan.leadOf("T-a")).isEqualTo("E2");
    }

    @Test
    void keepsPinnedAndUncoverableThreatsWithTheirOfficersAndIgnoresCurrentOfficersOfTheRest() {
        Caseload caseload = new CaseloadBuilder()
                .lro("E1").lro("E2")
                .officer(Officer.named("E3", "Untrained"), false)
                .threat(Threat.of("T-pinned", "P", "DRUGS", 1).withOfficerId("E3").withPinned(true))
                .threat(Threat.of("T-uncoverable", "U", "CYBER", 1).withOfficerId("E3"))
                .threat("T1", 1, "E1")
                .threat("T2", 1, "E1")
                .build();

        Allocation plan = new GreedyAllocator(new AllocationModel(caseload)).baseline();

        assertThat(plan.leadOf("T-pinned")).isEqualTo("E3");
        assertThat(plan.leadOf("T-uncoverable")).isEqualTo("E3");
        assertThat(plan.leadOf("T1")).isEqualTo("E1");
        assertThat(plan.leadOf("T2")).isEqualTo("E2");
    }

    @Test
    void withoutOverloadLeavesAThreatUnallocatedWhenTheBestOfficerHasNoRoom() {
        Caseload caseload = new CaseloadBuilder()
                .policy(Policy.DEFAULTS.withAllowOverload(false))
                .lro("E1", 18.5)
                .threat(Threat.of("T1", "A", "DRUGS", 1).withWorkloadPoints(40.0))
                .threat(Threat.of("T2", "B", "DRUGS", 1).withWorkloadPoints(20.0))
                .build();

        Allocation plan = new GreedyAllocator(new AllocationModel(caseload)).baseline();

        assertThat(plan.leadOf("T1")).isEqualTo("E1");
        assertThat(plan.leadOf("T2")).isEqualTo(null);
    }

    @Test
    void repairKeepsEligibleCurrentOfficersAndReplacesIneligibleOnes() {
        Caseload caseload = new CaseloadBuilder()
                .lro("E1").lro("E2")
                .officer(Officer.named("E3", "Untrained"), false)
                .threat("T1", 1, "E1")
                .threat("T2", 1, "E1")
                .threat("T3", 1, "E3")
                .build();

        Allocation plan = new GreedyAllocator(new AllocationModel(caseload)).repair();

        assertThat(plan.leadOf("T1")).isEqualTo("E1");
        assertThat(plan.leadOf("T2")).isEqualTo("E1");
        assertThat(plan.leadOf("T3")).isEqualTo("E2");
    }
}
