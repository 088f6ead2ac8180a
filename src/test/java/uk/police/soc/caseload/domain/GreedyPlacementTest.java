package uk.police.soc.caseload.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.domain.CaseloadAssessmentTest.Given;

/** The greedy placement rule (allocation.md, "Greedy baseline"; scenarios.md, "If officer X is unavailable"). */
class GreedyPlacementTest {

    private static Threat drugs(String id, int priority, String officerId) {
        return CaseloadAssessmentTest.drugs(id, priority, officerId);
    }

    @Test
    void placesTheGivenThreatsOnTheLoadsOfEverythingElse() {
        // E1 keeps T1 (30 points, 30%); T2 (20) and T3 (12) are placed: T2 → E2 (20% < 50%), T3 → E2 (32% < 42%).
        Caseload caseload = new Given().lro("E1").lro("E2")
                .threat(drugs("T1", 1, "E1")).threat(drugs("T2", 2, "E1")).threat(drugs("T3", 3, null))
                .caseload();
        CaseloadAssessment assessment = new CaseloadAssessment(caseload);

        Allocation placed = new GreedyPlacement(assessment).place(caseload.allocation(),
                List.of(caseload.threat("T3").orElseThrow(), caseload.threat("T2").orElseThrow()));

        assertThat(placed.leadOf("T1")).isEqualTo("E1");
        assertThat(placed.leadOf("T2")).isEqualTo("E2");
        assertThat(placed.leadOf("T3")).isEqualTo("E2");
    }

    @Test
    void loadPercentagesWithinToleranceTieAndGoToTheSmallestOfficerId() {
        // Both would be at 12% after taking it: a tie, so the smaller id takes it, whatever the dataset order.
        Caseload caseload = new Given().lro("E2").lro("E1")
                .threat(drugs("T1", 3, null).withWorkloadPoints(12.0)).caseload();
        CaseloadAssessment assessment = new CaseloadAssessment(caseload);

        Allocation placed = new GreedyPlacement(assessment).place(caseload.allocation(), caseload.threats());

        assertThat(placed.leadOf("T1")).isEqualTo("E1");
    }

    @Test
    void aThreatNoOneMayLeadIsLeftWithoutAnOfficer() {
        Caseload caseload = new Given().lro("E1")
                .threat(Threat.of("T1", "Op T1", "ML", 1).withOfficerId("E1")).caseload();
        CaseloadAssessment assessment = new CaseloadAssessment(caseload);

        Allocation placed = new GreedyPlacement(assessment).place(caseload.allocation(), caseload.threats());

        assertThat(placed.officerOf("T1")).isEmpty();
    }

    @Test
    void withoutOverloadAThreatThatWouldPushTheBestOfficerOverCapacityStaysUnallocated() {
        // Both at 90 of 100 after the fixed threats; T3 (12 points) fits no one: it stays unallocated.
        Caseload caseload = new Given().lro("E1").lro("E2")
                .threat(drugs("P1", 1, "E1").withWorkloadPoints(90.0).withPinned(true))
                .threat(drugs("P2", 1, "E2").withWorkloadPoints(90.0).withPinned(true))
                .threat(drugs("T3", 3, null))
                .policy(Policy.DEFAULTS.withAllowOverload(false))
                .caseload();
        CaseloadAssessment assessment = new CaseloadAssessment(caseload);

        Allocation placed = new GreedyPlacement(assessment).place(caseload.allocation(),
                List.of(caseload.threat("T3").orElseThrow()));

        assertThat(placed.officerOf("T3")).isEmpty();
        assertThat(placed.leadOf("P1")).isEqualTo("E1");
    }
}
