package uk.police.soc.caseload.domain;

/**
 * One thing wrong with some input, as {@code path: message}; the path names the record by id where it has
 * one, e.g. {@code threats[SOC-0007].category: unknown category "MSTH"}.
 */
public record Problem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
