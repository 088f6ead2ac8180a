package uk.police.soc.caseload.cli;

import picocli.CommandLine.Command;

// Placeholder until its issue lands; listed now so that parallel work does not collide in CaseloadCommand.
@Command(name = "export", description = "Not yet available.", hidden = true)
public class ExportCommand implements java.util.concurrent.Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("export: not yet available");
        return CaseloadCommand.FAILED;
    }
}
