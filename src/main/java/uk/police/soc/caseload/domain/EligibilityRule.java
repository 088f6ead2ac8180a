package uk.police.soc.caseload.domain;

/**
 * The rules an officer must meet to lead a threat. The {@link #code()} is the name reports and the JSON
 * output use; the order is the order reports list them in.
 */
public enum EligibilityRule {
    INACTIVE("inactive", "has left the unit"),
    LONG_ABSENT("longAbsent", "is on a long absence"),
    NO_CAPACITY("noCapacity", "has no capacity (reductions take it all)"),
    NOT_ACCREDITED("notAccredited", "is not an accredited LRO (nor a mentored trainee allowed this priority)"),
    SKILL("skill", "lacks the skill level the threat's category needs"),
    PIP_LEVEL("pipLevel", "is below the PIP level the threat needs"),
    EXCLUDED("excluded", "is excluded from this threat (e.g. a conflict of interest)");

    private final String code;
    private final String explanation;

    EligibilityRule(String code, String explanation) {
        this.code = code;
        this.explanation = explanation;
    }

    public String code() {
        return code;
    }

    /** Completes the sentence "The officer ...". */
    public String explanation() {
        return explanation;
    }
}
