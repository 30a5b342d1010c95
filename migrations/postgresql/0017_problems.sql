-- Problems (问题清单) and their close-out (销号; migrations/0017_problems.sql): a problem of a
-- project is raised on a day, owned by a responsible unit, handled at a level and given a
-- deadline; it is open until resolved, and may be reopened. Each change is a dated entry.
CREATE TABLE problem (
  id          bigint PRIMARY KEY,
  project_id  bigint NOT NULL REFERENCES project(id),
  text        text COLLATE "C" NOT NULL CHECK (text <> ''),
  owner_id    bigint REFERENCES owner(id),
  level       text COLLATE "C" NOT NULL DEFAULT 'county' CHECK (level IN ('county', 'city', 'province')),
  raised_on   text COLLATE "C" NOT NULL,
  due         text COLLATE "C",
  status      text COLLATE "C" NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
  resolved_on text COLLATE "C",
  resolution  text COLLATE "C",
  created_at  text COLLATE "C" NOT NULL,
  CHECK ((status = 'resolved') = (resolved_on IS NOT NULL))
);
CREATE SEQUENCE problem_id_seq OWNED BY problem.id;
CREATE TRIGGER problem_next_id BEFORE INSERT ON problem FOR EACH ROW EXECUTE FUNCTION keyproj_next_id();
-- A project's open problems: the blocker of a report looks its text up there.
CREATE INDEX problem_project_status ON problem (project_id, status);

-- What changed on the entry's day: the fields an update set (level, due, owner) and its note.
CREATE TABLE problem_entry (
  id         bigint PRIMARY KEY,
  problem_id bigint NOT NULL REFERENCES problem(id),
  entered_on text COLLATE "C" NOT NULL,
  kind       text COLLATE "C" NOT NULL CHECK (kind IN ('raise', 'update', 'resolve', 'reopen')),
  note       text COLLATE "C",
  level      text COLLATE "C" CHECK (level IS NULL OR level IN ('county', 'city', 'province')),
  due        text COLLATE "C",
  owner_id   bigint REFERENCES owner(id),
  author     text COLLATE "C" NOT NULL
);
CREATE SEQUENCE problem_entry_id_seq OWNED BY problem_entry.id;
CREATE TRIGGER problem_entry_next_id BEFORE INSERT ON problem_entry FOR EACH ROW EXECUTE FUNCTION keyproj_next_id();
CREATE INDEX problem_entry_problem ON problem_entry (problem_id, id);
