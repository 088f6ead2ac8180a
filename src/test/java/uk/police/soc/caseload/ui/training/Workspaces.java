package uk.police.soc.caseload.ui.training;

import java.time.LocalDate;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.CaseloadServices;
import uk.police.soc.caseload.ui.BackgroundRunner;
import uk.police.soc.caseload.ui.RecordingDialogService;
import uk.police.soc.caseload.ui.WorkspaceViewModel;

/** The app's workspace over a store, as the training screens see it in the main window. */
final class Workspaces {

    private Workspaces() {
    }

    /** Run synchronously and already refreshed on {@code day}: the snapshot is there. */
    static WorkspaceViewModel over(CaseloadService service, LocalDate day) {
        return over(service, day, BackgroundRunner.SYNCHRONOUS);
    }

    static WorkspaceViewModel over(CaseloadService service, LocalDate day, BackgroundRunner runner) {
        WorkspaceViewModel workspace = new WorkspaceViewModel(service, "test", runner, new RecordingDialogService(),
                CaseloadServices::open);
        // Setting the date refreshes; setting it to the date it already has would not.
        if (day.equals(workspace.planningDate())) {
            workspace.refresh();
        } else {
            workspace.planningDateProperty().set(day);
        }
        return workspace;
    }
}
