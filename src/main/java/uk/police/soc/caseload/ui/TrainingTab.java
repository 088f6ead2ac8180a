package uk.police.soc.caseload.ui;

/** The tabs of the Training screen, in their order there, so other screens can open one of them. */
public enum TrainingTab {
    MATRIX,
    GAP_REPORT,
    RECORDS,
    COURSES,
    MENTORING
}
