package uk.police.soc.caseload.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.access.Operation;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.CaseloadServices;

/**
 * The {@code (--data FILE | --db PATH) [--as-of DATE]} options shared by the reporting commands, with the
 * account that signs in to {@code --db}. The planning date defaults to the dataset's {@code asOf} with
 * {@code --data}, and to today with {@code --db}.
 */
public class CaseloadSource {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    static class Origin {
        @Option(names = "--data", paramLabel = "FILE", required = true,
                description = "the soc-caseload dataset file to read (or give --db)")
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

    @Option(names = "--user", paramLabel = "NAME",
            description = "with --db: the account to sign in with, required once the database has accounts (the"
                    + " password from SOC_PLANNER_PASSWORD, --password-stdin or a prompt)")
    String user;

    @Mixin
    PasswordOption passwordOption;

    /** The signed-in account's password, read once (environment, standard input or prompt); null if none. */
    String password() {
        return passwordOption.password(command, user);
    }

    /**
     * The caseload, judged on the planning date; from {@code --db} it is read as {@code operation}, whose
     * audit entry (naming {@code records} and {@code detail}) is written after reading.
     */
    public Caseload load(Operation operation, List<String> records, String detail) {
        if (origin.data != null) {
            Caseload caseload = new DatasetReader().read(origin.data);
            return asOf == null ? caseload : caseload.withAsOf(asOf);
        }
        try (CaseloadService service = service()) {
            return service.read(operation, planningDate(), records, detail);
        }
    }

    /** The planning date with {@code --db}: {@code --as-of}, else today. */
    public LocalDate planningDate() {
        return asOf == null ? LocalDate.now() : asOf;
    }

    /** The dataset file; null with {@code --db}. */
    public Path dataFile() {
        return origin.data;
    }

    public boolean fromDatabase() {
        return origin.db != null;
    }

    /** The service over {@code --db}, signed in; only when {@link #fromDatabase()}. */
    public CaseloadService service() {
        CaseloadServices.requireExisting(origin.db);
        char[] filePassword = CaseloadServices.isEncrypted(origin.db)
                ? SignIn.filePassword(command, "the database", false) : null;
        return SignIn.signIn(CaseloadServices.openExisting(origin.db, filePassword), user, this::password, command);
    }
}
