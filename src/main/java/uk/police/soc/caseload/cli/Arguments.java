package uk.police.soc.caseload.cli;

import uk.police.soc.caseload.domain.InvalidInputException;

/** Checks of option values that picocli's types cannot express. */
final class Arguments {

    private Arguments() {
    }

    static void requireAtLeast(String option, long value, long minimum) {
        if (value < minimum) {
            throw new InvalidInputException(option, "must be at least " + minimum + ", not " + value);
        }
    }
}
