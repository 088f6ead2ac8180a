package uk.police.soc.caseload.cli;

import picocli.CommandLine.Command;

// Placeholder until its issue lands; listed now so that parallel work does not collide in CaseloadCommand.
@Command(name = "recommend", description = "Not yet available.", hidden = true)
public class RecommendCommand implements java.util.concurrent.Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("recommend: not yet available");
        return CaseloadCommand.FAILED;
    }
}
