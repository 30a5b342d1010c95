-- One report of a project a day, kept by the schema (migrations/0022_one_report_a_day.sql).
ALTER TABLE progress_update ADD COLUMN again bigint NOT NULL DEFAULT 0 CHECK (again IN (0, 1));

ALTER TABLE progress_update DISABLE TRIGGER progress_update_append_only;
UPDATE progress_update SET again = 1
WHERE corrects_id IS NULL
  AND EXISTS (SELECT 1 FROM progress_update e WHERE e.project_id = progress_update.project_id
              AND e.reported_on = progress_update.reported_on AND e.corrects_id IS NULL AND e.id < progress_update.id);
ALTER TABLE progress_update ENABLE TRIGGER progress_update_append_only;

CREATE UNIQUE INDEX progress_update_one_a_day ON progress_update (project_id, reported_on)
WHERE corrects_id IS NULL AND again = 0;

-- A view names its columns when it is made, unlike SQLite's, which reads u.* anew: made
-- again, it has the new one too; and its readers are given it again (0021_access.sql). NOT
-- EXISTS rather than 0011's NOT IN: PostgreSQL hashes the whole of report_superseded for NOT
-- IN each time the view is read, and an import reads it once for every project it meets,
-- where NOT EXISTS looks each report up by its key.
DROP VIEW report_in_force;
CREATE VIEW report_in_force AS
SELECT u.* FROM progress_update u WHERE NOT EXISTS (SELECT 1 FROM report_superseded s WHERE s.id = u.id);
SELECT keyproj_grant_access(name) FROM keyproj_user;
