package uk.police.soc.caseload;

import uk.police.soc.caseload.cli.CaseloadCommand;

/**
 * The jar's entry point. A plain class, not a JavaFX {@code Application}, so that {@code java -jar} starts
 * without JavaFX on the module path. No arguments opens the desktop app; anything else is a command.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        String[] effective = args.length == 0 ? new String[] {"gui"} : args;
        int exitCode = CaseloadCommand.execute(effective);
        if (!(effective.length > 0 && "gui".equals(effective[0]) && exitCode == 0)) {
            System.exit(exitCode);
        }
    }
}
