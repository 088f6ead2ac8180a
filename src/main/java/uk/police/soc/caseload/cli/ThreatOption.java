package uk.police.soc.caseload.cli;

import picocli.CommandLine.Option;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.InvalidInputException;

/** The {@code --threat ID} of the commands about one threat (use with {@code @Mixin}). */
public class ThreatOption {

    @Option(names = "--threat", paramLabel = "ID", required = true, description = "the threat's id")
    String threatId;

    /** The threat's id, once the caseload is known to hold it. */
    String requireIn(Caseload caseload) {
        return require(caseload, threatId);
    }

    /** {@code threatId}, once the caseload is known to hold it; else invalid input naming {@code --threat}. */
    static String require(Caseload caseload, String threatId) {
        if (caseload.threat(threatId).isEmpty()) {
            throw new InvalidInputException("--threat", "no threat \"" + threatId + "\" on the caseload");
        }
        return threatId;
    }
}
