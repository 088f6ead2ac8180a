package uk.police.soc.caseload.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.police.soc.caseload.ui.CaseloadApp;

/** Opens the desktop app. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Opens the desktop app on a database.", "Running the jar with no command does the same."})
public class GuiCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH", converter = StoreConverter.class, description = DatabaseOption.DB_DESCRIPTION)
    String db;

    @Override
    public Integer call() {
        return CaseloadApp.launchOn(db) ? CaseloadCommand.DONE : CaseloadCommand.FAILED;
    }
}
