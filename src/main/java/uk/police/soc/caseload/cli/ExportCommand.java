package uk.police.soc.caseload.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.police.soc.caseload.dataset.DatasetFormat;
import uk.police.soc.caseload.dataset.DatasetWriter;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.access.Operation;
import uk.police.soc.caseload.service.CaseloadService;

/** Writes everything stored as one dataset. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes everything in the database to a soc-caseload/2 dataset file.",
            "The file holds every record, 4P plan, mentoring session and policy setting, dated --as-of; importing"
                + " it gives back the same data. The allocation and workload history stay in the database.",
            "--format soc-caseload/1 writes the older version for tools that read only that; it cannot carry 4P"
                + " plans or mentoring sessions, so it refuses (exit 2) when the database holds any, unless"
                + " --drop-evidence."})
public class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the dataset file to write")
    Path out;

    @Mixin
    DatabaseOption database;

    @Option(names = "--as-of", paramLabel = "DATE", description = "the dataset's planning date (default: today)")
    LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "soc-caseload/2",
            description = "soc-caseload/2 (default) or soc-caseload/1")
    String format;

    @Option(names = "--drop-evidence",
            description = "with --format soc-caseload/1: leave out the 4P plans and mentoring sessions it cannot carry"
                    + " (default: refuse to)")
    boolean dropEvidence;

    @Mixin
    DisclosureOptions disclosure;

    @Override
    public Integer call() {
        DatasetFormat version = DatasetFormat.of(format).orElseThrow(() -> new InvalidInputException("--format",
                "expected " + DatasetFormat.labels() + ", got \"" + format + "\""));
        if (dropEvidence && version != DatasetFormat.V1) {
            throw new InvalidInputException("--drop-evidence", "only with --format " + DatasetFormat.V1.label()
                    + " (" + DatasetFormat.V2.label() + " carries the evidence)");
        }
        OutputFile.checkWritable(out);
        Caseload caseload;
        try (CaseloadService service = database.openExisting()) {
            LocalDate day = asOf == null ? service.today() : asOf;
            if (version == DatasetFormat.V1 && !dropEvidence) {
                // Refused before the disclosure is recorded: invalid input writes nothing (access.md).
                service.access().requireAllowed(Operation.EXPORT);
                requireNoEvidence(service.load(day));
            }
            // The disclosure is recorded before the file is written (access.md).
            caseload = service.disclose(Operation.EXPORT, disclosure.disclosure(), day,
                    "dataset file " + out.getFileName() + " (" + version.label() + ")");
        }
        OutputFile.write(new DatasetWriter().toJson(caseload, version), out);
        PrintWriter console = spec.commandLine().getOut();
        console.printf("Exported the database as of %s to %s (%s).%n", caseload.asOf(), out, version.label());
        if (version == DatasetFormat.V1 && caseload.hasEvidence()) {
            console.println("Left out, as asked: the 4P plans and mentoring sessions (" + DatasetFormat.V1.label()
                    + " cannot carry them).");
        }
        RecordCounts.of(caseload).print(console, "written");
        console.flush();
        return CaseloadCommand.DONE;
    }

    private static void requireNoEvidence(Caseload caseload) {
        if (caseload.hasEvidence()) {
            long plans = caseload.plans().values().stream().filter(p -> !p.isEmpty()).count();
            throw new InvalidInputException("--format", DatasetFormat.V1.label() + " cannot carry the "
                    + Wording.count(plans, "4P plan") + " and " + Wording.count(caseload.mentoringSessions().size(),
                            "mentoring session") + " the database holds: export " + DatasetFormat.V2.label()
                    + ", or add --drop-evidence to leave them out");
        }
    }
}
