-- A project's open start node (开工, marks_start) found through an index of its own: a stage
-- move that starts a project looks for it (store/milestones.cpp open_start_node), and through
-- milestone_project that meant reading each of the project's milestones from the table, some
-- 8 µs a start at L (150,000 starts in a year's reports). Only open start nodes are in it.
CREATE INDEX milestone_open_start ON milestone (project_id)
WHERE marks_start = 1 AND done_on IS NULL AND deleted_on IS NULL;
