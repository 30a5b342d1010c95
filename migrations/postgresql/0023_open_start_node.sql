-- A project's open start node found through an index of its own
-- (migrations/0023_open_start_node.sql).
CREATE INDEX milestone_open_start ON milestone (project_id)
WHERE marks_start = 1 AND done_on IS NULL AND deleted_on IS NULL;
