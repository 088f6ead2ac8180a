package uk.police.soc.caseload.report.training;

/** What a training suggestion asks a trainer to do. The {@link #code()} is the name the JSON output uses. */
public enum TrainingAction {
    /** Accreditation as an LRO. */
    LRO_COURSE("lroCourse"),
    /** A category's skill raised to the level a threat needs. */
    SKILL_TRAINING("skillTraining"),
    /** The PIP level a threat needs. */
    PIP_TRAINING("pipTraining"),
    /** More than one of the above for the same officer. */
    COMBINED_TRAINING("combinedTraining"),
    /** An LRO accreditation renewed before it expires. */
    RENEW_ACCREDITATION("renewAccreditation"),
    /** An accredited mentor for a trainee. */
    ASSIGN_MENTOR("assignMentor");

    private final String code;

    TrainingAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
