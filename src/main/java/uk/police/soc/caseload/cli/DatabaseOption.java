package uk.police.soc.caseload.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.CaseloadServices;

/**
 * The optional {@code --db STORE} of commands that always work on a database, with the account that signs in
 * ({@code --user NAME}, {@code --password-stdin}); use with {@code @Mixin}.
 */
public class DatabaseOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--db", paramLabel = "PATH", converter = StoreConverter.class, description = DB_DESCRIPTION)
    String db;

    /** What {@code --db} takes, the same on every command. */
    static final String DB_DESCRIPTION = "the store: an H2 database path without .mv.db, or a shared PostgreSQL"
            + " database as postgresql://HOST[:PORT]/NAME[?sslmode=MODE&user=ROLE] (password from PGPASSWORD or"
            + " .pgpass, never in the URL); default: the app's database in your data folder";

    @Option(names = "--user", paramLabel = "NAME",
            description = "the account to sign in with, required once the database has accounts; the password"
                    + " comes from SOC_PLANNER_PASSWORD, --password-stdin or a prompt, never an argument")
    String user;

    @Mixin
    PasswordOption passwordOption;

    /** The signed-in account's password, read once (environment, standard input or prompt); null if none. */
    String password() {
        return passwordOption.password(command, user);
    }

    /** The service over {@code --db}, or over the user's default database, signed in; the caller closes it. */
    public CaseloadService open() {
        return SignIn.signIn(CaseloadServices.open(db, filePassword()), user, this::password, command);
    }

    /** As {@link #open()}, but a database that does not exist yet is invalid input rather than created. */
    public CaseloadService openExisting() {
        CaseloadServices.requireExisting(db); // an absent database is invalid input, before any prompt
        return SignIn.signIn(CaseloadServices.openExisting(db, filePassword()), user, this::password, command);
    }

    /** As {@link #open()} for a database that must be new, created encrypted ({@code --encrypted}). */
    public CaseloadService openNewEncrypted() {
        if (CaseloadServices.exists(db)) {
            throw new uk.police.soc.caseload.domain.InvalidInputException("--encrypted", "is for a new database;"
                    + " encrypt an existing one with the encrypt command");
        }
        char[] filePassword = SignIn.filePassword(command, "the new database", true);
        return SignIn.signIn(CaseloadServices.open(db, filePassword), user, this::password, command);
    }

    /** The file password of an encrypted {@code --db}, else null. */
    char[] filePassword() {
        return CaseloadServices.isEncrypted(db) ? SignIn.filePassword(command, "the database", false) : null;
    }

    /** The store as given, or null for the default database. */
    public String store() {
        return db;
    }

    public String user() {
        return user;
    }
}
