package uk.police.soc.caseload.dataset;

import java.nio.file.Path;
import uk.police.soc.caseload.domain.Caseload;

/**
 * Writes {@code soc-caseload/1} documents. PLACEHOLDER signature: the dataset work replaces the body.
 */
public final class DatasetWriter {

    /** The caseload as a valid dataset, with every policy setting written. */
    public String toJson(Caseload caseload) {
        throw new UnsupportedOperationException("dataset writing not yet available");
    }

    public void write(Caseload caseload, Path file) {
        throw new UnsupportedOperationException("dataset writing not yet available");
    }
}
