package uk.police.soc.caseload.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --json} option of the reporting commands and what it decides (use with {@code @Mixin}): one JSON
 * document and nothing else on stdout, or the text for people.
 */
public class ReportOutput {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--json", description = "print one JSON document and nothing else (default: tables and"
            + " sentences for people)")
    boolean json;

    /** Prints the report and returns the command's exit code. */
    int print(Supplier<ObjectNode> document, Consumer<PrintWriter> text) {
        PrintWriter out = command.commandLine().getOut();
        if (json) {
            out.println(FiguresJson.render(document.get()));
        } else {
            text.accept(out);
        }
        out.flush();
        return CaseloadCommand.DONE;
    }
}
