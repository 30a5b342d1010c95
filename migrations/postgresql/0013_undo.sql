-- Undo (issue 15; migrations/0013_undo.sql): a deleted milestone keeps its row, marked with the
-- day it was deleted, so that its id and history are never handed to another milestone; it is
-- in no figure, list or export. The overdue list's index leaves the deleted ones out too, so
-- that the list never reads them.
ALTER TABLE milestone ADD COLUMN deleted_on text COLLATE "C"
  CHECK (deleted_on IS NULL OR keyproj_iso_date(deleted_on));
DROP INDEX milestone_open_due;
CREATE INDEX milestone_open_due ON milestone (due, project_id) WHERE done_on IS NULL AND deleted_on IS NULL;

-- A merged owner keeps its row and names the owner it was merged into, always one step.
ALTER TABLE owner ADD COLUMN merged_into bigint REFERENCES owner(id);
