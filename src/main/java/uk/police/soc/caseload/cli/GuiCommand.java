package uk.police.soc.caseload.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.police.soc.caseload.ui.CaseloadApp;

/** Opens the desktop app. */
@Command(name = "gui", description = "Open the desktop app on a database (default: your own).")
public class GuiCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH", description = "H2 database path without .mv.db")
    Path db;

    @Override
    public Integer call() {
        return CaseloadApp.launchOn(db) ? CaseloadCommand.DONE : CaseloadCommand.FAILED;
    }
}
