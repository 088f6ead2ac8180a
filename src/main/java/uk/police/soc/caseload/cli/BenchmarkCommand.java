package uk.police.soc.caseload.cli;

import picocli.CommandLine.Command;

// Placeholder until its issue lands; listed now so that parallel work does not collide in CaseloadCommand.
@Command(name = "benchmark", description = "Not yet available.", hidden = true)
public class BenchmarkCommand implements java.util.concurrent.Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("benchmark: not yet available");
        return CaseloadCommand.FAILED;
    }
}
