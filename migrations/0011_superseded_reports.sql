-- The reports a correction superseded, one row each, written with the correction
-- (store/updates.cpp, insert_update). Migration 0007's view found them by grouping every
-- correction chain, a subquery with a correlated max() that every statement reading the view
-- compiled again: `project show` reads the view three times, and compiling those copies
-- doubled its statement preparation. The view now asks this table's primary key.
-- No trigger writes the rows: an INSERT trigger on progress_update, even one whose WHEN is
-- false, costs every imported report (migration 0008).
-- WITHOUT ROWID: writing a row leaves the connection's last insert id at the correction just
-- written, which the writers of reports read back.
CREATE TABLE report_superseded (
  id INTEGER PRIMARY KEY REFERENCES progress_update(id)
) WITHOUT ROWID;

-- A correction supersedes the report in force of its chain when it is written: the original,
-- or the correction before it. So every corrected original, and every correction but the
-- latest (largest id) of its chain, as 0007's view counted them.
INSERT INTO report_superseded (id)
SELECT c.corrects_id FROM progress_update c WHERE c.corrects_id IS NOT NULL
UNION
SELECT c.id FROM progress_update c WHERE c.corrects_id IS NOT NULL
  AND c.id < (SELECT max(d.id) FROM progress_update d WHERE d.corrects_id = c.corrects_id);

-- Like the reports themselves (migration 0006), what superseded what is never undone.
CREATE TRIGGER report_superseded_never_changed BEFORE UPDATE ON report_superseded
BEGIN
  SELECT RAISE(ABORT, 'superseded reports are append-only');
END;
CREATE TRIGGER report_superseded_never_deleted BEFORE DELETE ON report_superseded
BEGIN
  SELECT RAISE(ABORT, 'superseded reports are append-only');
END;

DROP VIEW report_in_force;
CREATE VIEW report_in_force AS
SELECT u.* FROM progress_update u WHERE u.id NOT IN (SELECT s.id FROM report_superseded s);
