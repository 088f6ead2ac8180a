package uk.police.soc.caseload.ui;

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
        assertThat(preview.details()).contains("144.0 % → 114.0 %").contains("breaks rules");
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
        example.dialogs.chooser = choices -> choices.stream().map(Object::toString)
                .filter(c -> c.startsWith("E1876 ")).findFirst().orElseThrow();
        board.selectedThreatIdProperty().set("OCG-2019-007");
        board.moveSelected();
        assertThat(example.service.stored().threat("OCG-2019-007").orElseThrow().officerId()).isEqualTo("E1876");
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
}
