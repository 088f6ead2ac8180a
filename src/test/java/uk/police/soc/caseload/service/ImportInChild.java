package uk.police.soc.caseload.service;

import java.nio.file.Path;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.domain.Caseload;

/** A child process that merges a dataset into a database, as {@code import --data FILE --db PATH} does. */
public final class ImportInChild {

    private ImportInChild() {
    }

    public static void main(String[] args) {
        Path database = Path.of(args[0]);
        Caseload dataset = new DatasetReader().read(Path.of(args[1]));
        try (CaseloadService service = CaseloadServices.open(database)) {
            System.out.println("importing");
            System.out.flush();
            service.importCaseload(dataset, false);
        }
        System.out.println("imported");
        System.out.flush();
    }
}
