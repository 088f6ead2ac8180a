package uk.police.soc.caseload.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.service.BackupSummary;
import uk.police.soc.caseload.service.CaseloadServices;

/** A new database from a backup file. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Makes a new database from a backup file, exactly as it was backed up.",
            "Refuses a --db that already holds a database. A backup with accounts needs --user naming one of its"
                + " administrators; an encrypted backup needs its file password (SOC_PLANNER_DB_PASSWORD or a"
                + " prompt) and makes an encrypted database. The restore is recorded at the end of the restored"
                + " audit trail."})
public class RestoreCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", paramLabel = "FILE", required = true, description = "the backup file")
    Path from;

    @Option(names = "--db", paramLabel = "PATH", converter = StoreConverter.class, required = true,
            description = "where to create the new database (required: never the default): an H2 path without"
                    + " .mv.db, or postgresql://HOST[:PORT]/NAME of a database with no planner data")
    String db;

    @Option(names = "--user", paramLabel = "NAME",
            description = "an administrator of the backup, required when it holds accounts (the password from"
                    + " SOC_PLANNER_PASSWORD, --password-stdin or a prompt)")
    String user;

    @Mixin
    PasswordOption passwordOption;

    @Override
    public Integer call() {
        if (CaseloadServices.exists(db)) {
            throw new InvalidInputException("--db", db + " already holds a database: restore makes a new one"
                    + " (choose a new path, or move that file away first)");
        }
        BackupSummary summary = CaseloadServices.restore(from, db, user,
                () -> user == null ? null : passwordOption.password(spec, user),
                () -> SignIn.filePassword(spec, "the backup " + from.getFileName(), false));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Restored %s into the new database %s%s: %s.%n", from, summary.store(),
                summary.encrypted() ? " (encrypted with the backup's file password)" : "", describe(summary));
        out.flush();
        return CaseloadCommand.DONE;
    }

    /** "31 threats, 10 officers, 6 accounts, 57 audit entries, …". */
    static String describe(BackupSummary summary) {
        return String.join(", ",
                Wording.count((int) summary.rows("threat"), "threat"),
                Wording.count((int) summary.rows("officer"), "officer"),
                Wording.count((int) summary.rows("training_record"), "training record"),
                Wording.count((int) summary.rows("account"), "account"),
                Wording.count(summary.rows("audit_entry"), "audit entry", "audit entries"))
                + " and " + summary.rowsByTable().size() + " tables in all";
    }
}
