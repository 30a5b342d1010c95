-- Who may do what where several offices share one portfolio: roles, scopes and row-level
-- security on a PostgreSQL server (migrations/postgresql/0021_access.sql). A SQLite file has
-- one officer, who may do everything its file permissions allow; nothing here changes.
SELECT 1;
