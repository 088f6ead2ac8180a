package uk.police.soc.caseload.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.police.soc.caseload.dataset.DatasetWriter;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.service.CaseloadService;

/** Writes everything stored as one dataset. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes everything in the database as a soc-caseload/1 dataset, with every policy setting.")
public class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the dataset file to write")
    Path out;

    @Mixin
    DatabaseOption database;

    @Option(names = "--as-of", paramLabel = "DATE", description = "the dataset's planning date (default: today)")
    LocalDate asOf;

    @Override
    public Integer call() {
        Caseload caseload;
        try (CaseloadService service = database.openExisting()) {
            caseload = service.load(asOf == null ? LocalDate.now() : asOf);
        }
        new DatasetWriter().write(caseload, out);
        PrintWriter console = spec.commandLine().getOut();
        console.printf("Exported %d threats, %d officers, %d training records, %d courses and %d categories"
                        + " as of %s to %s.%n", caseload.threats().size(), caseload.officers().size(),
                caseload.trainingRecords().size(), caseload.courses().size(), caseload.categories().size(),
                caseload.asOf(), out);
        console.flush();
        return CaseloadCommand.DONE;
    }
}
