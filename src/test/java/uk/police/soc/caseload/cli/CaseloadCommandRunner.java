package uk.police.soc.caseload.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process with its output captured, as the tests see it. */
public final class CaseloadCommandRunner {

    public record Result(int exitCode, String out, String err) {
    }

    private CaseloadCommandRunner() {
    }

    public static Result run(String... args) {
        return run(FakeTerminal.none(), args);
    }

    /** As {@link #run(String...)}, with passwords from {@code terminal}. */
    public static Result run(Terminal terminal, String... args) {
        CommandLine commandLine = CaseloadCommand.newCommandLine(terminal);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }
}
