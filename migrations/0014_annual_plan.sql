-- The annual plan (年度重点项目计划, DESIGN.md "Who uses it"): early each year a city fixes which
-- projects are key that year, each with a class and a planned investment for the year. A
-- project is in a year's list when it has an entry for that year.
--
-- investment_yuan NULL is "no plan amount": the project is in the list, but counts apart, as
-- a project without a budget does, never as a zero plan. planned_start (new starts) and
-- planned_finish (completing projects) are days of the plan's year: a month typed is its first
-- day for a start, its last for a finish. Rules are comparisons, not IN lists (0005).
CREATE TABLE annual_plan (
  id              INTEGER PRIMARY KEY,
  project_id      INTEGER NOT NULL REFERENCES project(id),
  year            INTEGER NOT NULL CHECK (typeof(year) = 'integer' AND year BETWEEN 2000 AND 2100),
  class           TEXT NOT NULL CHECK (class = 'new' OR class = 'continuing' OR class = 'completing' OR
                    class = 'reserve'),
  investment_yuan INTEGER CHECK (investment_yuan IS NULL OR
                    (typeof(investment_yuan) = 'integer' AND investment_yuan >= 0)),
  planned_start   TEXT CHECK (planned_start IS NULL OR (date(planned_start, '+0 days') IS planned_start AND
                    CAST(substr(planned_start, 1, 4) AS INTEGER) = year)),
  planned_finish  TEXT CHECK (planned_finish IS NULL OR (date(planned_finish, '+0 days') IS planned_finish AND
                    CAST(substr(planned_finish, 1, 4) AS INTEGER) = year)),
  UNIQUE (project_id, year)
);
-- A year's list, read by year.
CREATE INDEX annual_plan_year ON annual_plan (year, project_id);

-- A project's actual start (开工日期): the day of the move that took it to building or beyond
-- (a report's date; an edit's as-of date), or the day an officer gives (`project edit
-- --started`). start_source says which, so that a later move never overrides an officer.
ALTER TABLE project ADD COLUMN started_on TEXT CHECK (started_on IS NULL OR date(started_on, '+0 days') IS started_on);
ALTER TABLE project ADD COLUMN start_source TEXT CHECK (start_source IS NULL OR start_source = 'stage' OR
                                                        start_source = 'officer');

-- The projects already started, from their recorded moves (0009 dated each move made by a
-- report by that report). A project that entered the database already building has no such
-- move: its start day is not known, and stays empty until an officer gives it.
UPDATE project
SET started_on = s.day, start_source = 'stage'
FROM (SELECT project_id, min(changed_on) AS day FROM stage_change
      WHERE (to_stage = 'building' OR to_stage = 'completed' OR to_stage = 'operating')
        AND NOT (from_stage = 'building' OR from_stage = 'completed' OR from_stage = 'operating')
      GROUP BY project_id) AS s
WHERE s.project_id = project.id;
