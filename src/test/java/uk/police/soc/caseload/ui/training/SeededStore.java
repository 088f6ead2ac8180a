package uk.police.soc.caseload.ui.training;

import java.nio.file.Path;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.report.training.TrainingFixtures;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.CaseloadServices;

/** A real H2 store in a temporary folder holding the worked example, as the app would have it after import. */
final class SeededStore {

    private SeededStore() {
    }

    static CaseloadService open(Path folder) {
        return open(folder, TrainingFixtures.seedCase());
    }

    static CaseloadService open(Path folder, Caseload caseload) {
        CaseloadService service = CaseloadServices.open(folder.resolve("caseload"));
        service.importCaseload(caseload, true);
        return service;
    }
}
