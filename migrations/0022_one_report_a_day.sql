-- One report of a project a day, kept by the schema and not only by keyproj (log and import
-- check it first, with their own sentences): a second report of the same day is one that says
-- so, as `log --again` and `import --again` do. Corrections carry the date of the report they
-- correct and are not counted.
ALTER TABLE progress_update ADD COLUMN again INTEGER NOT NULL DEFAULT 0 CHECK (again IN (0, 1));

-- The second reports already stored are marked so: every original after the first of its
-- project and day. Reports refuse every UPDATE (migration 0001), so their trigger steps aside
-- for this one.
DROP TRIGGER progress_update_append_only;
UPDATE progress_update SET again = 1
WHERE corrects_id IS NULL
  AND EXISTS (SELECT 1 FROM progress_update e WHERE e.project_id = progress_update.project_id
              AND e.reported_on = progress_update.reported_on AND e.corrects_id IS NULL AND e.id < progress_update.id);
CREATE TRIGGER progress_update_append_only BEFORE UPDATE ON progress_update
BEGIN
  SELECT RAISE(ABORT, 'progress reports are append-only');
END;

CREATE UNIQUE INDEX progress_update_one_a_day ON progress_update (project_id, reported_on)
WHERE corrects_id IS NULL AND again = 0;
