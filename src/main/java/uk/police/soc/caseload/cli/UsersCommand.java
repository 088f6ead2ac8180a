package uk.police.soc.caseload.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.police.soc.caseload.dataset.DatasetJson;
import uk.police.soc.caseload.domain.access.Account;
import uk.police.soc.caseload.domain.access.AuditEntry;
import uk.police.soc.caseload.domain.access.NewAccount;
import uk.police.soc.caseload.domain.access.Operation;
import uk.police.soc.caseload.domain.access.Role;
import uk.police.soc.caseload.service.AccessService;
import uk.police.soc.caseload.service.CaseloadService;

/** The accounts of a database (access.md "Commands"): administrators only, but for changing one's own password. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"Manages the accounts that may sign in to a database.",
            "The first account must hold the admin role; from then on every --db command needs --user. Passwords"
                + " come from SOC_PLANNER_PASSWORD (yours) and SOC_PLANNER_NEW_PASSWORD (the one being set), else"
                + " a prompt; never from an argument."},
        subcommands = {UsersCommand.Add.class, UsersCommand.ListAccounts.class, UsersCommand.SetRoles.class,
            UsersCommand.Disable.class, UsersCommand.Enable.class, UsersCommand.ResetPassword.class,
            UsersCommand.ChangePassword.class})
public class UsersCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing users command (add, list, set-roles,"
                + " disable, enable, reset-password, change-password)");
    }

    /** The {@code --username U} of the account a subcommand changes. */
    static class Target {
        @Option(names = "--username", paramLabel = "U", required = true, description = "the account to change")
        String userName;
    }

    /**
     * A subcommand that makes one change to the account {@code --username} names: its own arguments are checked
     * first (exit 2), then it signs in to {@code --db} and makes the change through the service (which checks
     * the role and records the entry), then says in a sentence what was done.
     */
    abstract static class AccountChange implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DatabaseOption database;

        @Mixin
        Target target;

        /** Checks the subcommand's own arguments, before anything is opened. */
        void checkArguments() {
        }

        /** The store signed in to: an existing database. */
        CaseloadService open() {
            return database.openExisting();
        }

        /** Makes the change; returns the sentence that says it is done. */
        abstract String change(AccessService access);

        @Override
        public final Integer call() {
            checkArguments();
            String done;
            try (CaseloadService service = open()) {
                done = change(service.access());
            }
            print(spec, done);
            return CaseloadCommand.DONE;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Creates an account; the first one must hold admin and switches the database to sign-in"
                + " mode.", "The new password from SOC_PLANNER_NEW_PASSWORD, else asked twice (12 characters or more)."})
    static class Add extends AccountChange {
        @Option(names = "--roles", paramLabel = "R[,R...]", required = true,
                description = "admin, manager, supervisor, trainer, viewer (one or more, comma-separated)")
        String roles;

        @Option(names = "--name", paramLabel = "TEXT", description = "the person's name, as people read it (default: none)")
        String name;

        @Option(names = "--officer", paramLabel = "ID",
                description = "the officer this account belongs to, who may then edit the 4P plans of their"
                + " threats (default: none)")
        String officerId;

        private Set<Role> parsed;

        @Override
        void checkArguments() {
            parsed = Role.parseList("--roles", roles);
        }

        /** The first account may go into a database that does not exist yet. */
        @Override
        CaseloadService open() {
            return database.open();
        }

        @Override
        String change(AccessService access) {
            access.requireAllowed(Operation.USERS_ADD);
            String password = SignIn.newPassword(spec, target.userName);
            access.addAccount(new NewAccount(target.userName, name, parsed, officerId), password);
            return "Account " + target.userName + " created with roles " + Role.codes(parsed)
                    + ". The database requires sign-in (--user) from now on.";
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"Lists the accounts: user name, name, roles, officer, locked or disabled, last sign-in.",
                "With --json: {\"users\": [{username, name, roles, officer, locked, disabled, mustChangePassword,"
                    + " lastSignIn}]}."})
    static class ListAccounts implements Callable<Integer> {
        @Mixin
        DatabaseOption database;

        @Mixin
        ReportOutput output;

        @Override
        public Integer call() {
            List<Account> accounts;
            try (CaseloadService service = database.openExisting()) {
                accounts = service.access().accounts();
            }
            Instant now = Instant.now();
            return output.print(() -> {
                ObjectNode root = DatasetJson.mapper().createObjectNode();
                ArrayNode users = root.putArray("users");
                for (Account account : accounts) {
                    ObjectNode node = users.addObject();
                    node.put("username", account.userName());
                    node.put("name", account.displayName());
                    ArrayNode roleList = node.putArray("roles");
                    account.roles().stream().sorted().map(Role::code).forEach(roleList::add);
                    node.put("officer", account.officerId());
                    node.put("locked", account.lockedAt(now));
                    node.put("disabled", account.disabled());
                    node.put("mustChangePassword", account.mustChangePassword());
                    node.put("lastSignIn", account.lastSignIn() == null ? null
                            : AuditEntry.AT_FORMAT.format(account.lastSignIn()));
                }
                return root;
            }, out -> {
                if (accounts.isEmpty()) {
                    out.println("No accounts: the database is in open mode (anyone who can open it may change it).");
                    return;
                }
                TextTable table = new TextTable().left("User name").left("Name").left("Roles").left("Officer")
                        .left("State").left("Last sign-in");
                for (Account account : accounts) {
                    table.row(account.userName(), orDash(account.displayName()), Role.codes(account.roles()),
                            orDash(account.officerId()), state(account, now), account.lastSignIn() == null ? "never"
                                    : AuditEntry.AT_FORMAT.format(account.lastSignIn()));
                }
                table.print(out, "");
            });
        }

        private static String state(Account account, Instant now) {
            if (account.disabled()) {
                return "disabled";
            }
            if (account.lockedAt(now)) {
                return "locked until " + AuditEntry.AT_FORMAT.format(account.lockedUntil());
            }
            return account.mustChangePassword() ? "must change password" : "enabled";
        }

        private static String orDash(String text) {
            return text == null || text.isBlank() ? "-" : text;
        }
    }

    @Command(name = "set-roles", mixinStandardHelpOptions = true, description = "Replaces an account's roles.")
    static class SetRoles extends AccountChange {
        @Option(names = "--roles", paramLabel = "R[,R...]", required = true,
                description = "admin, manager, supervisor, trainer, viewer (one or more, comma-separated)")
        String roles;

        private Set<Role> parsed;

        @Override
        void checkArguments() {
            parsed = Role.parseList("--roles", roles);
        }

        @Override
        String change(AccessService access) {
            access.setRoles(target.userName, parsed);
            return target.userName + " now holds " + Role.codes(parsed) + ".";
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Stops an account signing in (its entries in the audit trail stay).")
    static class Disable extends AccountChange {
        @Override
        String change(AccessService access) {
            access.setEnabled(target.userName, false);
            return target.userName + " is disabled.";
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Lets a disabled account sign in again.")
    static class Enable extends AccountChange {
        @Override
        String change(AccessService access) {
            access.setEnabled(target.userName, true);
            return target.userName + " is enabled.";
        }
    }

    @Command(name = "reset-password", mixinStandardHelpOptions = true,
            description = {"Sets a new password for an account, which must change it at its next sign-in.",
                "The new password from SOC_PLANNER_NEW_PASSWORD, else asked twice. Clears a lockout."})
    static class ResetPassword extends AccountChange {
        @Override
        String change(AccessService access) {
            access.requireAllowed(Operation.USERS_RESET_PASSWORD);
            String password = SignIn.newPassword(spec, target.userName);
            access.resetPassword(target.userName, password);
            return "The password of " + target.userName + " is reset; it must be changed at the next sign-in"
                    + " (users change-password).";
        }
    }

    @Command(name = "change-password", mixinStandardHelpOptions = true,
            description = {"Changes the signed-in account's own password (--user).",
                "The current password from SOC_PLANNER_PASSWORD (or --password-stdin, or a prompt), the new one from"
                    + " SOC_PLANNER_NEW_PASSWORD, else asked twice."})
    static class ChangePassword implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DatabaseOption database;

        @Override
        public Integer call() {
            if (database.user() == null) {
                throw new uk.police.soc.caseload.domain.InvalidInputException("--user",
                        "name the account whose password to change");
            }
            try (CaseloadService service = database.openExisting()) {
                AccessService access = service.access();
                access.requireAllowed(Operation.USERS_CHANGE_PASSWORD);
                String current = database.password();
                String password = SignIn.newPassword(spec, database.user());
                access.changePassword(current == null ? "" : current, password);
            }
            print(spec, "The password of " + database.user() + " is changed.");
            return CaseloadCommand.DONE;
        }
    }

    private static void print(CommandLine.Model.CommandSpec spec, String sentence) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(sentence);
        out.flush();
    }
}
