package uk.police.soc.caseload.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Problem;

/**
 * The root of the command line. Exit codes are the contract: 0 done, 2 invalid input (nothing stored
 * changed), 1 any other failure. Problems go to stderr, one per line, as {@code path: message}.
 */
@Command(name = "soc-caseload-planner",
        mixinStandardHelpOptions = true,
        version = "SOC Caseload Planner 0.1",
        description = "Plans who leads the force's serious and organised crime threats.",
        subcommands = {
            GuiCommand.class,
            ValidateCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            SummaryCommand.class,
            SolveCommand.class,
            ExplainCommand.class,
            RecommendCommand.class,
            TrainingReportCommand.class,
            BenchmarkCommand.class,
        })
public class CaseloadCommand implements Runnable {

    public static final int DONE = 0;
    public static final int FAILED = 1;
    public static final int INVALID_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** Runs the command line and returns its exit code, without exiting. */
    public static int execute(String... args) {
        return newCommandLine().execute(args);
    }

    public static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new CaseloadCommand());
        // Argument errors (unknown option, malformed date, missing value) are invalid input.
        commandLine.setExitCodeExceptionMapper(CaseloadCommand::exitCodeFor);
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof InvalidInputException invalid) {
                invalid.problems().forEach(p -> cmd.getErr().println(p));
            } else {
                cmd.getErr().println("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            }
            return exitCodeFor(ex);
        });
        commandLine.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println(new Problem("arguments", ex.getMessage()));
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
            return INVALID_INPUT;
        });
        return commandLine;
    }

    private static int exitCodeFor(Throwable ex) {
        if (ex instanceof InvalidInputException || ex instanceof CommandLine.ParameterException) {
            return INVALID_INPUT;
        }
        return FAILED;
    }
}
