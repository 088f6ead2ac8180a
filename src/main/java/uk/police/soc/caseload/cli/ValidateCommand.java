package uk.police.soc.caseload.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.domain.Caseload;

/** Checks a dataset file against the format and every rule, changing nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks a soc-caseload/1 or soc-caseload/2 dataset file, changing nothing.",
            "Checks its shape, its dates and every cross-record rule. Valid: prints what it holds, exit code 0."
                + " Invalid: every problem on stderr, one per line as 'path: message', exit code 2."})
public class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "FILE", required = true, description = "the dataset to check")
    Path data;

    @Override
    public Integer call() {
        DatasetReader.Document document = new DatasetReader().readDocument(data);
        Caseload caseload = document.caseload();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s is a valid %s dataset as of %s.%n", data, document.format().label(), caseload.asOf());
        RecordCounts.of(caseload).print(out, "count");
        out.flush();
        return CaseloadCommand.DONE;
    }
}
