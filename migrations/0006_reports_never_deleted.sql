-- A progress report is its own audit record: the audit table keeps no copy of it (history
-- reads reports from progress_update beside the audit rows), so a report must never go away.
-- Reports were already append-only against UPDATE; this refuses DELETE as well. Audit rows
-- that earlier versions wrote for reports stay where they are; history shows each report once.
CREATE TRIGGER progress_update_never_deleted BEFORE DELETE ON progress_update
BEGIN
  SELECT RAISE(ABORT, 'progress reports are append-only');
END;
