package uk.police.soc.caseload.domain;

/**
 * The rules an officer must meet to lead a threat. The {@link #code()} is the name reports and the JSON
 * output use; the order is the order reports list them in.
 */
public enum EligibilityRule {
    INACTIVE("inactive", "has left the unit", "left the unit"),
    LONG_ABSENT("longAbsent", "is on a long absence", "long absence"),
    NO_CAPACITY("noCapacity", "has no capacity (reductions take it all)", "no capacity"),
    NOT_ACCREDITED("notAccredited", "is not an accredited LRO (nor a mentored trainee allowed this priority)",
            "not an accredited LRO"),
    SKILL("skill", "lacks the skill level the threat's category needs", "skill level too low"),
    PIP_LEVEL("pipLevel", "is below the PIP level the threat needs", "PIP level too low"),
    EXCLUDED("excluded", "is excluded from this threat (e.g. a conflict of interest)", "excluded (conflict)");

    private final String code;
    private final String explanation;
    private final String label;

    EligibilityRule(String code, String explanation, String label) {
        this.code = code;
        this.explanation = explanation;
        this.label = label;
    }

    /** The rule in a few words, for lists and table cells ("not an accredited LRO"), where the code is jargon. */
    public String label() {
        return label;
    }

    /** The rule whose code this is, e.g. notAccredited. */
    public static java.util.Optional<EligibilityRule> ofCode(String code) {
        for (EligibilityRule rule : values()) {
            if (rule.code.equals(code)) {
                return java.util.Optional.of(rule);
            }
        }
        return java.util.Optional.empty();
    }

    public String code() {
        return code;
    }

    /** Completes the sentence "The officer ...". */
    public String explanation() {
        return explanation;
    }
}
