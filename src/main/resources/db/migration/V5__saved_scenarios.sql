-- Saved scenarios (issue 14): a manager's "what if" changes, kept by name so that two can be compared later.
-- The changes are stored as the changes file `what-if --changes` reads, so a saved scenario can be exported as is.
-- Portable SQL: the same script runs on H2 and PostgreSQL.

CREATE TABLE scenario (
    name CHARACTER VARYING(200) NOT NULL PRIMARY KEY,
    changes CHARACTER VARYING NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    changed_by CHARACTER VARYING,
    changed_at TIMESTAMP WITH TIME ZONE
);
