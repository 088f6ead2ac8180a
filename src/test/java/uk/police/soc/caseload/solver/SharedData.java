package uk.police.soc.caseload.solver;

import java.nio.file.Path;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.domain.Caseload;

/** The shared example datasets, found beside the project as the brief lays them out. */
final class SharedData {

    static final Path DIRECTORY = Path.of("..", "shared", "data");

    private SharedData() {
    }

    static Path path(String name) {
        return DIRECTORY.resolve(name);
    }

    static Caseload read(String name) {
        return new DatasetReader().read(path(name));
    }
}
