-- The overdue list reads every open milestone due before the as-of date, with its title: with
-- the title in the index, the list is answered from the index alone (an index-only scan, as
-- SQLite's covering index; migrations/0004_overdue_covering_index.sql has its measures).
DROP INDEX milestone_open_due;
CREATE INDEX milestone_open_due ON milestone (due, project_id, title) WHERE done_on IS NULL;
