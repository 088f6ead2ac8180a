package uk.police.soc.caseload.dataset;

import java.nio.file.Path;
import uk.police.soc.caseload.domain.Caseload;

/**
 * Reads {@code soc-caseload/1} documents. PLACEHOLDER signature: the dataset work replaces the body.
 */
public final class DatasetReader {

    /**
     * Parses and validates a dataset file: the JSON Schema, every cross-record rule and real calendar dates.
     *
     * @throws uk.police.soc.caseload.domain.InvalidInputException listing every problem as {@code path: message}
     */
    public Caseload read(Path file) {
        throw new UnsupportedOperationException("dataset reading not yet available");
    }

    /** As {@link #read(Path)}, from the document's text. */
    public Caseload read(String json) {
        throw new UnsupportedOperationException("dataset reading not yet available");
    }
}
