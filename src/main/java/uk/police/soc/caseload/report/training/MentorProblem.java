package uk.police.soc.caseload.report.training;

/** Why a trainee's named mentor cannot mentor them on the planning date; worded by {@code presentation}. */
public enum MentorProblem {
    /** No officer on record has the mentor's id. */
    NOT_ON_RECORD,
    /** The mentor is no longer active in the unit. */
    LEFT_THE_UNIT,
    /** The mentor is active but not an accredited LRO. */
    NOT_ACCREDITED
}
