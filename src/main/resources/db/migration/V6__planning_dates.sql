-- Issue 10: the dates a database plans on. One row: the date of the last dataset imported (so the app can say
-- the data is older than today) and the planning date last chosen in the app (so it opens on it again).
CREATE TABLE planning_dates (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    data_as_of          DATE,
    last_planning_date  DATE,
    version             BIGINT NOT NULL DEFAULT 0
);
