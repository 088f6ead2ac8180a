package uk.police.soc.caseload.cli;

import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;
import uk.police.soc.caseload.domain.EligibilityRule;
import uk.police.soc.caseload.domain.Officer;

/**
 * The nearest officers of an uncoverable threat, in words: "DS Ravi Shah (E2187): skill level too low; DC Kate
 * Walsh (E2230): not an accredited LRO, PIP level too low". The codes stay in the --json output only.
 */
final class Nearest {

    private Nearest() {
    }

    static String describe(Map<Officer, EnumSet<EligibilityRule>> nearest) {
        return nearest.entrySet().stream()
                .map(e -> uk.police.soc.caseload.presentation.Names.officer(e.getKey()) + ": " + rules(e.getValue()))
                .collect(Collectors.joining("; "));
    }

    static String rules(EnumSet<EligibilityRule> rules) {
        return rules.stream().map(EligibilityRule::label).collect(Collectors.joining(", "));
    }

    /** Rule codes as a report holds them ("skill", "notAccredited"), in words; an unknown code stays as it is. */
    static String ruleCodes(java.util.List<String> codes) {
        return codes.stream().map(code -> EligibilityRule.ofCode(code).map(EligibilityRule::label).orElse(code))
                .collect(Collectors.joining(", "));
    }
}
