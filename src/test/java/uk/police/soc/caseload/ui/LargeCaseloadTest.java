package uk.police.soc.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.service.CaseloadServices;
import uk.police.soc.caseload.benchmark.SyntheticCaseloads;
import uk.police.soc.caseload.ui.board.AllocationBoardViewModel;
import uk.police.soc.caseload.ui.dashboard.DashboardViewModel;
import uk.police.soc.caseload.ui.officers.OfficersViewModel;
import uk.police.soc.caseload.ui.threats.ThreatsViewModel;

/**
 * A national-sized register (4,600 threats) with every screen listening: the register shows, searches and
 * filters to exactly the right rows. How fast it does so is measured by {@code benchmark --part workspace}.
 */
class LargeCaseloadTest {

    private static final Caseload LARGE = SyntheticCaseloads.generate(4600, 400, 7);

    @Test
    void theRegisterOfFourThousandSixHundredThreatsShowsSearchesAndFiltersTheRightRows() {
        InMemoryCaseloadService service = new InMemoryCaseloadService(LARGE);
        WorkspaceViewModel workspace = new WorkspaceViewModel(service, "large", BackgroundRunner.SYNCHRONOUS,
                new RecordingDialogService(), CaseloadServices::open);
        workspace.planningDateProperty().set(SyntheticCaseloads.AS_OF);
        ThreatsViewModel threats = new ThreatsViewModel(workspace);
        new OfficersViewModel(workspace);
        new DashboardViewModel(workspace);
        new AllocationBoardViewModel(workspace);
        CaseloadSnapshot snapshot = CaseloadSnapshot.of(service.load(SyntheticCaseloads.AS_OF));

        workspace.publish(snapshot);
        assertThat(threats.rows()).containsExactlyInAnyOrderElementsOf(rowsWhere(snapshot, ThreatRow::active));

        threats.searchProperty().set("drugs");
        assertThat(threats.rows()).isNotEmpty().containsExactlyInAnyOrderElementsOf(
                rowsWhere(snapshot, row -> row.active() && row.searchText().contains("drugs")));

        workspace.threatFilterProperty().set(ThreatFilter.UNALLOCATED);
        assertThat(threats.rows()).isNotEmpty().containsExactlyInAnyOrderElementsOf(
                rowsWhere(snapshot, row -> row.unallocated() && row.searchText().contains("drugs")));
    }

    private static List<ThreatRow> rowsWhere(CaseloadSnapshot snapshot, Predicate<ThreatRow> test) {
        return snapshot.threats().stream().filter(test).toList();
    }
}
