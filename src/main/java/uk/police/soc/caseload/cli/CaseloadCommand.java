package uk.police.soc.caseload.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.service.StaleRecordException;
import uk.police.soc.caseload.service.StoreConnectionLostException;
import uk.police.soc.caseload.service.StoreRefusedAccessException;

/**
 * The root of the command line. Exit codes are the contract: 0 done, 2 invalid input (nothing stored
 * changed), 3 not allowed (e.g. a password the PostgreSQL server refuses), 1 any other failure (including a save
 * refused because another desk changed the record, and a store that cannot be reached). Problems go to stderr, one per line, as {@code path: message}.
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
            ResilienceCommand.class,
            WhatIfCommand.class,
            TrainingReportCommand.class,
            BenchmarkCommand.class,
        })
public class CaseloadCommand implements Runnable {

    private static final Pattern INVALID_VALUE =
            Pattern.compile("Invalid value for (?:option|positional parameter) '([^']+)': (.*)", Pattern.DOTALL);

    public static final int DONE = 0;
    public static final int FAILED = 1;
    public static final int INVALID_INPUT = 2;
    public static final int NOT_ALLOWED = 3;

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
        commandLine.registerConverter(LocalDate.class, CaseloadCommand::date);
        // Argument errors (unknown option, malformed date, missing value) are invalid input.
        commandLine.setExitCodeExceptionMapper(CaseloadCommand::exitCodeFor);
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof InvalidInputException invalid) {
                invalid.problems().forEach(p -> cmd.getErr().println(oneLine(p.toString())));
            } else if (ex instanceof CommandFailedException failed) {
                cmd.getErr().println(oneLine(failed.problem().toString()));
            } else if (ex instanceof StaleRecordException stale) {
                stale.conflicts().forEach(c -> cmd.getErr().println(oneLine(c.toString())));
                cmd.getErr().println("--db: nothing was saved; read the records again and reapply the change");
            } else if (ex instanceof StoreRefusedAccessException || ex instanceof StoreConnectionLostException) {
                cmd.getErr().println(oneLine("--db: " + ex.getMessage()));
            } else {
                cmd.getErr().println(oneLine("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage())));
            }
            return exitCodeFor(ex);
        });
        commandLine.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            // The hint shares the problem's line, so that every line on stderr is one problem.
            cmd.getErr().println(oneLine(problemOf(ex).toString())
                    + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
            return INVALID_INPUT;
        });
        return commandLine;
    }

    /** An argument error named by its option, e.g. {@code --as-of: "2022-13-01" is not a date (YYYY-MM-DD)}. */
    static Problem problemOf(CommandLine.ParameterException ex) {
        String message = ex.getMessage().replaceFirst("^Error: ", "");
        Matcher invalidValue = INVALID_VALUE.matcher(message);
        if (invalidValue.matches()) {
            return new Problem(invalidValue.group(1), invalidValue.group(2));
        }
        if (ex.getArgSpec() instanceof CommandLine.Model.OptionSpec option
                && !(ex instanceof CommandLine.MissingParameterException)) {
            return new Problem(option.longestName(), message);
        }
        return new Problem("arguments", message);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("\"" + text + "\" is not a date (YYYY-MM-DD)");
        }
    }

    /** Problems go one per line, whatever a message from a library holds. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static int exitCodeFor(Throwable ex) {
        if (ex instanceof InvalidInputException || ex instanceof CommandLine.ParameterException) {
            return INVALID_INPUT;
        }
        if (ex instanceof StoreRefusedAccessException) {
            return NOT_ALLOWED;
        }
        return FAILED;
    }
}
