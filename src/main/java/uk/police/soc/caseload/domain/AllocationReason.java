package uk.police.soc.caseload.domain;

/** Why a threat's LRO changed, as the allocation history records it. */
public enum AllocationReason {
    /** A new threat created with an officer. */
    NEW_THREAT,
    /** An accepted planner proposal; the rationale is the planner's explanation. */
    PLANNER,
    WORKLOAD,
    SKILLS,
    CONFLICT,
    OFFICER_UNAVAILABLE,
    /** A dataset import changed it. */
    IMPORT,
    OTHER;

    /** The reasons a person may give for a move by hand (the others are recorded by the planner itself). */
    public static final java.util.List<AllocationReason> MANUAL =
            java.util.List.of(WORKLOAD, SKILLS, CONFLICT, OFFICER_UNAVAILABLE, OTHER);
}
