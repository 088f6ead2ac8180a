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
import uk.police.soc.caseload.domain.access.Operation;
import uk.police.soc.caseload.service.CaseloadService;

/** Writes everything stored as one dataset. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes everything in the database to a soc-caseload/1 dataset file.",
            "The file holds every record and every policy setting, dated --as-of; importing it gives back the same"
                + " data."})
public class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the dataset file to write")
    Path out;

    @Mixin
    DatabaseOption database;

    @Option(names = "--as-of", paramLabel = "DATE", description = "the dataset's planning date (default: today)")
    LocalDate asOf;

    @Mixin
    DisclosureOptions disclosure;

    @Override
    public Integer call() {
        OutputFile.checkWritable(out);
        Caseload caseload;
        try (CaseloadService service = database.openExisting()) {
            // The disclosure is recorded before the file is written (access.md).
            caseload = service.disclose(Operation.EXPORT, disclosure.disclosure(), asOf == null ? LocalDate.now() : asOf,
                    "dataset file " + out.getFileName());
        }
        OutputFile.write(new DatasetWriter().toJson(caseload), out);
        PrintWriter console = spec.commandLine().getOut();
        console.printf("Exported the database as of %s to %s.%n", caseload.asOf(), out);
        RecordCounts.of(caseload).print(console, "written");
        console.flush();
        return CaseloadCommand.DONE;
    }
}
