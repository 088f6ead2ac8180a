package uk.police.soc.caseload.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that breaks the format or the policy's rules: a dataset, a CSV file, an edit or an argument. Nothing
 * stored is changed when it is thrown. The command line maps it to exit code 2.
 */
public class InvalidInputException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String path, String message) {
        this(List.of(new Problem(path, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
