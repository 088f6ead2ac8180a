package uk.police.soc.caseload.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.access.NotAllowedException;
import uk.police.soc.caseload.service.AccessService;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.SessionKind;

/**
 * Signs a command in with {@code --user NAME} (access.md): the password from {@code SOC_PLANNER_PASSWORD}, else
 * standard input with {@code --password-stdin}, else a console prompt; never from an argument. In open mode
 * {@code --user} is ignored with a note.
 */
final class SignIn {

    private SignIn() {
    }

    /** Signs {@code service} in, closing it when that is refused. */
    static CaseloadService signIn(CaseloadService service, String user, Supplier<String> password, CommandSpec command) {
        try {
            AccessService access = service.access();
            if (!access.signInRequired()) {
                if (user != null) {
                    err(command).println("--user: ignored: this database has no accounts (open mode), so anyone who"
                            + " can open it may use it");
                    err(command).flush();
                }
                return service;
            }
            if (user == null) {
                return service; // the operation is refused (and audited) by the service: nobody is signed in
            }
            // No password at all (no console to ask on) is refused and audited by the service too.
            access.signIn(user, password.get(), SessionKind.COMMAND);
            return service;
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
    }

    static Terminal terminal(CommandSpec command) {
        Object root = command.root().userObject();
        return root instanceof CaseloadCommand caseload ? caseload.terminal() : Terminal.system();
    }

    /** The signed-in user's password: environment, then standard input (with the option), then the console. */
    static String currentPassword(CommandSpec command, String user, boolean passwordStdin) {
        Terminal terminal = terminal(command);
        String fromEnvironment = terminal.environment(Terminal.CURRENT_PASSWORD);
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        if (passwordStdin) {
            return terminal.readStandardInputLine();
        }
        char[] typed = terminal.readPassword("Password for " + user + ": ");
        return typed == null ? null : new String(typed);
    }

    /** A new password: {@code SOC_PLANNER_NEW_PASSWORD}, else asked twice on the console. */
    static String newPassword(CommandSpec command, String forWhom) {
        Terminal terminal = terminal(command);
        String fromEnvironment = terminal.environment(Terminal.NEW_PASSWORD);
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        char[] first = terminal.readPassword("New password for " + forWhom + ": ");
        if (first == null) {
            throw new InvalidInputException("new password", "none given: set " + Terminal.NEW_PASSWORD
                    + " or run in a console to be asked");
        }
        char[] again = terminal.readPassword("The same password again: ");
        if (again == null || !Arrays.equals(first, again)) {
            throw new InvalidInputException("new password", "the two passwords typed differ: nothing was changed");
        }
        return new String(first);
    }

    /**
     * The database file password: {@code SOC_PLANNER_DB_PASSWORD}, else a prompt (twice for a new one); refused
     * (exit 3) when there is neither.
     */
    static char[] filePassword(CommandSpec command, String what, boolean confirm) {
        Terminal terminal = terminal(command);
        String fromEnvironment = terminal.environment(Terminal.DATABASE_PASSWORD);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        char[] typed = terminal.readPassword("File password of " + what + ": ");
        if (typed == null) {
            throw new NotAllowedException(Terminal.DATABASE_PASSWORD, what + " is encrypted: set "
                    + Terminal.DATABASE_PASSWORD + " or run in a console to be asked for its file password");
        }
        if (confirm) {
            char[] again = terminal.readPassword("The same file password again: ");
            if (again == null || !Arrays.equals(typed, again)) {
                throw new InvalidInputException(Terminal.DATABASE_PASSWORD, "the two passwords typed differ");
            }
        }
        return typed;
    }

    /** A new file password for re-keying an encrypted database: {@code SOC_PLANNER_NEW_DB_PASSWORD}, else asked twice. */
    static char[] newFilePassword(CommandSpec command) {
        Terminal terminal = terminal(command);
        String fromEnvironment = terminal.environment(Terminal.NEW_DATABASE_PASSWORD);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        char[] typed = terminal.readPassword("New file password: ");
        char[] again = typed == null ? null : terminal.readPassword("The same file password again: ");
        if (typed == null) {
            throw new InvalidInputException(Terminal.NEW_DATABASE_PASSWORD, "no new file password: set "
                    + Terminal.NEW_DATABASE_PASSWORD + " or run in a console to be asked");
        }
        if (again == null || !Arrays.equals(typed, again)) {
            throw new InvalidInputException(Terminal.NEW_DATABASE_PASSWORD, "the two passwords typed differ");
        }
        return typed;
    }

    private static PrintWriter err(CommandSpec command) {
        return command.commandLine().getErr();
    }
}
