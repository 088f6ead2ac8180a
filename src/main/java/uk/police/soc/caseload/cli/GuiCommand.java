package uk.police.soc.caseload.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import uk.police.soc.caseload.ui.CaseloadApp;

/** Opens the desktop app. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Opens the desktop app on a database.", "Running the jar with no command does the same."})
public class GuiCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Override
    public Integer call() {
        return CaseloadApp.launchOn(database.path()) ? CaseloadCommand.DONE : CaseloadCommand.FAILED;
    }
}
