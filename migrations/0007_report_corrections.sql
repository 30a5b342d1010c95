-- Corrections. Reports stay append-only: a wrong report is put right by a correction, a new
-- report that names the one it corrects and carries every value the report should have had.
-- corrects_id always names the original (the root): a correction of a correction names the
-- same root, so a report and all its corrections are one chain, and the latest (largest id)
-- is the one in force. A correction says why (reason), and carries its original's project and
-- date, so that it counts from the date of the report it corrects.
ALTER TABLE progress_update ADD COLUMN corrects_id INTEGER REFERENCES progress_update(id);
ALTER TABLE progress_update ADD COLUMN reason TEXT
  CHECK ((corrects_id IS NULL AND reason IS NULL) OR (corrects_id IS NOT NULL AND reason IS NOT NULL AND reason <> ''));

-- Partial: the reports in force look up their corrections by this index, and most reports
-- have none, so it holds the corrections alone.
CREATE INDEX progress_update_corrects ON progress_update (corrects_id, id) WHERE corrects_id IS NOT NULL;

-- A correction names an original of its own project and date, and never names a correction.
CREATE TRIGGER progress_update_correction_names_its_original BEFORE INSERT ON progress_update
WHEN NEW.corrects_id IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'a correction names an original report of the same project and date')
  WHERE NOT EXISTS (SELECT 1 FROM progress_update o WHERE o.id = NEW.corrects_id AND o.corrects_id IS NULL
                      AND o.project_id = NEW.project_id AND o.reported_on = NEW.reported_on);
END;

-- The reports in force: every report that no later correction of its chain supersedes. Every
-- figure (totals, progress, the last report, lights, reports, exports of figures) reads this
-- view, never progress_update; only the record of what was reported (history, the updates
-- export) reads every row. The superseded ones are the corrected originals and every
-- correction but the latest of its chain: a list SQLite builds once per statement from the
-- corrections alone (the partial index), where a NOT EXISTS per report cost the region
-- report a third more instructions on a portfolio with no correction at all.
CREATE VIEW report_in_force AS
SELECT u.* FROM progress_update u
WHERE u.id NOT IN (
  SELECT c.corrects_id FROM progress_update c WHERE c.corrects_id IS NOT NULL
  UNION ALL
  SELECT c.id FROM progress_update c WHERE c.corrects_id IS NOT NULL
    AND c.id < (SELECT max(d.id) FROM progress_update d WHERE d.corrects_id = c.corrects_id));
