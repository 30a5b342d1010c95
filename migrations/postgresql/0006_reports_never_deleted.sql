-- A progress report is its own audit record: the audit table keeps no copy of it (history
-- reads reports from progress_update beside the audit rows), so a report must never go away.
-- Reports were already append-only against UPDATE; this refuses DELETE as well, and TRUNCATE,
-- which PostgreSQL runs without its row triggers.
CREATE TRIGGER progress_update_never_deleted BEFORE DELETE ON progress_update
FOR EACH ROW EXECUTE FUNCTION keyproj_refuse('progress reports are append-only');
CREATE TRIGGER progress_update_never_truncated BEFORE TRUNCATE ON progress_update
FOR EACH STATEMENT EXECUTE FUNCTION keyproj_refuse('progress reports are append-only');
