-- The reports a correction superseded, one row each, written with the correction
-- (store/updates.cpp, insert_update); the view of the reports in force asks this table's
-- primary key (migrations/0011_superseded_reports.sql says why). The id is the report's own,
-- never drawn: no identity.
CREATE TABLE report_superseded (
  id bigint PRIMARY KEY REFERENCES progress_update(id)
);

-- A correction supersedes the report in force of its chain when it is written: the original,
-- or the correction before it.
INSERT INTO report_superseded (id)
SELECT c.corrects_id FROM progress_update c WHERE c.corrects_id IS NOT NULL
UNION
SELECT c.id FROM progress_update c WHERE c.corrects_id IS NOT NULL
  AND c.id < (SELECT max(d.id) FROM progress_update d WHERE d.corrects_id = c.corrects_id);

-- Like the reports themselves (migration 0006), what superseded what is never undone.
CREATE TRIGGER report_superseded_never_changed BEFORE UPDATE ON report_superseded
FOR EACH ROW EXECUTE FUNCTION keyproj_refuse('superseded reports are append-only');
CREATE TRIGGER report_superseded_never_deleted BEFORE DELETE ON report_superseded
FOR EACH ROW EXECUTE FUNCTION keyproj_refuse('superseded reports are append-only');
CREATE TRIGGER report_superseded_never_truncated BEFORE TRUNCATE ON report_superseded
FOR EACH STATEMENT EXECUTE FUNCTION keyproj_refuse('superseded reports are append-only');

DROP VIEW report_in_force;
CREATE VIEW report_in_force AS
SELECT u.* FROM progress_update u WHERE u.id NOT IN (SELECT s.id FROM report_superseded s);
