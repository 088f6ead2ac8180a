package uk.police.soc.caseload.domain;

public enum ThreatStatus {
    ACTIVE,
    /** Keeps its history; never planned and never counted as load. */
    ARCHIVED
}
