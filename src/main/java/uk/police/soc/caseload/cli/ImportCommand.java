package uk.police.soc.caseload.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.access.Operation;
import uk.police.soc.caseload.service.CaseloadService;

/** Stores a dataset in the database: all of it or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {
            "Stores a soc-caseload/1 or soc-caseload/2 dataset file in the database, all of it or nothing.",
            "Without --replace, adds new records and updates those with the same id (training records: same"
                + " officer, course and completion date), keeping the rest; with --replace the database holds"
                + " exactly the dataset afterwards. The dataset's policy settings are stored either way.",
            "A threat's 4P plan in the file replaces its stored plan whole; a threat without one keeps its stored"
                + " plan. Mentoring sessions are added, or updated by mentor, mentee and date. Every threat whose"
                + " officer the import changes gets an entry in the allocation history (reason IMPORT).",
            "An invalid dataset changes nothing: every problem goes to stderr and the exit code is 2."
        })
public class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "FILE", required = true, description = "the soc-caseload/1 or /2 dataset")
    Path data;

    @Mixin
    DatabaseOption database;

    @Option(names = "--replace",
            description = "make the database hold exactly this dataset (default: merge into what is stored)")
    boolean replace;

    @Option(names = "--encrypted", description = "create the new database encrypted (AES), with the file password"
            + " from SOC_PLANNER_DB_PASSWORD or asked twice (default: not encrypted)")
    boolean encrypted;

    @Override
    public Integer call() {
        CaseloadService.ImportSummary summary;
        try (CaseloadService service = encrypted ? database.openNewEncrypted() : database.open()) {
            // Sign-in and role come before the content of the file (access.md: the order of checks).
            service.access().requireAllowed(replace ? Operation.IMPORT_REPLACE : Operation.IMPORT);
            Caseload dataset = new DatasetReader().read(data);
            summary = service.importCaseload(dataset, replace);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(replace
                ? "The database now holds exactly " + data.getFileName() + ", with its policy settings."
                : "Merged " + data.getFileName() + " into the database with its policy settings: records with an id"
                        + " already stored were updated, the others added, and records not in the file were kept.");
        RecordCounts.of(summary).print(out, replace ? "stored" : "added or updated");
        out.flush();
        return CaseloadCommand.DONE;
    }
}
