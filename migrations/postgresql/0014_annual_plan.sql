-- The annual plan (年度重点项目计划; migrations/0014_annual_plan.sql says what each column holds):
-- a project is in a year's list when it has an entry for that year, with a class and a planned
-- investment (NULL: no plan amount). planned_start and planned_finish are days of that year:
-- a real day whose first four characters are the year (the year is four digits by its own rule).
CREATE TABLE annual_plan (
  id              bigint PRIMARY KEY,
  project_id      bigint NOT NULL REFERENCES project(id),
  year            bigint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  class           text COLLATE "C" NOT NULL CHECK (class IN ('new', 'continuing', 'completing', 'reserve')),
  investment_yuan bigint CHECK (investment_yuan IS NULL OR investment_yuan >= 0),
  planned_start   text COLLATE "C" CHECK (planned_start IS NULL OR (keyproj_iso_date(planned_start) AND
                    substr(planned_start, 1, 4) = year::text)),
  planned_finish  text COLLATE "C" CHECK (planned_finish IS NULL OR (keyproj_iso_date(planned_finish) AND
                    substr(planned_finish, 1, 4) = year::text)),
  UNIQUE (project_id, year)
);
CREATE SEQUENCE annual_plan_id_seq OWNED BY annual_plan.id;
CREATE TRIGGER annual_plan_next_id BEFORE INSERT ON annual_plan FOR EACH ROW EXECUTE FUNCTION keyproj_next_id();
-- A year's list, read by year.
CREATE INDEX annual_plan_year ON annual_plan (year, project_id);

-- A project's actual start (开工日期), and whether a stage move or an officer gave it.
ALTER TABLE project ADD COLUMN started_on text COLLATE "C" CHECK (started_on IS NULL OR keyproj_iso_date(started_on));
ALTER TABLE project ADD COLUMN start_source text COLLATE "C" CHECK (start_source IS NULL OR
                                                                    start_source IN ('stage', 'officer'));

-- The projects already started, from their recorded moves (0009).
UPDATE project
SET started_on = s.day, start_source = 'stage'
FROM (SELECT project_id, min(changed_on) AS day FROM stage_change
      WHERE (to_stage = 'building' OR to_stage = 'completed' OR to_stage = 'operating')
        AND NOT (from_stage = 'building' OR from_stage = 'completed' OR from_stage = 'operating')
      GROUP BY project_id) AS s
WHERE s.project_id = project.id;
