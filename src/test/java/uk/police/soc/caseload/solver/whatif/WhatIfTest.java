package uk.police.soc.caseload.solver.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.dataset.TestData;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.PlanFigures;
import uk.police.soc.caseload.domain.TrainingRecord;
import uk.police.soc.caseload.domain.scenario.CaseloadChange;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.AddOfficer;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.AddTrainingRecord;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.DeactivateOfficer;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.OfficerUnavailable;
import uk.police.soc.caseload.solver.AllocationModel;
import uk.police.soc.caseload.solver.AllocationSolver;
import uk.police.soc.caseload.solver.GreedyAllocator;
import uk.police.soc.caseload.solver.Proposal;

/**
 * Scenarios on the worked example, every figure worked out by hand from seed-case.json (see
 * ResilienceAnalysisTest for who may lead what). Before: overload 219, LRO shortfall 2 (589 points against
 * 431.08 of eligible capacity), 12 hard violations (E2230's eight coverable threats and E2302's 025, 028, 030,
 * 031).
 */
class WhatIfTest {

    private static final Caseload SEED = new DatasetReader().read(TestData.shared("seed-case.json"));

    /** DS Nia Price: full time, DRUGS 3 and ACQUISITIVE 2, PIP 2, LRO course passed a month ago. */
    private static final List<CaseloadChange> ONE_MORE_LRO = List.of(
            new AddOfficer(Officer.named("E9001", "DS Nia Price").withSkills(Map.of("DRUGS", 3, "ACQUISITIVE", 2))
                    .withPipLevel(2)),
            new AddTrainingRecord(new TrainingRecord("E9001", "LRO-CORE", LocalDate.of(2022, 3, 1), null)));

    @Test
    void anAccreditedLroAddedBringsTheShortfallDownAtOnceAndTheOverloadOnceThePlannerRuns() {
        WhatIf whatIf = WhatIf.of(SEED, ONE_MORE_LRO);

        assertThat(whatIf.before().overloadPoints()).isCloseTo(219, within(1e-9));
        assertThat(whatIf.before().lroShortfall()).isEqualTo(2);
        // After: every threat keeps its officer, so the overload stays 219 and E9001 leads nothing; her 100
        // points of capacity count toward the shortfall: (589 − 531.08) / 100 = 0.58 → 1.
        PlanFigures after = whatIf.after();
        assertThat(after.overloadPoints()).isCloseTo(219, within(1e-9));
        assertThat(after.peakLoadPercent()).isCloseTo(197.142857142857, within(1e-9));
        assertThat(after.hardViolations()).isEqualTo(12);
        assertThat(after.moves()).isZero();
        assertThat(after.lroShortfall()).isEqualTo(1);

        // Planned, the least overload there is: E1876 alone may lead 019, 020 and 024 (70 points on 50 of
        // capacity: 20 over); E2399 takes the MSHT priority-3 threats (24), E2415 the FRAUD and
        // MONEY_LAUNDERING priority-3 threats (47 of 81.08); E2187 must keep 011 and 012 (40) beside the
        // uncoverable 016 (20), leaving 40 of room; the DRUGS and ACQUISITIVE threats (280 + 38 = 318 points)
        // then share E2041 100, E2187 40 and E9001 100: 78 over. 20 + 78 = 98. E2302 keeps only his three
        // uncoverable threats (70 on 70).
        Proposal planned = new AllocationSolver(Duration.ofSeconds(10)).solve(whatIf.afterCaseload());
        assertThat(planned.before()).isEqualTo(after);
        assertThat(planned.after().hardViolations()).isZero();
        assertThat(planned.after().unallocated()).isEmpty();
        assertThat(planned.after().overloadPoints()).isCloseTo(98, within(1e-6));
        assertThat(planned.after().lroShortfall()).isEqualTo(1);
        assertThat(planned.after().moves()).isEqualTo(planned.moves().size());

        AllocationModel model = new AllocationModel(whatIf.afterCaseload());
        PlanFigures greedy = model.figures(new GreedyAllocator(model).baseline());
        assertThat(greedy.beats(planned.after(), SEED.policy().moveCostPoints())).isFalse();
    }

    @Test
    void aDeactivatedOfficersThreatsBecomeUnallocatedAndUnpinnedWhileTheOthersKeepTheirs() {
        WhatIf whatIf = WhatIf.of(SEED, List.of(new DeactivateOfficer("E2230")));

        // E2230's eight threats, all coverable, lose her; her 58 points over capacity go; her eight hard
        // violations with them (E2302's four stay). She was eligible for nothing: the shortfall stays 2.
        PlanFigures after = whatIf.after();
        assertThat(after.unallocated()).containsExactly("OCG-2020-017", "OCG-2021-018", "OCG-2019-019",
                "OCG-2020-020", "OCG-2021-021", "OCG-2019-022", "OCG-2020-023", "OCG-2021-024");
        assertThat(after.hardViolations()).isEqualTo(4);
        assertThat(after.overloadPoints()).isCloseTo(161, within(1e-9));
        assertThat(after.lroShortfall()).isEqualTo(2);
        assertThat(whatIf.afterCaseload().officer("E2230").orElseThrow().active()).isFalse();
        assertThat(SEED.officer("E2230").orElseThrow().active()).as("the original is untouched").isTrue();
    }

    @Test
    void anAbsenceChangesCapacityAndEligibilityAsAnyAbsenceDoes() {
        // 2022-03-01 to 2022-06-30 covers asOf and lasts 122 days: Clarke is long-absent, capacity 0, and
        // keeps her 144 points (after moves nothing): load % ∞ and 144 more overload, less her 44 over before.
        WhatIf whatIf = WhatIf.of(SEED, List.of(
                new OfficerUnavailable("E2041", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 6, 30))));
        PlanFigures after = whatIf.after();
        assertThat(after.peakLoadPercent()).isInfinite();
        assertThat(after.overloadPoints()).isCloseTo(319, within(1e-9));
        // Her sole cover (003, 005, 006, 022) joins the uncoverable; her other six coverable threats are
        // now violations, E2230's seven still coverable ones and E2302's four stay: 17.
        assertThat(after.uncoverable()).containsExactly("OCG-2021-003", "OCG-2020-005", "OCG-2021-006",
                "OCG-2019-016", "OCG-2019-022", "OCG-2020-026", "OCG-2021-027", "OCG-2020-029");
        assertThat(after.hardViolations()).isEqualTo(17);
        assertThat(after.lroShortfall()).isEqualTo(3);
        assertThat(whatIf.afterCaseload().officer("E2041").orElseThrow().absences())
                .extracting(a -> a.reason()).containsExactly("scenario");

        // 2022-03-10 to 2022-04-05 is 27 days, a day short of a long absence: nothing changes.
        WhatIf short_ = WhatIf.of(SEED, List.of(
                new OfficerUnavailable("E2041", LocalDate.of(2022, 3, 10), LocalDate.of(2022, 4, 5))));
        assertThat(short_.after()).isEqualTo(new CaseloadAssessment(SEED).figures());
    }
}
