package uk.police.soc.caseload.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.police.soc.caseload.service.BackupSummary;
import uk.police.soc.caseload.service.CaseloadService;

/** An online, consistent copy of the whole database in one portable file. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Copies everything in the database to one portable backup file, while others use it.",
            "Records, policy, accounts, the audit trail and every other table, as of one moment; readable by its"
                + " owner only, and encrypted with the database's file password when the database is encrypted."
                + " Administrators only; recorded in the audit trail (and in the backup) as a disclosure."})
public class BackupCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the backup file to write")
    Path out;

    @Mixin
    DisclosureOptions disclosure;

    @Override
    public Integer call() {
        OutputFile.checkWritable(out);
        BackupSummary summary;
        try (CaseloadService service = database.openExisting()) {
            summary = service.backup(out, disclosure.disclosure());
        }
        PrintWriter console = spec.commandLine().getOut();
        console.printf("Backed up the database to %s%s: %s.%n", out, summary.encrypted() ? " (encrypted)" : "",
                RestoreCommand.describe(summary));
        console.flush();
        return CaseloadCommand.DONE;
    }
}
