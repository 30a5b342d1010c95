-- What held on a past date (DESIGN.md "Time"): every change of a project's stage, on the day it
-- was made (migrations/0009_stage_history.sql says how the figures read it).
CREATE TABLE stage_change (
  id         bigint PRIMARY KEY,
  project_id bigint NOT NULL REFERENCES project(id),
  changed_on text COLLATE "C" NOT NULL CHECK (keyproj_iso_date(changed_on)),
  from_stage text COLLATE "C" NOT NULL CHECK (from_stage IN
               ('planned', 'preparing', 'building', 'completed', 'operating', 'suspended', 'cancelled')),
  to_stage   text COLLATE "C" NOT NULL CHECK (to_stage IN
               ('planned', 'preparing', 'building', 'completed', 'operating', 'suspended', 'cancelled'))
);
CREATE SEQUENCE stage_change_id_seq OWNED BY stage_change.id;
CREATE TRIGGER stage_change_next_id BEFORE INSERT ON stage_change FOR EACH ROW EXECUTE FUNCTION keyproj_next_id();
CREATE INDEX stage_change_project ON stage_change (project_id, changed_on);

-- The changes made after a date, found by a range on that date.
CREATE INDEX stage_change_day ON stage_change (changed_on, project_id);
CREATE INDEX milestone_move_day ON milestone_move (moved_at, milestone_id);
CREATE INDEX milestone_done_day ON milestone (done_on) WHERE done_on IS NOT NULL;

-- The changes made before this table existed, from their audit rows, by SQLite's rule: a move
-- made by a report is dated by that report (written within a second after the move); any other
-- by the day it was entered; the move that puts an imported project into its stage, right
-- after the project's own audit row and with no report, is not a change. Audit times are UTC
-- ISO text ending in Z, which a timestamp reads without the zone; %f is seconds to the
-- millisecond, as SS.MS.
WITH move AS (
  SELECT a.id, a.project_id, a.at,
         a.before::json ->> 'stage' AS from_stage, a.after::json ->> 'stage' AS to_stage,
         (SELECT u.reported_on FROM progress_update u
          WHERE u.project_id = a.project_id AND u.stage = a.after::json ->> 'stage'
            AND u.created_at >= a.at
            AND u.created_at < to_char(a.at::timestamp + interval '1 second', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
          ORDER BY u.created_at, u.id LIMIT 1) AS reported_on
  FROM audit a
  WHERE a.entity = 'project' AND a.action = 'stage' AND a.project_id IS NOT NULL)
INSERT INTO stage_change (project_id, changed_on, from_stage, to_stage)
SELECT project_id, coalesce(reported_on, to_char(at::timestamp, 'YYYY-MM-DD')), from_stage, to_stage
FROM move m
WHERE from_stage IS NOT NULL AND to_stage IS NOT NULL
  AND (reported_on IS NOT NULL
       OR NOT EXISTS (SELECT 1 FROM audit c
                      WHERE c.id = (SELECT max(x.id) FROM audit x WHERE x.project_id = m.project_id AND x.id < m.id)
                        AND c.entity = 'project' AND c.action = 'create'
                        AND c.at >= to_char(m.at::timestamp - interval '1 second', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))
ORDER BY id;
