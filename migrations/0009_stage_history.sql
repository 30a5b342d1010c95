-- What held on a past date (DESIGN.md "Time"): every figure is computed as of a date, so the
-- facts that change after they are entered must say when they changed.
--
-- A project's stage: every change, on the day it was made (a report's move on the report's
-- date, an edit's or an import's on the as-of date it ran with). The stage as of a date is the
-- from_stage of the first change made after it, else the project's stage now, the way a
-- milestone's due date as of a date is read from milestone_move. The audit table keeps the
-- same changes with who and why, for history; this table is what the figures read.
CREATE TABLE stage_change (
  id         INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES project(id),
  changed_on TEXT NOT NULL CHECK (date(changed_on, '+0 days') IS changed_on),
  from_stage TEXT NOT NULL CHECK (from_stage = 'planned' OR from_stage = 'preparing' OR
               from_stage = 'building' OR from_stage = 'completed' OR from_stage = 'operating' OR
               from_stage = 'suspended' OR from_stage = 'cancelled'),
  to_stage   TEXT NOT NULL CHECK (to_stage = 'planned' OR to_stage = 'preparing' OR
               to_stage = 'building' OR to_stage = 'completed' OR to_stage = 'operating' OR
               to_stage = 'suspended' OR to_stage = 'cancelled')
);
CREATE INDEX stage_change_project ON stage_change (project_id, changed_on);

-- The changes made after a date, found by a range on that date: the figures as of today read
-- an empty range here and take the stored stage, due date and done state as they are (the
-- overdue list keeps reading open milestones from milestone_open_due).
CREATE INDEX stage_change_day ON stage_change (changed_on, project_id);
CREATE INDEX milestone_move_day ON milestone_move (moved_at, milestone_id);
CREATE INDEX milestone_done_day ON milestone (done_on) WHERE done_on IS NOT NULL;

-- The changes made before this table existed, from their audit rows. A move made by a report
-- is dated by that report: the report of the project with the stage moved to, written within
-- a second after the move (log writes the move, then its report). Any other move (project
-- edit, an import of projects) is dated by the day it was entered, the only date it kept. The
-- move that puts a project added by an import into its stage, written right after the
-- project's own audit row and with no report, is the stage it entered with, not a change.
WITH move AS (
  SELECT a.id, a.project_id, a.at,
         json_extract(a.before, '$.stage') AS from_stage, json_extract(a.after, '$.stage') AS to_stage,
         (SELECT u.reported_on FROM progress_update u
          WHERE u.project_id = a.project_id AND u.stage = json_extract(a.after, '$.stage')
            AND u.created_at >= a.at AND u.created_at < strftime('%Y-%m-%dT%H:%M:%fZ', a.at, '+1 seconds')
          ORDER BY u.created_at, u.id LIMIT 1) AS reported_on
  FROM audit a
  WHERE a.entity = 'project' AND a.action = 'stage' AND a.project_id IS NOT NULL)
INSERT INTO stage_change (project_id, changed_on, from_stage, to_stage)
SELECT project_id, coalesce(reported_on, date(at)), from_stage, to_stage
FROM move m
WHERE from_stage IS NOT NULL AND to_stage IS NOT NULL
  AND (reported_on IS NOT NULL
       OR NOT EXISTS (SELECT 1 FROM audit c
                      WHERE c.id = (SELECT max(x.id) FROM audit x WHERE x.project_id = m.project_id AND x.id < m.id)
                        AND c.entity = 'project' AND c.action = 'create'
                        AND c.at >= strftime('%Y-%m-%dT%H:%M:%fZ', m.at, '-1 seconds')))
ORDER BY id;
