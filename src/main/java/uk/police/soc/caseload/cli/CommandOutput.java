package uk.police.soc.caseload.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;

/** What a reporting command prints: with --json one JSON document and nothing else, without it the text. */
final class CommandOutput {

    private CommandOutput() {
    }

    /** Prints the report and returns the command's exit code. */
    static int print(CommandSpec spec, boolean json, Supplier<ObjectNode> document, Consumer<PrintWriter> text) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(FiguresJson.render(document.get()));
        } else {
            text.accept(out);
        }
        out.flush();
        return CaseloadCommand.DONE;
    }
}
