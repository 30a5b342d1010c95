-- The data model of DESIGN.md, in PostgreSQL's dialect: migrations/0001_schema.sql is the same
-- model in SQLite's, and both keep the constraints in the schema, so that no path into the
-- database (the program, a script, psql) can store a stage that does not exist, negative
-- money or a date that is not ISO. What is written once for both backends reads the same rows
-- back from either:
-- - every id is given as SQLite gives it, the largest plus one (keyproj_next_id below), and an
--   id given is kept, so that a portfolio copied between backends keeps its ids; every whole
--   number is bigint (money is integer yuan, beyond 2^31); flags are 0/1 integers, as SQLite
--   stores them;
-- - every text column is COLLATE "C": ordering and comparison by bytes, as in SQLite, whatever
--   the server's default collation;
-- - dates stay text in ISO form, checked by keyproj_iso_date, SQLite's date(x, '+0 days') IS x;
-- - a trigger refuses with SQLSTATE 23000 (integrity_constraint_violation) and SQLite's
--   RAISE(ABORT) text, so that both backends report a refused row alike;
-- - a text an officer types may be 10,000 characters long (util/text.h), but a b-tree index
--   entry holds about 2,700 bytes: a name or code that must be unique is kept so by an
--   exclusion constraint on a hash index, which holds the text's hash alone, and answers the
--   look-ups by that text as SQLite's unique index does. Two columns together (a region's
--   plan titles) are one text: the number, ':' and the title, which no other pair spells.

-- True when `t` is a real day written YYYY-MM-DD (2025-02-30 is not); NULL for NULL, as
-- SQLite's check passes a NULL. make_date reads the numbers whatever the session's DateStyle,
-- which makes this IMMUTABLE. SQLite's calendar has a year 0000 (a leap year, as 2000 is);
-- PostgreSQL's has none, so its days are checked as 2000's.
CREATE FUNCTION keyproj_iso_date(t text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
BEGIN
  IF t !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
    RETURN false;
  END IF;
  PERFORM make_date(coalesce(nullif(substr(t, 1, 4)::int, 0), 2000), substr(t, 6, 2)::int, substr(t, 9, 2)::int);
  RETURN true;
EXCEPTION WHEN data_exception THEN
  RETURN false;
END
$$;

-- The trigger that refuses a change outright, with the sentence its trigger gives (TG_ARGV[0]).
CREATE FUNCTION keyproj_refuse() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], ERRCODE = 'integrity_constraint_violation';
END
$$;

-- Ids as SQLite gives them, so that every command prints the same ids on both backends: an
-- INTEGER PRIMARY KEY takes NULL (or an id left out) as "the largest id plus one", and an id
-- given as it is. A sequence would not do: it never gives back the ids of a transaction rolled
-- back, so a refused import would move every later id on. Writers take their turns
-- (store/sql/postgres.h: begin_write's lock), so no two transactions read the same largest id.
-- Each table's rows pass through this trigger before they are written; it also draws the id
-- from the table's sequence (<table>_id_seq), moved to it first, so that lastval() is the id
-- just written, as SQLite's last_insert_rowid() is, whatever the id.
CREATE FUNCTION keyproj_next_id() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  seq text := format('%I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME || '_id_seq');
BEGIN
  IF NEW.id IS NULL THEN
    EXECUTE format('SELECT coalesce(max(id), 0) + 1 FROM %I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME) INTO NEW.id;
  END IF;
  PERFORM setval(seq, NEW.id, false);
  PERFORM nextval(seq);
  RETURN NEW;
END
$$;

-- SQLite's instr(haystack, needle): where needle first starts in haystack, from 1; 0 when it
-- does not occur. The store finds a part of a code or name with it (`instr(x, :search) > 0`),
-- one text for both backends; PostgreSQL's own spelling is strpos.
CREATE FUNCTION instr(haystack text, needle text) RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT strpos(haystack, needle) $$;

CREATE TABLE region (
  id      bigint PRIMARY KEY,
  code    text COLLATE "C" NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 8),
  name_zh text COLLATE "C" NOT NULL,
  name_en text COLLATE "C" NOT NULL
);
CREATE SEQUENCE region_id_seq OWNED BY region.id;
CREATE TRIGGER region_next_id BEFORE INSERT ON region FOR EACH ROW EXECUTE FUNCTION keyproj_next_id();

CREATE TABLE plan (
  id           bigint PRIMARY KEY,
  region_id    bigint NOT NULL REFERENCES region(id),
  title        text COLLATE "C" NOT NULL CHECK (title <> ''),
  issuer       text COLLATE "C",
  issued_on    text COLLATE "C",  -- as precise as printed: 2022, 2022-06 or 2022-06-15
  period_start text COLLATE "C" CHECK (period_start IS NULL OR keyproj_iso_date(period_start)),
  period_end   text COLLATE "C" CHECK (period_end IS NULL OR keyproj_iso_date(period_end)),
  source_file  text COLLATE "C",
  source_lines text COLLATE "C",
  CONSTRAINT plan_region_id_title_key EXCLUDE USING hash ((region_id::text || ':' || title) WITH =)
);
CREATE SEQUENCE plan_id_seq OWNED BY plan.id;
CREATE TRIGGER plan_next_id BEFORE INSERT ON plan FOR EACH ROW EXECUTE FUNCTION keyproj_next_id();

CREATE TABLE program (
  id           bigint PRIMARY KEY,
  plan_id      bigint REFERENCES plan(id),  -- NULL for a programme an officer names
  name         text COLLATE "C" NOT NULL CHECK (name <> ''),
  source_lines text COLLATE "C",
  CONSTRAINT program_plan_name EXCLUDE USING hash ((coalesce(plan_id, 0)::text || ':' || name) WITH =)
);
CREATE SEQUENCE program_id_seq OWNED BY program.id;
CREATE TRIGGER program_next_id BEFORE INSERT ON program FOR EACH ROW EXECUTE FUNCTION keyproj_next_id();

CREATE TABLE owner (
  id         bigint PRIMARY KEY,
  name       text COLLATE "C" NOT NULL CHECK (name <> ''),
  kind       text COLLATE "C" CHECK (kind IS NULL OR kind IN ('unit', 'enterprise')),
  contact    text COLLATE "C",
  created_at text COLLATE "C" NOT NULL,
  CONSTRAINT owner_name_key EXCLUDE USING hash (name WITH =)
);
CREATE SEQUENCE owner_id_seq OWNED BY owner.id;
CREATE TRIGGER owner_next_id BEFORE INSERT ON owner FOR EACH ROW EXECUTE FUNCTION keyproj_next_id();

CREATE TABLE project (
  id             bigint PRIMARY KEY,
  code           text COLLATE "C" NOT NULL CHECK (code <> ''),
  name_zh        text COLLATE "C" NOT NULL CHECK (name_zh <> ''),
  name_en        text COLLATE "C",
  region_id      bigint NOT NULL REFERENCES region(id),
  county         text COLLATE "C",
  program_id     bigint REFERENCES program(id),
  category       text COLLATE "C",
  location       text COLLATE "C",
  scale          text COLLATE "C",
  owner_id       bigint REFERENCES owner(id),
  stage          text COLLATE "C" NOT NULL DEFAULT 'planned' CHECK (stage IN
                   ('planned', 'preparing', 'building', 'completed', 'operating', 'suspended', 'cancelled')),
  -- The stage a suspended project left, so that it can return to it.
  resume_stage   text COLLATE "C" CHECK (resume_stage IS NULL OR resume_stage IN ('planned', 'preparing', 'building')),
  budget_yuan    bigint CHECK (budget_yuan IS NULL OR budget_yuan >= 0),
  planned_start  text COLLATE "C" CHECK (planned_start IS NULL OR keyproj_iso_date(planned_start)),
  planned_finish text COLLATE "C" CHECK (planned_finish IS NULL OR keyproj_iso_date(planned_finish)),
  -- Where planned_finish came from: stated in the plan, the end of the plan period, or an officer.
  finish_source  text COLLATE "C" CHECK (finish_source IS NULL OR finish_source IN ('stated', 'plan', 'officer')),
  plan_id        bigint REFERENCES plan(id),
  source_file    text COLLATE "C",
  source_lines   text COLLATE "C",
  source_quote   text COLLATE "C",
  archived_at    text COLLATE "C",
  -- The day the project entered the database ("today" as the officer ran the command): a
  -- project never reported is stale counted from this day.
  entered_on     text COLLATE "C" NOT NULL CHECK (keyproj_iso_date(entered_on)),
  CHECK (planned_start IS NULL OR planned_finish IS NULL OR planned_start <= planned_finish),
  CONSTRAINT project_code_key EXCLUDE USING hash (code WITH =)
);
CREATE SEQUENCE project_id_seq OWNED BY project.id;
CREATE TRIGGER project_next_id BEFORE INSERT ON project FOR EACH ROW EXECUTE FUNCTION keyproj_next_id();
CREATE INDEX project_region ON project (region_id);
CREATE INDEX project_owner ON project (owner_id);
CREATE INDEX project_program ON project (program_id);

CREATE TABLE milestone (
  id           bigint PRIMARY KEY,
  project_id   bigint NOT NULL REFERENCES project(id),
  title        text COLLATE "C" NOT NULL CHECK (title <> ''),
  baseline_due text COLLATE "C" CHECK (baseline_due IS NULL OR keyproj_iso_date(baseline_due)),
  due          text COLLATE "C" CHECK (due IS NULL OR keyproj_iso_date(due)),
  done_on      text COLLATE "C" CHECK (done_on IS NULL OR keyproj_iso_date(done_on)),
  source_lines text COLLATE "C",
  source_quote text COLLATE "C",
  created_at   text COLLATE "C" NOT NULL
);
CREATE SEQUENCE milestone_id_seq OWNED BY milestone.id;
CREATE TRIGGER milestone_next_id BEFORE INSERT ON milestone FOR EACH ROW EXECUTE FUNCTION keyproj_next_id();
CREATE INDEX milestone_project ON milestone (project_id);
-- The overdue list reads open milestones by due date. (A title is not in an index: it may be
-- longer than a b-tree entry holds.)
CREATE INDEX milestone_open_due ON milestone (due, project_id) WHERE done_on IS NULL;

-- Every move of a milestone's due date, with its reason. The baseline stays on the milestone.
CREATE TABLE milestone_move (
  id           bigint PRIMARY KEY,
  milestone_id bigint NOT NULL REFERENCES milestone(id),
  from_due     text COLLATE "C" CHECK (from_due IS NULL OR keyproj_iso_date(from_due)),
  to_due       text COLLATE "C" NOT NULL CHECK (keyproj_iso_date(to_due)),
  reason       text COLLATE "C" NOT NULL CHECK (reason <> ''),
  moved_at     text COLLATE "C" NOT NULL,
  author       text COLLATE "C" NOT NULL
);
CREATE SEQUENCE milestone_move_id_seq OWNED BY milestone_move.id;
CREATE TRIGGER milestone_move_next_id BEFORE INSERT ON milestone_move FOR EACH ROW EXECUTE FUNCTION keyproj_next_id();
CREATE INDEX milestone_move_milestone ON milestone_move (milestone_id);

-- A progress report (调度记录). Named progress_update because UPDATE is an SQL keyword.
-- Append-only: a wrong report is corrected by a later one, never edited.
CREATE TABLE progress_update (
  id            bigint PRIMARY KEY,
  project_id    bigint NOT NULL REFERENCES project(id),
  reported_on   text COLLATE "C" NOT NULL CHECK (keyproj_iso_date(reported_on)),
  stage         text COLLATE "C" CHECK (stage IS NULL OR stage IN
                  ('planned', 'preparing', 'building', 'completed', 'operating', 'suspended', 'cancelled')),
  progress_pct  bigint CHECK (progress_pct IS NULL OR progress_pct BETWEEN 0 AND 100),
  invested_yuan bigint CHECK (invested_yuan IS NULL OR invested_yuan >= 0),
  note          text COLLATE "C",
  blocker       text COLLATE "C",
  author        text COLLATE "C" NOT NULL,
  created_at    text COLLATE "C" NOT NULL
);
CREATE SEQUENCE progress_update_id_seq OWNED BY progress_update.id;
CREATE TRIGGER progress_update_next_id BEFORE INSERT ON progress_update FOR EACH ROW EXECUTE FUNCTION keyproj_next_id();
CREATE INDEX progress_update_project ON progress_update (project_id, reported_on);

CREATE TRIGGER progress_update_append_only BEFORE UPDATE ON progress_update
FOR EACH ROW EXECUTE FUNCTION keyproj_refuse('progress reports are append-only');

-- Every change: who, when, what, before and after (JSON objects of the changed fields).
-- "user" is a reserved word in PostgreSQL: the column keeps SQLite's name, quoted.
CREATE TABLE audit (
  id         bigint PRIMARY KEY,
  at         text COLLATE "C" NOT NULL,
  "user"     text COLLATE "C" NOT NULL,
  entity     text COLLATE "C" NOT NULL,  -- project, milestone, progress_update, owner, setting
  entity_id  bigint,
  project_id bigint REFERENCES project(id),  -- for a project's history
  action     text COLLATE "C" NOT NULL,  -- create, edit, stage, archive, log, done, move, seed
  before     text COLLATE "C",
  after      text COLLATE "C",
  reason     text COLLATE "C"
);
CREATE SEQUENCE audit_id_seq OWNED BY audit.id;
CREATE TRIGGER audit_next_id BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION keyproj_next_id();
CREATE INDEX audit_project ON audit (project_id, id);
