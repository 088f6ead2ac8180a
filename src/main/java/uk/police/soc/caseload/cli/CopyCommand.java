package uk.police.soc.caseload.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.police.soc.caseload.service.CaseloadServices;

/** Moves a desk's file to the shared store, or back: everything, exactly, into a new store. */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = {
            "Copies everything one store holds into a new store, exactly: H2 to PostgreSQL, or back.",
            "Everything: the records with their versions and who last changed them, the policy, and every other"
                + " table the planner keeps.",
            "The target must hold no planner schema yet: a new H2 path, or an empty PostgreSQL database. One"
                + " transaction: a copy that fails leaves the target without data."
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

    @Override
    public Integer call() {
        Map<String, Long> copied = CaseloadServices.copy(from, to);
        PrintWriter out = spec.commandLine().getOut();
        long rows = copied.values().stream().mapToLong(Long::longValue).sum();
        out.println("Copied everything from " + from + " to " + to + ": " + rows + " rows in " + copied.size()
                + " tables, checked row by row count.");
        copied.forEach((table, count) -> out.printf("  %-28s %8d%n", table, count));
        out.flush();
        return CaseloadCommand.DONE;
    }
}
