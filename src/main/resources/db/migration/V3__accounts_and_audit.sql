-- Accountable use (access.md): accounts with roles, the append-only hash-chained audit trail, and a few
-- store-wide settings (rolling backups, the idle lock). Portable SQL: runs on H2 2.5 and PostgreSQL 14.

CREATE TABLE account (
    user_name            CHARACTER VARYING(64) PRIMARY KEY,
    display_name         CHARACTER VARYING,
    -- comma-separated role codes, e.g. 'admin,manager'
    roles                CHARACTER VARYING NOT NULL,
    officer_id           CHARACTER VARYING,
    -- an Argon2id hash in the library's encoded form (algorithm, parameters and salt inside)
    password_hash        CHARACTER VARYING NOT NULL,
    must_change_password BOOLEAN NOT NULL,
    failed_attempts      INTEGER NOT NULL,
    locked_until         TIMESTAMP WITH TIME ZONE,
    disabled             BOOLEAN NOT NULL,
    last_sign_in         TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT NOT NULL DEFAULT 0
);

-- Append-only: the planner only ever inserts here (no version column). seq has no gaps; hash chains each
-- entry to the one before. The instant is kept as its ISO 8601 text, exactly as hashed and shown.
CREATE TABLE audit_entry (
    seq           BIGINT PRIMARY KEY,
    at_utc        CHARACTER VARYING(24) NOT NULL,
    user_name     CHARACTER VARYING NOT NULL,
    action        CHARACTER VARYING NOT NULL,
    category      CHARACTER VARYING NOT NULL,
    records       CHARACTER VARYING,
    detail        CHARACTER VARYING,
    justification CHARACTER VARYING,
    recipient     CHARACTER VARYING,
    outcome       CHARACTER VARYING NOT NULL,
    hash          CHARACTER VARYING(64) NOT NULL
);

CREATE INDEX audit_entry_user ON audit_entry (user_name);
CREATE INDEX audit_entry_at ON audit_entry (at_utc);

CREATE TABLE store_setting (
    name    CHARACTER VARYING PRIMARY KEY,
    setting_value CHARACTER VARYING NOT NULL,
    version BIGINT NOT NULL DEFAULT 0
);
