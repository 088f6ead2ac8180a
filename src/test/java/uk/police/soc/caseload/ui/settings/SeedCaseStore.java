package uk.police.soc.caseload.ui.settings;

import java.nio.file.Path;
import java.time.LocalDate;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.CaseloadServices;

/** A real H2 store in a temporary folder, holding the worked example as an import of the shared file leaves it. */
final class SeedCaseStore {

    static final Path SEED_CASE = Path.of("..", "shared", "data", "seed-case.json");
    static final LocalDate AS_OF = LocalDate.parse("2022-04-01");

    private SeedCaseStore() {
    }

    static CaseloadService open(Path folder) {
        CaseloadService service = CaseloadServices.open(folder.resolve("db"));
        service.importCaseload(new DatasetReader().read(SEED_CASE), true);
        return service;
    }
}
