package uk.police.soc.caseload.cli;

import uk.police.soc.caseload.domain.Problem;

/** A failure that is not the user's input (exit code 1), named by the path it concerns. */
class CommandFailedException extends RuntimeException {

    private final transient Problem problem;

    CommandFailedException(String path, String message, Throwable cause) {
        super(path + ": " + message, cause);
        this.problem = new Problem(path, message);
    }

    Problem problem() {
        return problem;
    }
}
