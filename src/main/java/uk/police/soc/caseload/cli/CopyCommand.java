package uk.police.soc.caseload.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.CaseloadServices;

/** Moves a desk's file to the shared store, or back: everything, exactly, into a new store. */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = {
            "Copies everything one store holds into a new store, exactly: H2 to PostgreSQL, or back.",
            "Everything: the records with their versions and who last changed them, the policy, accounts, the"
                + " audit trail and every other table the planner keeps.",
            "The target must hold no planner schema yet: a new H2 path, or an empty PostgreSQL database. One"
                + " transaction: a copy that fails leaves the target without data. Administrators only; recorded"
                + " in the source's audit trail (and so in the copy) as a disclosure."
        })
public class CopyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", paramLabel = "STORE", required = true, converter = StoreConverter.class,
            description = "the store to copy: an H2 path without .mv.db, or postgresql://HOST[:PORT]/NAME")
    String from;

    @Option(names = "--to", paramLabel = "STORE", required = true, converter = StoreConverter.class,
            description = "the new store: an H2 path that does not exist yet, or an empty PostgreSQL database")
    String to;

    @Option(names = "--user", paramLabel = "NAME",
            description = "the administrator account of --from, required once it has accounts; the password"
                    + " comes from SOC_PLANNER_PASSWORD, --password-stdin or a prompt, never an argument")
    String user;

    @Mixin
    PasswordOption passwordOption;

    @Mixin
    DisclosureOptions disclosure;

    @Override
    public Integer call() {
        if (!CaseloadServices.exists(from)) {
            throw new InvalidInputException("--from", "no database at " + from);
        }
        Map<String, Long> copied;
        try (CaseloadService source = SignIn.signIn(CaseloadServices.openExisting(from,
                CaseloadServices.isEncrypted(from) ? SignIn.filePassword(spec, "the database", false) : null), user,
                () -> passwordOption.password(spec, user), spec)) {
            copied = source.copyTo(to, disclosure.disclosure());
        }
        PrintWriter out = spec.commandLine().getOut();
        long rows = copied.values().stream().mapToLong(Long::longValue).sum();
        out.println("Copied everything from " + from + " to " + to + ": " + rows + " rows in " + copied.size()
                + " tables, checked row by row count.");
        copied.forEach((table, count) -> out.printf("  %-28s %8d%n", table, count));
        out.flush();
        return CaseloadCommand.DONE;
    }
}
