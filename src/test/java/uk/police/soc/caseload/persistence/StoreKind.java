package uk.police.soc.caseload.persistence;

/** The two kinds of store every persistence and service test runs on. */
public enum StoreKind {
    H2,
    POSTGRESQL
}
