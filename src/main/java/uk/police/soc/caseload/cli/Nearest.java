package uk.police.soc.caseload.cli;

import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;
import uk.police.soc.caseload.domain.EligibilityRule;
import uk.police.soc.caseload.domain.Officer;

/** The nearest officers of an uncoverable threat, as "E2187 (skill); E2230 (notAccredited, pipLevel)". */
final class Nearest {

    private Nearest() {
    }

    static String describe(Map<Officer, EnumSet<EligibilityRule>> nearest) {
        return nearest.entrySet().stream()
                .map(e -> e.getKey().id() + " (" + rules(e.getValue()) + ")")
                .collect(Collectors.joining("; "));
    }

    static String rules(EnumSet<EligibilityRule> rules) {
        return rules.stream().map(EligibilityRule::code).collect(Collectors.joining(", "));
    }
}
