package uk.police.soc.caseload.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import uk.police.soc.caseload.domain.Dates;
import uk.police.soc.caseload.domain.Echo;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.domain.access.NotAllowedException;
import uk.police.soc.caseload.service.StaleRecordException;
import uk.police.soc.caseload.service.StoreConnectionLostException;
import uk.police.soc.caseload.service.StoreRefusedAccessException;

/**
 * The root of the command line. Exit codes are the contract: 0 done, 2 invalid input (nothing stored
 * changed), 3 not allowed (not signed in, a wrong password, a role that does not allow it, a password the
 * PostgreSQL server refuses; nothing changed), 1 any other failure (including a save
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
            PlanHealthCommand.class,
            HistoryCommand.class,
            TrendCommand.class,
            ReportCommand.class,
            BenchmarkCommand.class,
            UsersCommand.class,
            AuditCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            EncryptionCommands.Encrypt.class,
            EncryptionCommands.Decrypt.class,
            CopyCommand.class,
            SettingsCommand.class,
        })
public class CaseloadCommand implements Runnable {

    private static final Pattern INVALID_VALUE =
            Pattern.compile("Invalid value for (?:option|positional parameter) '([^']+)': (.*)", Pattern.DOTALL);

    /** The longest problem line printed; values inside are already shortened by Echo, this is the backstop. */
    private static final int MAX_LINE = 2000;

    public static final int DONE = 0;
    public static final int FAILED = 1;
    public static final int INVALID_INPUT = 2;
    /** Not allowed: not signed in, a wrong password, a locked account, or a role that does not allow it. */
    public static final int NOT_ALLOWED = 3;

    private final Terminal terminal;

    public CaseloadCommand() {
        this(Terminal.system());
    }

    CaseloadCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    /** Where passwords come from (never from an argument). */
    Terminal terminal() {
        return terminal;
    }

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
        return newCommandLine(Terminal.system());
    }

    /** The command line with passwords from {@code terminal} (tests give their own environment and input). */
    public static CommandLine newCommandLine(Terminal terminal) {
        CommandLine commandLine = new CommandLine(new CaseloadCommand(terminal));
        commandLine.registerConverter(LocalDate.class, CaseloadCommand::date);
        // Whatever writers the caller set, what the command prints reaches them through TerminalText.
        CommandLine.IExecutionStrategy runLast = new CommandLine.RunLast();
        commandLine.setExecutionStrategy(parseResult -> {
            commandLine.setOut(TerminalText.harmless(commandLine.getOut()));
            commandLine.setErr(TerminalText.harmless(commandLine.getErr()));
            return runLast.execute(parseResult);
        });
        // Argument errors (unknown option, malformed date, missing value) are invalid input.
        commandLine.setExitCodeExceptionMapper(CaseloadCommand::exitCodeFor);
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            PrintWriter err = TerminalText.harmless(cmd.getErr());
            if (ex instanceof InvalidInputException invalid) {
                invalid.problems().forEach(p -> err.println(oneLine(p.toString())));
            } else if (ex instanceof NotAllowedException refused) {
                err.println(oneLine(refused.getMessage()));
            } else if (ex instanceof CommandFailedException failed) {
                err.println(oneLine(failed.problem().toString()));
            } else if (ex instanceof StaleRecordException stale) {
                stale.conflicts().forEach(c -> err.println(oneLine(c.toString())));
                err.println("--db: nothing was saved; read the records again and reapply the change");
            } else if (ex instanceof StoreRefusedAccessException || ex instanceof StoreConnectionLostException) {
                err.println(oneLine("--db: " + ex.getMessage()));
            } else {
                err.println(oneLine("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage())));
            }
            err.flush();
            return exitCodeFor(ex);
        });
        commandLine.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = TerminalText.harmless(cmd.getErr());
            // The hint shares the problem's line, so that every line on stderr is one problem.
            err.println(oneLine(problemOf(ex).toString())
                    + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
            err.flush();
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
        return Dates.parse(text).orElseThrow(() -> new CommandLine.TypeConversionException(
                Echo.quoted(text) + " is not a date (YYYY-MM-DD)"));
    }

    /** Problems go one per line, whatever a message from a library holds, and a line stays readable. */
    private static String oneLine(String text) {
        String line = text.strip().replaceAll("\\s*\\R\\s*", " ");
        return line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE) + "… (" + line.length() + " characters)";
    }

    private static int exitCodeFor(Throwable ex) {
        if (ex instanceof InvalidInputException || ex instanceof CommandLine.ParameterException) {
            return INVALID_INPUT;
        }
        if (ex instanceof NotAllowedException || ex instanceof StoreRefusedAccessException) {
            return NOT_ALLOWED;
        }
        return FAILED;
    }
}
