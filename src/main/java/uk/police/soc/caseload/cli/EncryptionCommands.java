package uk.police.soc.caseload.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.service.CaseloadService;

/** {@code encrypt} and {@code decrypt}: H2 file encryption on or off, in place. */
final class EncryptionCommands {

    private EncryptionCommands() {
    }

    @Command(name = "encrypt", mixinStandardHelpOptions = true,
            description = {"Encrypts the database file in place (AES), or changes the key of an encrypted one.",
                "The new file password from SOC_PLANNER_DB_PASSWORD, else asked twice; for an encrypted database"
                    + " the current one is asked first. Administrators only. Full-disk encryption comes first:"
                    + " see docs/data-protection.md for what this protects against."})
    static class Encrypt implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DatabaseOption database;

        @Override
        public Integer call() {
            try (CaseloadService service = database.openExisting()) {
                service.access().requireAllowed(uk.police.soc.caseload.domain.access.Operation.ENCRYPT);
                char[] newPassword = service.encrypted()
                        ? SignIn.newFilePassword(spec) : SignIn.filePassword(spec, "the database", true);
                service.changeEncryption(newPassword);
            }
            print(spec, "The database file is now encrypted. Keep its file password safe: without it the data"
                    + " cannot be read, by anyone.");
            return CaseloadCommand.DONE;
        }
    }

    @Command(name = "decrypt", mixinStandardHelpOptions = true,
            description = {"Switches the database file's encryption off, in place.",
                "The current file password from SOC_PLANNER_DB_PASSWORD, else a prompt. Administrators only."})
    static class Decrypt implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DatabaseOption database;

        @Override
        public Integer call() {
            try (CaseloadService service = database.openExisting()) {
                if (!service.encrypted()) {
                    throw new InvalidInputException("--db", "the database is not encrypted");
                }
                service.changeEncryption(null);
            }
            print(spec, "The database file is no longer encrypted.");
            return CaseloadCommand.DONE;
        }
    }

    private static void print(CommandLine.Model.CommandSpec spec, String sentence) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(sentence);
        out.flush();
    }
}
