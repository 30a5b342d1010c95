-- Corrections (migrations/0007_report_corrections.sql says what they are). A correction names
-- the root report it corrects and says why; the latest correction of a chain is in force.
ALTER TABLE progress_update ADD COLUMN corrects_id bigint REFERENCES progress_update(id);
ALTER TABLE progress_update ADD COLUMN reason text COLLATE "C",
  ADD CHECK ((corrects_id IS NULL AND reason IS NULL) OR (corrects_id IS NOT NULL AND reason IS NOT NULL AND reason <> ''));

-- Partial: the reports in force look up their corrections by this index, and most reports
-- have none, so it holds the corrections alone.
CREATE INDEX progress_update_corrects ON progress_update (corrects_id, id) WHERE corrects_id IS NOT NULL;

-- A correction names an original of its own project and date, and never names a correction.
-- (Migration 0008 drops it again, as in SQLite.)
CREATE FUNCTION keyproj_correction_names_its_original() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM progress_update o WHERE o.id = NEW.corrects_id AND o.corrects_id IS NULL
                   AND o.project_id = NEW.project_id AND o.reported_on = NEW.reported_on) THEN
    RAISE EXCEPTION USING MESSAGE = 'a correction names an original report of the same project and date',
                          ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER progress_update_correction_names_its_original BEFORE INSERT ON progress_update
FOR EACH ROW WHEN (NEW.corrects_id IS NOT NULL) EXECUTE FUNCTION keyproj_correction_names_its_original();

-- The reports in force: every report that no later correction of its chain supersedes.
CREATE VIEW report_in_force AS
SELECT u.* FROM progress_update u
WHERE u.id NOT IN (
  SELECT c.corrects_id FROM progress_update c WHERE c.corrects_id IS NOT NULL
  UNION ALL
  SELECT c.id FROM progress_update c WHERE c.corrects_id IS NOT NULL
    AND c.id < (SELECT max(d.id) FROM progress_update d WHERE d.corrects_id = c.corrects_id));
