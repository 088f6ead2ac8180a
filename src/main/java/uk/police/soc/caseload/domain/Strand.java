package uk.police.soc.caseload.domain;

/** The four strands of a 4P plan, in the order plan health lists missing ones. */
public enum Strand {
    PURSUE, PREVENT, PROTECT, PREPARE
}
