-- The data model of DESIGN.md. Constraints live here, in the schema, so that no path into the
-- database (the program, a script, the sqlite3 shell) can store a stage that does not exist,
-- negative money or a date that is not ISO. Dates are checked as date(x, '+0 days') IS x: the
-- modifier makes SQLite normalise the day, so 2025-02-30 (which plain date() passes) fails.

CREATE TABLE region (
  id      INTEGER PRIMARY KEY,
  code    TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 8),
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL
);

CREATE TABLE plan (
  id           INTEGER PRIMARY KEY,
  region_id    INTEGER NOT NULL REFERENCES region(id),
  title        TEXT NOT NULL CHECK (title <> ''),
  issuer       TEXT,
  issued_on    TEXT,  -- as precise as printed: 2022, 2022-06 or 2022-06-15
  period_start TEXT CHECK (period_start IS NULL OR date(period_start, '+0 days') IS period_start),
  period_end   TEXT CHECK (period_end IS NULL OR date(period_end, '+0 days') IS period_end),
  source_file  TEXT,
  source_lines TEXT,
  UNIQUE (region_id, title)
);

CREATE TABLE program (
  id           INTEGER PRIMARY KEY,
  plan_id      INTEGER REFERENCES plan(id),  -- NULL for a programme an officer names
  name         TEXT NOT NULL CHECK (name <> ''),
  source_lines TEXT
);
CREATE UNIQUE INDEX program_plan_name ON program (ifnull(plan_id, 0), name);

CREATE TABLE owner (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE CHECK (name <> ''),
  kind       TEXT CHECK (kind IS NULL OR kind IN ('unit', 'enterprise')),
  contact    TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE project (
  id             INTEGER PRIMARY KEY,
  code           TEXT NOT NULL UNIQUE CHECK (code <> ''),
  name_zh        TEXT NOT NULL CHECK (name_zh <> ''),
  name_en        TEXT,
  region_id      INTEGER NOT NULL REFERENCES region(id),
  county         TEXT,
  program_id     INTEGER REFERENCES program(id),
  category       TEXT,
  location       TEXT,
  scale          TEXT,
  owner_id       INTEGER REFERENCES owner(id),
  stage          TEXT NOT NULL DEFAULT 'planned' CHECK (stage IN
                   ('planned', 'preparing', 'building', 'completed', 'operating', 'suspended', 'cancelled')),
  -- The stage a suspended project left, so that it can return to it.
  resume_stage   TEXT CHECK (resume_stage IS NULL OR resume_stage IN ('planned', 'preparing', 'building')),
  budget_yuan    INTEGER CHECK (budget_yuan IS NULL OR (typeof(budget_yuan) = 'integer' AND budget_yuan >= 0)),
  planned_start  TEXT CHECK (planned_start IS NULL OR date(planned_start, '+0 days') IS planned_start),
  planned_finish TEXT CHECK (planned_finish IS NULL OR date(planned_finish, '+0 days') IS planned_finish),
  -- Where planned_finish came from: stated in the plan, the end of the plan period, or an officer.
  finish_source  TEXT CHECK (finish_source IS NULL OR finish_source IN ('stated', 'plan', 'officer')),
  plan_id        INTEGER REFERENCES plan(id),
  source_file    TEXT,
  source_lines   TEXT,
  source_quote   TEXT,
  archived_at    TEXT,
  -- The day the project entered the database ("today" as the officer ran the command): a
  -- project never reported is stale counted from this day.
  entered_on     TEXT NOT NULL CHECK (date(entered_on, '+0 days') IS entered_on),
  CHECK (planned_start IS NULL OR planned_finish IS NULL OR planned_start <= planned_finish)
);
CREATE INDEX project_region ON project (region_id);
CREATE INDEX project_owner ON project (owner_id);
CREATE INDEX project_program ON project (program_id);

CREATE TABLE milestone (
  id           INTEGER PRIMARY KEY,
  project_id   INTEGER NOT NULL REFERENCES project(id),
  title        TEXT NOT NULL CHECK (title <> ''),
  baseline_due TEXT CHECK (baseline_due IS NULL OR date(baseline_due, '+0 days') IS baseline_due),
  due          TEXT CHECK (due IS NULL OR date(due, '+0 days') IS due),
  done_on      TEXT CHECK (done_on IS NULL OR date(done_on, '+0 days') IS done_on),
  source_lines TEXT,
  source_quote TEXT,
  created_at   TEXT NOT NULL
);
CREATE INDEX milestone_project ON milestone (project_id);
-- The overdue list reads open milestones by due date.
CREATE INDEX milestone_open_due ON milestone (due, project_id) WHERE done_on IS NULL;

-- Every move of a milestone's due date, with its reason. The baseline stays on the milestone.
CREATE TABLE milestone_move (
  id           INTEGER PRIMARY KEY,
  milestone_id INTEGER NOT NULL REFERENCES milestone(id),
  from_due     TEXT CHECK (from_due IS NULL OR date(from_due, '+0 days') IS from_due),
  to_due       TEXT NOT NULL CHECK (date(to_due, '+0 days') IS to_due),
  reason       TEXT NOT NULL CHECK (reason <> ''),
  moved_at     TEXT NOT NULL,
  author       TEXT NOT NULL
);
CREATE INDEX milestone_move_milestone ON milestone_move (milestone_id);

-- A progress report (调度记录). Named progress_update because UPDATE is an SQL keyword.
-- Append-only: a wrong report is corrected by a later one, never edited.
CREATE TABLE progress_update (
  id            INTEGER PRIMARY KEY,
  project_id    INTEGER NOT NULL REFERENCES project(id),
  reported_on   TEXT NOT NULL CHECK (date(reported_on, '+0 days') IS reported_on),
  stage         TEXT CHECK (stage IS NULL OR stage IN
                  ('planned', 'preparing', 'building', 'completed', 'operating', 'suspended', 'cancelled')),
  progress_pct  INTEGER CHECK (progress_pct IS NULL OR progress_pct BETWEEN 0 AND 100),
  invested_yuan INTEGER CHECK (invested_yuan IS NULL OR (typeof(invested_yuan) = 'integer' AND invested_yuan >= 0)),
  note          TEXT,
  blocker       TEXT,
  author        TEXT NOT NULL,
  created_at    TEXT NOT NULL
);
CREATE INDEX progress_update_project ON progress_update (project_id, reported_on);

CREATE TRIGGER progress_update_append_only BEFORE UPDATE ON progress_update
BEGIN
  SELECT RAISE(ABORT, 'progress reports are append-only');
END;

-- Every change: who, when, what, before and after (JSON objects of the changed fields).
CREATE TABLE audit (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  user       TEXT NOT NULL,
  entity     TEXT NOT NULL,  -- project, milestone, progress_update, owner, setting
  entity_id  INTEGER,
  project_id INTEGER REFERENCES project(id),  -- for a project's history
  action     TEXT NOT NULL,  -- create, edit, stage, archive, log, done, move, seed
  before     TEXT,
  after      TEXT,
  reason     TEXT
);
CREATE INDEX audit_project ON audit (project_id, id);
