package uk.police.soc.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.PlanFigures;
import uk.police.soc.caseload.solver.PlanningService;
import uk.police.soc.caseload.solver.Progress;
import uk.police.soc.caseload.solver.Proposal;
import uk.police.soc.caseload.ui.planning.Candidate;
import uk.police.soc.caseload.ui.planning.Planner;
import uk.police.soc.caseload.ui.planning.PlanningViewModel;

class PlanningViewModelTest {

    private final WorkedExampleWorkspace example = new WorkedExampleWorkspace();
    private final PlanningService planningService = new PlanningService();

    @AfterEach
    void closePlanner() {
        planningService.close();
    }

    private PlanningViewModel planning(BackgroundRunner runner) {
        PlanningViewModel planning = new PlanningViewModel(example.workspace, runner, Runnable::run,
                budget -> Planner.using(planningService, budget));
        planning.budgetSecondsProperty().set(2);
        return planning;
    }

    @Test
    void aProposalStoresNothingUntilAccepted() {
        PlanningViewModel planning = planning(BackgroundRunner.SYNCHRONOUS);
        planning.propose();
        assertThat(planning.proposalProperty().get()).isNotNull();
        assertThat(planning.moves()).isNotEmpty();
        assertThat(example.service.writes).hasValue(0);
    }

    @Test
    void acceptingStoresTheProposalInOneWrite() {
        PlanningViewModel planning = planning(BackgroundRunner.SYNCHRONOUS);
        planning.propose();
        Proposal proposal = planning.proposalProperty().get();

        planning.accept();

        assertThat(example.service.writes).hasValue(1);
        PlanFigures now = new CaseloadAssessment(example.service.load(WorkedExampleWorkspace.AS_OF)).figures();
        assertThat(now.hardViolations()).isEqualTo(proposal.after().hardViolations());
        assertThat(now.overloadPoints()).isEqualTo(proposal.after().overloadPoints());
        assertThat(example.workspace.snapshot().figures().overloadPoints()).isEqualTo(proposal.after().overloadPoints());
        assertThat(planning.proposalProperty().get()).isNull();
    }

    @Test
    void acceptingAfterAThreatItMovesChangedStoresNothingSaysWhatChangedAndOffersToPlanAgain() {
        PlanningViewModel planning = planning(BackgroundRunner.SYNCHRONOUS);
        planning.propose();
        String moved = planning.proposalProperty().get().moves().get(0).threatId();
        example.service.setPinned(moved, true);
        int writesBefore = example.service.writes.get();
        // Yes to storing that many moves; then no to planning again.
        example.dialogs.nextAnswers.add(true);
        example.dialogs.confirmAnswer = false;

        planning.accept();

        assertThat(example.service.writes).hasValue(writesBefore);
        assertThat(example.dialogs.confirmations).hasSize(2).last().asString()
                .contains("nothing was stored")
                .contains("threat " + moved + " was changed at another desk");
        assertThat(example.service.stored().threat(moved).orElseThrow().pinned()).isTrue();
    }

    @Test
    void answeringPlanAgainStartsANewRunFromTheCaseloadAsItIsNow() {
        PlanningViewModel planning = planning(BackgroundRunner.SYNCHRONOUS);
        planning.propose();
        String moved = planning.proposalProperty().get().moves().get(0).threatId();
        example.service.setPinned(moved, true);
        example.dialogs.confirmAnswer = true;

        planning.accept();

        assertThat(planning.proposalProperty().get()).isNotNull();
        assertThat(planning.proposalProperty().get().moves()).noneMatch(m -> m.threatId().equals(moved));
    }

    @Test
    void anOfficerWhoOnlyGivesThreatsAwayCarriesLessAfterTheProposal() {
        PlanningViewModel planning = planning(BackgroundRunner.SYNCHRONOUS);
        planning.propose();
        Proposal proposal = planning.proposalProperty().get();

        assertThat(planning.officerChanges()).isNotEmpty();
        assertThat(planning.officerChanges()).filteredOn(r -> r.gained() == 0).allSatisfy(r -> {
            assertThat(r.lost()).isPositive();
            assertThat(r.loadAfter()).isLessThan(r.loadBefore());
            assertThat(r.percentAfter()).isLessThanOrEqualTo(r.percentBefore());
        });
        assertThat(planning.officerChanges()).filteredOn(r -> r.lost() == 0)
                .allSatisfy(r -> assertThat(r.loadAfter()).isGreaterThan(r.loadBefore()));
        int gained = planning.officerChanges().stream().mapToInt(PlanningViewModel.OfficerChangeRow::gained).sum();
        assertThat(gained).isEqualTo((int) proposal.moves().stream().filter(m -> m.toOfficerId() != null).count());
        assertThat(planning.officerChanges()).extracting(PlanningViewModel.OfficerChangeRow::percentAfter)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void thePlanFiguresShowBeforeAndAfterInThePolicysOrder() {
        PlanningViewModel planning = planning(BackgroundRunner.SYNCHRONOUS);
        planning.propose();
        Proposal proposal = planning.proposalProperty().get();

        assertThat(planning.figures()).extracting(FigureChange::figure).containsExactly(
                "Hard violations", "Unallocated threats", "Overload (points)", "Peak load",
                "Balance (lower is fairer)", "Moves", "Officers over capacity", "Officers overloaded");
        FigureChange hard = planning.figures().get(0);
        assertThat(hard.beforeText()).isEqualTo(String.valueOf(proposal.before().hardViolations()));
        assertThat(hard.afterText()).isEqualTo(String.valueOf(proposal.after().hardViolations()));
        FigureChange moves = planning.figures().get(5);
        assertThat(moves.afterText()).isEqualTo(String.valueOf(proposal.moves().size()));
        assertThat(moves.better()).isNull();
        assertThat(moves.verdict()).isEqualTo("+" + proposal.moves().size());
        assertThat(hard.better()).isEqualTo(proposal.after().hardViolations() == proposal.before().hardViolations()
                ? null : proposal.after().hardViolations() < proposal.before().hardViolations());

        planning.reject();
        assertThat(planning.figures()).isEmpty();
        assertThat(planning.officerChanges()).isEmpty();
    }

    @Test
    void rejectingDiscardsTheProposal() {
        PlanningViewModel planning = planning(BackgroundRunner.SYNCHRONOUS);
        Caseload before = example.service.stored();
        planning.propose();
        planning.reject();
        assertThat(planning.proposalProperty().get()).isNull();
        assertThat(planning.moves()).isEmpty();
        assertThat(example.service.stored()).isSameAs(before);
    }

    @Test
    void stopEndsARunThatWouldOtherwiseNeverEnd() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        // A planner that searches until told to stop, then hands back a real (short) plan.
        Planner untilStopped = new Planner() {
            @Override
            public Proposal plan(Caseload caseload, uk.police.soc.caseload.solver.RunScope scope,
                    Consumer<Progress> onProgress) {
                try {
                    stopped.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Planner.using(planningService, Duration.ofSeconds(1)).plan(caseload, scope, onProgress);
            }

            @Override
            public void stop() {
                stopped.countDown();
            }
        };
        PlanningViewModel planning = new PlanningViewModel(example.workspace, new ThreadRunner(), Runnable::run,
                budget -> untilStopped);
        planning.propose();
        assertThat(planning.runningProperty().get()).isTrue();

        planning.stop();

        waitUntil(() -> !planning.runningProperty().get());
        assertThat(planning.proposalProperty().get()).isNotNull();
    }

    @Test
    void selectingAThreatExplainsItAndRanksWhoCouldLeadIt() {
        PlanningViewModel planning = planning(BackgroundRunner.SYNCHRONOUS);
        planning.selectedThreatIdProperty().set("OCG-2020-026");
        assertThat(planning.explanationProperty().get()).contains("Op Elder (OCG-2020-026) is uncoverable").contains("E2302")
                .contains("DS Tom Reid (E2302) is not an accredited LRO")
                .doesNotContain("[notAccredited]").doesNotContain("[skill]");
        assertThat(planning.recommendations()).isNotEmpty().noneMatch(Candidate::eligible);

        planning.selectedThreatIdProperty().set("OCG-2019-001");
        assertThat(planning.recommendations()).extracting(r -> r.officerId()).containsExactly("E2041", "E2187");
    }

    @Test
    void aMoveToAnOfficerWhoseAccreditationLapsesSoonSaysSoInTheListAndInWholeWordsWhenChosen() {
        PlanningViewModel planning = planning(BackgroundRunner.SYNCHRONOUS);
        planning.propose();
        // The worked example's plan gives threats to DI Priya Hughes (E1876), whose accreditation lapses in 49 days.
        PlanningViewModel.MoveRow toPriya = planning.moves().stream()
                .filter(m -> "E1876".equals(m.move().toOfficerId())).findFirst().orElseThrow();
        assertThat(toPriya.warning()).contains("accreditation lapses 20/05/2022");

        planning.selectedThreatIdProperty().set(toPriya.move().threatId());

        assertThat(planning.explanationProperty().get()).startsWith("Under the proposal:")
                .contains("DI Priya Hughes (E1876): LRO accreditation (LRO-CORE) lapses on 20/05/2022, in 49 days.");
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        // Only a guard against a run that never ends: a run that ignored the stop fails here.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(20);
        }
    }

    /** Runs work on a thread of its own and reports back on it: enough for view models without the FX thread. */
    private static final class ThreadRunner implements BackgroundRunner {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            Thread thread = new Thread(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
            thread.setDaemon(true);
            thread.start();
        }
    }
}
