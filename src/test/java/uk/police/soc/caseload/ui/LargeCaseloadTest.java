package uk.police.soc.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.service.CaseloadServices;
import uk.police.soc.caseload.solver.SyntheticCaseloads;
import uk.police.soc.caseload.ui.board.AllocationBoardViewModel;
import uk.police.soc.caseload.ui.dashboard.DashboardViewModel;
import uk.police.soc.caseload.ui.officers.OfficersViewModel;
import uk.police.soc.caseload.ui.threats.ThreatsViewModel;

/**
 * A national-sized register (4,600 threats) stays responsive: the snapshot is built once off the FX thread,
 * and what the FX thread does per refresh or per keystroke is cheap.
 */
class LargeCaseloadTest {

    private static final Caseload LARGE = SyntheticCaseloads.generate(4600, 400, 7);

    private static long millis(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }

    @Test
    void theSnapshotOfFourThousandSixHundredThreatsTakesUnderAFewSeconds() {
        CaseloadSnapshot.of(LARGE);
        long took = millis(() -> CaseloadSnapshot.of(LARGE));
        System.err.println("snapshot of 4,600 threats: " + took + " ms");
        assertThat(took).isLessThan(3000);
    }

    @Test
    void showingAndFilteringTheRegisterIsQuickOnceTheSnapshotIsBuilt() {
        InMemoryCaseloadService service = new InMemoryCaseloadService(LARGE);
        WorkspaceViewModel workspace = new WorkspaceViewModel(service, "large", BackgroundRunner.SYNCHRONOUS,
                new RecordingDialogService(), CaseloadServices::open);
        workspace.planningDateProperty().set(SyntheticCaseloads.AS_OF);
        ThreatsViewModel threats = new ThreatsViewModel(workspace);
        new OfficersViewModel(workspace);
        new DashboardViewModel(workspace);
        new AllocationBoardViewModel(workspace);
        CaseloadSnapshot snapshot = CaseloadSnapshot.of(service.load(SyntheticCaseloads.AS_OF));
        // What the FX thread does with a finished refresh: every screen's lists updated from the snapshot.
        long publish = millis(() -> workspace.publish(snapshot));
        long search = millis(() -> threats.searchProperty().set("drugs"));
        assertThat(threats.rows()).isNotEmpty();
        long filter = millis(() -> workspace.threatFilterProperty().set(ThreatFilter.REVIEW_OVERDUE));
        System.err.printf("publish %d ms, search %d ms, filter %d ms%n", publish, search, filter);
        assertThat(publish).isLessThan(500);
        assertThat(search).isLessThan(200);
        assertThat(filter).isLessThan(200);
    }
}
