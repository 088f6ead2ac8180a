package uk.police.soc.caseload.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;
import uk.police.soc.caseload.domain.InvalidInputException;

/** The {@code --from DATE --to DATE} of the history commands (use with {@code @Mixin}): calendar days, both included. */
public class PeriodOptions {

    @Option(names = "--from", paramLabel = "DATE", description = "first day, included (default: as the command's description says)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "last day, included (default: as the command's description says)")
    LocalDate to;

    static void requireOrdered(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException("--from", from + " is after --to " + to);
        }
    }

    void requireOrdered() {
        requireOrdered(from, to);
    }

    /** The period as the audit entry words it: empty when neither end is given. */
    String describe() {
        return (from == null ? "" : " from " + from) + (to == null ? "" : " to " + to);
    }
}
