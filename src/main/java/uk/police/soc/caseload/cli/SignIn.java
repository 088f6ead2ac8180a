package uk.police.soc.caseload.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import uk.police.soc.caseload.domain.InvalidInputException;
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

    private static PrintWriter err(CommandSpec command) {
        return command.commandLine().getErr();
    }
}
