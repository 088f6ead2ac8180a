package uk.police.soc.caseload.ui;

import java.time.LocalDate;
import uk.police.soc.caseload.service.CaseloadServices;

/** A workspace on the worked example, run synchronously, judged on the example's own date. */
final class WorkedExampleWorkspace {

    static final LocalDate AS_OF = LocalDate.of(2022, 4, 1);

    final InMemoryCaseloadService service = InMemoryCaseloadService.workedExample();
    final RecordingDialogService dialogs = new RecordingDialogService();
    final WorkspaceViewModel workspace =
            new WorkspaceViewModel(service, "test", BackgroundRunner.SYNCHRONOUS, dialogs, CaseloadServices::open);

    WorkedExampleWorkspace() {
        workspace.planningDateProperty().set(AS_OF);
        workspace.refresh();
    }
}
