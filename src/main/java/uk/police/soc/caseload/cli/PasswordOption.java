package uk.police.soc.caseload.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --password-stdin}, and the password of the account that signs in, read once: from
 * {@code SOC_PLANNER_PASSWORD}, else standard input with the option, else a prompt (access.md); use with
 * {@code @Mixin} beside the command's own {@code --user}, whose help says whose account it is. The command's
 * spec is passed in rather than injected, because inside another mixin an injected spec would be that mixin's,
 * whose terminal is not the command's.
 */
public class PasswordOption {

    @Option(names = "--password-stdin", description = "read the password from the first line of standard input"
            + " (default: from SOC_PLANNER_PASSWORD, else a prompt)")
    boolean passwordStdin;

    private String password;

    /** The password of {@code user}, asked through {@code command}'s terminal the first time; null if none. */
    String password(CommandSpec command, String user) {
        if (password == null) {
            password = SignIn.currentPassword(command, user, passwordStdin);
        }
        return password;
    }
}
