package uk.police.soc.caseload.solver;

import uk.police.soc.caseload.benchmark.SyntheticCaseloads;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.domain.Absence;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Threat;

class MinimalDisruptionTest {

    private static final Duration BUDGET = Duration.ofSeconds(8);

    /**
     * A synthetic force, planned and taken as the new status quo. Planned twice, so that the status quo is
     * balanced even when a busy machine gives the first run little CPU: the test is about what one change
     * disturbs, not about how far one run gets.
     */
    private static Caseload balanced() {
        Caseload generated = SyntheticCaseloads.generate(200, 40, 11);
        Caseload once = new AllocationSolver(BUDGET).solve(generated).applyTo(generated);
        return new AllocationSolver(BUDGET).solve(once).applyTo(once);
    }

    @Test
    void oneNewThreatMovesOnlyAHandfulOfOthers() {
        Caseload settled = balanced();
        Threat newcomer = Threat.of("SOC-NEW", "Op New", "DRUGS", 1);
        Caseload withNewThreat = settled.withThreats(
                java.util.stream.Stream.concat(settled.threats().stream(), java.util.stream.Stream.of(newcomer)).toList());

        Proposal replan = new AllocationSolver(BUDGET).solve(withNewThreat);

        assertThat(replan.allocation().leadOf("SOC-NEW")).isNotNull();
        assertThat(replan.after().moves()).isLessThanOrEqualTo(5);
        assertThat(replan.after().hardViolations()).isZero();
    }

    @Test
    void oneOfficersLongAbsenceMovesTheirThreatsAndOnlyAHandfulOfOthers() {
        Caseload settled = balanced();
        Officer absentee = settled.officers().stream()
                .filter(o -> settled.threats().stream().filter(Threat::isActive)
                        .filter(t -> !t.pinned()).anyMatch(t -> o.id().equals(t.officerId())))
                .findFirst().orElseThrow();
        List<String> theirThreats = settled.threats().stream()
                .filter(t -> t.isActive() && !t.pinned() && absentee.id().equals(t.officerId()))
                .map(Threat::id).collect(Collectors.toList());
        Caseload withAbsence = settled.withOfficers(settled.officers().stream()
                .map(o -> o.id().equals(absentee.id())
                        ? o.withAbsences(List.of(new Absence(settled.asOf().minusDays(1), settled.asOf().plusDays(90), "Sick")))
                        : o)
                .toList());

        Proposal replan = new AllocationSolver(BUDGET).solve(withAbsence);

        for (String id : theirThreats) {
            assertThat(replan.allocation().leadOf(id)).isNotEqualTo(absentee.id());
        }
        assertThat(replan.after().hardViolations()).isZero();
        assertThat(replan.after().moves()).isLessThanOrEqualTo(theirThreats.size() + 5);
    }
}
