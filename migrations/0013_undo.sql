-- Undo (issue 15): a milestone entered by mistake is deleted, and two owners that are one are
-- merged. Neither row goes away, so that the audit trail never names a row that is gone.
--
-- A deleted milestone keeps its row, marked with the day it was deleted: SQLite gives a new
-- row the largest id plus one, so a row removed would hand its id, and with it the deleted
-- milestone's history, to the next milestone added. A deleted milestone was a mistake, not
-- an event: it is in no figure, list or export on any date. The overdue list reads open
-- milestones from milestone_open_due alone (migration 0004); the index leaves the deleted
-- ones out too, so that it still covers that list and no row is visited to skip them.
ALTER TABLE milestone ADD COLUMN deleted_on TEXT
  CHECK (deleted_on IS NULL OR date(deleted_on, '+0 days') IS deleted_on);
DROP INDEX milestone_open_due;
CREATE INDEX milestone_open_due ON milestone (due, project_id, title) WHERE done_on IS NULL AND deleted_on IS NULL;

-- A merged owner keeps its row (its name, kind, contact and audit rows) and names the owner
-- it was merged into, which now has its projects; its name finds that owner from then on, so
-- a sheet that still spells it so does not bring the duplicate back. Always one step: a
-- merge into an owner itself merged is refused, and an owner merged later takes its merged
-- names along.
ALTER TABLE owner ADD COLUMN merged_into INTEGER REFERENCES owner(id);
