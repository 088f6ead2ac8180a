-- Several desks, one caseload (issue 12): every record carries a version, moved by each save, with who saved it
-- and when, so that a save made from an older version is refused naming them. The change counter lets every desk
-- see that another committed something; updating its one row is also the store's write lock.
-- Portable SQL: the same script runs on H2 and PostgreSQL.

ALTER TABLE policy ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE policy ADD COLUMN changed_by CHARACTER VARYING;
ALTER TABLE policy ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE category ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE category ADD COLUMN changed_by CHARACTER VARYING;
ALTER TABLE category ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE course ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE course ADD COLUMN changed_by CHARACTER VARYING;
ALTER TABLE course ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE officer ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE officer ADD COLUMN changed_by CHARACTER VARYING;
ALTER TABLE officer ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE training_record ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE training_record ADD COLUMN changed_by CHARACTER VARYING;
ALTER TABLE training_record ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE threat ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE threat ADD COLUMN changed_by CHARACTER VARYING;
ALTER TABLE threat ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE store_change (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    change_count BIGINT NOT NULL
);

INSERT INTO store_change (id, change_count) VALUES (1, 0);
