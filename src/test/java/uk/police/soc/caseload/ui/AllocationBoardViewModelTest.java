package uk.police.soc.caseload.ui;

import uk.police.soc.caseload.benchmark.SyntheticCaseloads;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.domain.EligibilityRule;
import uk.police.soc.caseload.ui.board.AllocationBoardViewModel;
import uk.police.soc.caseload.ui.board.MovePreview;

class AllocationBoardViewModelTest {

    private final WorkedExampleWorkspace example = new WorkedExampleWorkspace();
    private final AllocationBoardViewModel board = new AllocationBoardViewModel(example.workspace);

    @Test
    void previewShowsBothOfficersLoadBeforeAndAfterAndTheRulesBroken() {
        // OCG-2019-001 is priority 1 DRUGS (30 points) led by E2041 (capacity 100); E2399 is a trainee.
        MovePreview preview = board.preview("OCG-2019-001", "E2399");
        assertThat(preview.fromBefore()).isEqualTo(144.0);
        assertThat(preview.fromAfter()).isEqualTo(114.0);
        assertThat(preview.toBefore()).isEqualTo(0.0);
        assertThat(preview.toAfter()).isEqualTo(30.0);
        assertThat(preview.unmetRules()).contains(EligibilityRule.NOT_ACCREDITED, EligibilityRule.SKILL);
        assertThat(preview.details()).contains("144.0% → 114.0%").contains("breaks rules");
    }

    @Test
    void theMovePreviewSaysWhenTheNewLrosAccreditationLapsesSoon() {
        // OCG-2019-019 is MSHT, priority 1; DI Priya Hughes's LRO-CORE expires on 20 May 2022, 49 days on.
        MovePreview toPriya = board.preview("OCG-2019-019", "E1876");
        MovePreview toAmy = board.preview("OCG-2019-019", "E2041");

        assertThat(toPriya.details()).contains("DI Priya Hughes (E1876): LRO accreditation (LRO-CORE) lapses on 20/05/2022, in 49 days");
        assertThat(toAmy.details()).doesNotContain("lapses");
    }

    @Test
    void aConfirmedMoveUpdatesBothOfficersLoad() {
        board.move("OCG-2019-001", "E2187");
        assertThat(example.dialogs.confirmations).hasSize(1);
        assertThat(example.workspace.snapshot().officer("E2041").load()).isEqualTo(114);
        assertThat(example.workspace.snapshot().officer("E2187").load()).isEqualTo(179);
    }

    @Test
    void aRejectedMoveChangesNothing() {
        example.dialogs.confirmAnswer = false;
        board.move("OCG-2019-001", "E2187");
        assertThat(example.service.writes).hasValue(0);
        assertThat(example.workspace.snapshot().officer("E2041").load()).isEqualTo(144);
    }

    @Test
    void theKeyboardMoveAsksWhereToThenPreviews() {
        example.dialogs.chooser = choices -> choices.stream()
                .map(c -> (AllocationBoardViewModel.MoveChoice) c)
                .filter(c -> "E1876".equals(c.officerId())).findFirst().orElseThrow();
        board.selectedThreatIdProperty().set("OCG-2019-007");
        board.moveSelected();
        assertThat(example.service.stored().threat("OCG-2019-007").orElseThrow().officerId()).isEqualTo("E1876");
    }

    @Test
    void theMoveListOffersEligibleOfficersFirstAndNeverStartsOnTheCurrentLro() {
        List<AllocationBoardViewModel.MoveChoice> offered = new java.util.ArrayList<>();
        example.dialogs.chooser = choices -> {
            choices.forEach(c -> offered.add((AllocationBoardViewModel.MoveChoice) c));
            return null;
        };
        board.selectedThreatIdProperty().set("OCG-2019-001");
        String current = example.service.stored().threat("OCG-2019-001").orElseThrow().officerId();

        board.moveSelected();

        assertThat(offered).isNotEmpty().noneMatch(c -> current.equals(c.officerId()));
        AllocationBoardViewModel.MoveChoice initial = (AllocationBoardViewModel.MoveChoice) example.dialogs.chooserInitial;
        assertThat(initial.eligible()).isTrue();
        assertThat(initial).isEqualTo(offered.get(0));
        int firstIneligible = offered.indexOf(offered.stream().filter(c -> !c.eligible()).findFirst().orElseThrow());
        assertThat(offered.subList(0, firstIneligible)).allMatch(AllocationBoardViewModel.MoveChoice::eligible);
        assertThat(offered.get(0).text()).contains(" (E").contains(" → ");
    }

    @Test
    void aMoveThatBreaksARuleAsksWithCancelAsTheDefault() {
        // E2399 is a trainee: a P1 threat is not one a trainee may lead.
        String p1 = example.service.stored().threats().stream()
                .filter(t -> t.isActive() && t.priority() == 1 && !t.pinned()).findFirst().orElseThrow().id();
        board.move(p1, "E2399");
        assertThat(example.dialogs.riskyConfirmations).singleElement().asString().contains("breaks rules");
        board.move("OCG-2019-001", "E2187");
        assertThat(example.dialogs.riskyConfirmations).hasSize(1);
    }

    @Test
    void arrowKeysGoFromCardToCardAcrossColumns() {
        List<AllocationBoardViewModel.Column> columns = board.columns().stream()
                .filter(c -> !c.cards().isEmpty()).toList();
        AllocationBoardViewModel.Column first = columns.get(0);
        AllocationBoardViewModel.Column second = columns.get(1);
        String top = first.cards().get(0).id();
        assertThat(board.neighbour(top, AllocationBoardViewModel.Direction.UP)).isEmpty();
        assertThat(board.neighbour(top, AllocationBoardViewModel.Direction.DOWN))
                .contains(first.cards().size() > 1 ? first.cards().get(1).id() : null);
        assertThat(board.neighbour(top, AllocationBoardViewModel.Direction.RIGHT)).contains(second.cards().get(0).id());
        assertThat(board.neighbour(second.cards().get(0).id(), AllocationBoardViewModel.Direction.LEFT)).contains(top);
    }

    @Test
    void columnsHoldEachOfficersActiveThreatsAndTheUnallocated() {
        List<AllocationBoardViewModel.Column> columns = board.columns();
        assertThat(columns.get(0).officer()).isNull();
        assertThat(columns.stream().filter(c -> c.key().equals("E2302")).findFirst().orElseThrow().cards()).hasSize(7);
    }

    @Test
    void pinningAndUnpinningFromTheBoard() {
        board.selectedThreatIdProperty().set("OCG-2019-001");
        board.togglePinSelected();
        assertThat(example.service.stored().threat("OCG-2019-001").orElseThrow().pinned()).isTrue();
        board.togglePinSelected();
        assertThat(example.service.stored().threat("OCG-2019-001").orElseThrow().pinned()).isFalse();
    }

    @Test
    void aSearchShowsOnlyTheMatchingOfficersColumnsBesideTheUnallocated() {
        board.searchProperty().set("ravi");

        assertThat(board.columns()).extracting(AllocationBoardViewModel.Column::key).containsExactly("", "E2187");

        board.searchProperty().set("nobody like this");
        assertThat(board.columns()).hasSize(1);
        assertThat(board.noteProperty().get()).contains("No officer matches");
    }

    @Test
    void theColumnsCanBeOrderedByLoad() {
        board.orderProperty().set(AllocationBoardViewModel.Order.MOST_LOADED);

        List<Double> loads = board.columns().stream().skip(1).map(c -> c.officer().loadPercent()).toList();
        assertThat(loads).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aLargeForceShowsALimitedNumberOfColumnsAndCardsAndSaysSo() {
        InMemoryCaseloadService service = new InMemoryCaseloadService(
                uk.police.soc.caseload.benchmark.SyntheticCaseloads.generate(1200, 100, 5));
        WorkspaceViewModel workspace = new WorkspaceViewModel(service, "large", BackgroundRunner.SYNCHRONOUS,
                new RecordingDialogService(), p -> service);
        workspace.planningDateProperty().set(uk.police.soc.caseload.benchmark.SyntheticCaseloads.AS_OF);
        workspace.refresh();
        AllocationBoardViewModel large = new AllocationBoardViewModel(workspace);

        assertThat(large.columns()).hasSize(AllocationBoardViewModel.COLUMN_LIMIT + 1);
        assertThat(large.noteProperty().get()).startsWith("Showing 24 of 100 officers");
        assertThat(large.columns()).allSatisfy(c -> assertThat(c.cards()).hasSizeLessThanOrEqualTo(
                AllocationBoardViewModel.CARD_LIMIT));
        AllocationBoardViewModel.Column unallocated = large.columns().get(0);
        long activeUnallocated = workspace.snapshot().threats().stream()
                .filter(t -> t.active() && t.threat().officerId() == null).count();
        assertThat(unallocated.cards().size() + unallocated.moreCards()).isEqualTo((int) activeUnallocated);
    }
}
