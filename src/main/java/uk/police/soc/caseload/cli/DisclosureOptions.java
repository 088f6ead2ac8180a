package uk.police.soc.caseload.cli;

import picocli.CommandLine.Option;
import uk.police.soc.caseload.domain.access.Disclosure;

/**
 * {@code --reason} and {@code --recipient} of a command that discloses data (s.62: the justification and the
 * recipient); required in sign-in mode. Use with {@code @Mixin}.
 */
public class DisclosureOptions {

    @Option(names = "--reason", paramLabel = "TEXT",
            description = "why the data leaves the planner (required once the database has accounts)")
    String reason;

    @Option(names = "--recipient", paramLabel = "WHO",
            description = "who the file or report is for (required once the database has accounts)")
    String recipient;

    public Disclosure disclosure() {
        return new Disclosure(reason, recipient);
    }
}
