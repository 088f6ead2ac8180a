package uk.police.soc.caseload.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.CaseloadServices;

/**
 * The {@code (--data FILE | --db PATH) [--as-of DATE]} options shared by the reporting commands. The planning
 * date defaults to the dataset's {@code asOf} with {@code --data}, and to today with {@code --db}.
 */
public class CaseloadSource {

    static class Origin {
        @Option(names = "--data", paramLabel = "FILE", required = true,
                description = "the soc-caseload/1 dataset file to read (or give --db)")
        Path data;

        @Option(names = "--db", paramLabel = "PATH", converter = StoreConverter.class, required = true,
                description = "the store to read (or give --data): an H2 database path without .mv.db, or"
                        + " postgresql://HOST[:PORT]/NAME[?sslmode=MODE&user=ROLE]")
        String db;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Origin origin;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "planning date (default: the dataset's asOf with --data, today with --db)")
    LocalDate asOf;

    /** The caseload, judged on the planning date. */
    public Caseload load() {
        if (origin.data != null) {
            Caseload caseload = new DatasetReader().read(origin.data);
            return asOf == null ? caseload : caseload.withAsOf(asOf);
        }
        try (CaseloadService service = service()) {
            return service.load(asOf == null ? LocalDate.now() : asOf);
        }
    }

    /** The dataset file; null with {@code --db}. */
    public Path dataFile() {
        return origin.data;
    }

    public boolean fromDatabase() {
        return origin.db != null;
    }

    /** The service over {@code --db}; only when {@link #fromDatabase()}. */
    public CaseloadService service() {
        return CaseloadServices.openExisting(origin.db);
    }
}
