package uk.police.soc.caseload.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.police.soc.caseload.domain.access.StoreSettings;
import uk.police.soc.caseload.service.CaseloadService;

/** The store's own settings (access.md): how long the app waits before it locks, and its rolling backups. */
@Command(name = "settings", mixinStandardHelpOptions = true,
        description = {"Shows or changes the database's own settings: the app's idle lock and its rolling backups.",
            "Without an option it shows them. Changing them is for administrators and is recorded in the audit"
                + " trail."})
public class SettingsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--idle-lock-minutes", paramLabel = "N",
            description = "lock the app after N minutes without input, 1 to 1440 (default: unchanged; 15 in a new"
                    + " database)")
    Integer idleLockMinutes;

    @Option(names = "--rolling-backups", paramLabel = "on|off",
            description = "whether the app keeps a daily backup beside the database (default: unchanged)")
    String rollingBackups;

    @Override
    public Integer call() {
        try (CaseloadService service = database.openExisting()) {
            StoreSettings settings = service.access().settings();
            if (idleLockMinutes != null || rollingBackups != null) {
                settings = new StoreSettings(rollingBackups == null ? settings.rollingBackups() : onOff(rollingBackups),
                        idleLockMinutes == null ? settings.idleLockMinutes() : idleLockMinutes);
                service.access().saveSettings(settings);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Idle lock: after %d minutes without input%n", settings.idleLockMinutes());
            out.printf("Rolling backups: %s%n", settings.rollingBackups() ? "on" : "off");
            out.flush();
        }
        return CaseloadCommand.DONE;
    }

    private static boolean onOff(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new uk.police.soc.caseload.domain.InvalidInputException("--rolling-backups",
                    "\"" + value + "\" is neither on nor off");
        };
    }
}
