-- SOC Caseload Planner: the shared PostgreSQL database and its roles (docs/shared-store.md).
-- Run as a PostgreSQL superuser (or a role with CREATEROLE and CREATEDB), e.g. with psql:
--   psql -v owner_password="'…'" -f shared-store-roles.sql        (part 1)
-- Replace the passwords; never put them in a planner URL.

-- Part 1, on the server's own database (e.g. postgres) --------------------------------------------------

-- The owner: owns the database and its schema, and is the only role that runs migrations (new versions of
-- the planner upgrade the schema the first time the owner opens it).
CREATE ROLE soc_owner LOGIN PASSWORD 'change-me-owner';
CREATE DATABASE soc_caseload OWNER soc_owner;

-- The desks: one group that holds the rights, one login per person (their own password), so that the
-- records' "changed by" and PostgreSQL's own logs name who did what.
CREATE ROLE soc_desk NOLOGIN;
CREATE ROLE desk_amy LOGIN PASSWORD 'change-me-amy' IN ROLE soc_desk;

REVOKE ALL ON DATABASE soc_caseload FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE soc_caseload TO soc_desk;

-- Part 2, connected to soc_caseload as a superuser ---------------------------------------------------------
-- \c soc_caseload

-- Only the owner creates anything in the schema (PostgreSQL 14 lets every role create in "public").
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO soc_owner;

-- Part 3: once, after the owner has created the schema by opening the database with the planner, e.g.
--   java -jar soc-caseload-planner.jar summary --db 'postgresql://HOST/soc_caseload?user=soc_owner'
-- run as soc_owner (or a superuser), connected to soc_caseload:

GRANT USAGE ON SCHEMA public TO soc_desk;
-- Records: read, add, change and delete rows; no DDL (no CREATE, ALTER, DROP, TRUNCATE, REFERENCES).
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO soc_desk;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO soc_desk;
-- Flyway's record of the schema: desks read it (to check the schema is current), never change it.
REVOKE INSERT, UPDATE, DELETE ON flyway_schema_history FROM soc_desk;
-- The audit trail is append-only, enforced by PostgreSQL itself: desks add entries and read them, never
-- change or remove one.
DO $$
BEGIN
    IF to_regclass('audit_entry') IS NOT NULL THEN
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM soc_desk;
    END IF;
END $$;
-- Tables added by later versions of the planner (created by soc_owner) get the same rights.
ALTER DEFAULT PRIVILEGES FOR ROLE soc_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO soc_desk;
ALTER DEFAULT PRIVILEGES FOR ROLE soc_owner IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO soc_desk;
