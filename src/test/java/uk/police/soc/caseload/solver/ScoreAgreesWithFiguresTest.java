package uk.police.soc.caseload.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import uk.police.soc.caseload.domain.Allocation;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.PlanFigures;

/** The solver's score, read back in the policy's units, equals the plan figures the reports show. */
class ScoreAgreesWithFiguresTest {

    private static void assertAgree(Caseload caseload, Allocation allocation) {
        AllocationModel model = new AllocationModel(caseload);
        AllocationPlan plan = model.newPlan(allocation);
        SolutionManager<AllocationPlan, BendableLongScore> manager = SolutionManager.create(
                SolverFactory.create(AllocationSolver.scoringConfig()));
        Progress score = Progress.of(java.time.Duration.ZERO, allocation, manager.update(plan));
        PlanFigures figures = model.figures(model.allocationOf(plan));

        assertThat(score.hardViolations()).isEqualTo(figures.hardViolations());
        assertThat(score.unallocatedWeight()).isCloseTo(figures.unallocatedWeight(), within(1e-5));
        assertThat(score.overloadPoints()).isCloseTo(figures.overloadPoints(), within(1e-5));
        assertThat(score.balanceAndMoves()).isCloseTo(
                figures.balance() + caseload.policy().moveCostPoints() * figures.moves(), within(1e-3));
    }

    @Test
    void seedCaseAsItStandsScoresItsOwnFigures() {
        Caseload caseload = SharedData.read("seed-case.json");

        assertAgree(caseload, caseload.allocation());
    }

    @Test
    void greedyPlanOfTheMediumForceScoresItsFigures() {
        Caseload caseload = SharedData.read("force-medium.json");
        AllocationModel model = new AllocationModel(caseload);

        assertAgree(caseload, new GreedyAllocator(model).baseline());
    }

    @Test
    void planWithoutOverloadAllowedScoresItsUnallocatedWeight() {
        Caseload caseload = SharedData.read("force-medium.json");
        Caseload strict = caseload.withPolicy(caseload.policy().withAllowOverload(false));

        Allocation plan = new GreedyAllocator(new AllocationModel(strict)).baseline();

        assertThat(new AllocationModel(strict).figures(plan).unallocated()).isNotEmpty();
        assertAgree(strict, plan);
    }
}
