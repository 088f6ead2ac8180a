-- The caseload store, version 1: one table per record kind of the soc-caseload/1 dataset.
-- Every list keeps its order through an ordinal column, so that export gives records back in the order they
-- were imported. References between kinds (a threat's category, officer and so on) are checked by
-- CaseloadValidator with messages naming the record and field; the database keeps keys and child rows.

CREATE TABLE policy (
    id                          INTEGER PRIMARY KEY CHECK (id = 1),
    nominal_capacity_points     DOUBLE PRECISION NOT NULL,
    standard_weekly_hours       DOUBLE PRECISION NOT NULL,
    -- JSON objects and arrays, as in the dataset's policy object
    points_by_priority          CHARACTER VARYING NOT NULL,
    min_skill_level_by_priority CHARACTER VARYING NOT NULL,
    min_pip_level_by_category   CHARACTER VARYING NOT NULL,
    trainee_priorities          CHARACTER VARYING NOT NULL,
    long_absence_days           INTEGER NOT NULL,
    amber_load_percent          DOUBLE PRECISION NOT NULL,
    red_load_percent            DOUBLE PRECISION NOT NULL,
    move_cost_points            DOUBLE PRECISION NOT NULL,
    allow_overload              BOOLEAN NOT NULL
);

CREATE TABLE category (
    code    CHARACTER VARYING PRIMARY KEY,
    ordinal INTEGER NOT NULL,
    name    CHARACTER VARYING NOT NULL
);

CREATE TABLE course (
    code          CHARACTER VARYING PRIMARY KEY,
    ordinal       INTEGER NOT NULL,
    name          CHARACTER VARYING NOT NULL,
    valid_months  INTEGER,
    accredits_lro BOOLEAN NOT NULL,
    category      CHARACTER VARYING
);

CREATE TABLE officer (
    id           CHARACTER VARYING PRIMARY KEY,
    ordinal      INTEGER NOT NULL,
    name         CHARACTER VARYING NOT NULL,
    officer_rank CHARACTER VARYING,
    unit         CHARACTER VARYING,
    area         CHARACTER VARYING,
    weekly_hours DOUBLE PRECISION,
    pip_level    INTEGER NOT NULL,
    mentor_id    CHARACTER VARYING,
    active       BOOLEAN NOT NULL
);

CREATE TABLE officer_skill (
    officer_id  CHARACTER VARYING NOT NULL REFERENCES officer (id) ON DELETE CASCADE,
    category    CHARACTER VARYING NOT NULL,
    skill_level INTEGER NOT NULL,
    PRIMARY KEY (officer_id, category)
);

CREATE TABLE officer_reduction (
    officer_id CHARACTER VARYING NOT NULL REFERENCES officer (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    reason     CHARACTER VARYING NOT NULL,
    percentage DOUBLE PRECISION NOT NULL,
    from_date  DATE,
    until_date DATE,
    PRIMARY KEY (officer_id, ordinal)
);

CREATE TABLE officer_absence (
    officer_id CHARACTER VARYING NOT NULL REFERENCES officer (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    from_date  DATE NOT NULL,
    until_date DATE NOT NULL,
    reason     CHARACTER VARYING,
    PRIMARY KEY (officer_id, ordinal)
);

CREATE TABLE training_record (
    officer_id   CHARACTER VARYING NOT NULL,
    course_code  CHARACTER VARYING NOT NULL,
    completed_on DATE NOT NULL,
    ordinal      INTEGER NOT NULL,
    expires_on   DATE,
    PRIMARY KEY (officer_id, course_code, completed_on)
);

CREATE TABLE threat (
    id              CHARACTER VARYING PRIMARY KEY,
    ordinal         INTEGER NOT NULL,
    name            CHARACTER VARYING NOT NULL,
    category        CHARACTER VARYING NOT NULL,
    priority        INTEGER NOT NULL,
    band            CHARACTER VARYING,
    risk_score      DOUBLE PRECISION,
    workload_points DOUBLE PRECISION,
    min_skill_level INTEGER,
    min_pip_level   INTEGER,
    area            CHARACTER VARYING,
    officer_id      CHARACTER VARYING,
    pinned          BOOLEAN NOT NULL,
    status          CHARACTER VARYING NOT NULL,
    adopted_on      DATE,
    next_review_due DATE
);

CREATE TABLE threat_excluded_officer (
    threat_id  CHARACTER VARYING NOT NULL REFERENCES threat (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    officer_id CHARACTER VARYING NOT NULL,
    PRIMARY KEY (threat_id, ordinal)
);
