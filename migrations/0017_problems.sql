-- Problems (问题清单) and their close-out (销号): a problem of a project is raised on a day, owned
-- by a responsible unit (an owner), handled at a level (county, city or province) and given a
-- deadline; it is open until resolved with what was done, and may be reopened. Each change is a
-- dated entry: a note, a level change (an escalation when it carries a note), a new deadline,
-- a new unit, the resolution or a reopening, so the card reads as the problem's own log.
CREATE TABLE problem (
  id          INTEGER PRIMARY KEY,
  project_id  INTEGER NOT NULL REFERENCES project(id),
  text        TEXT NOT NULL CHECK (text <> ''),
  owner_id    INTEGER REFERENCES owner(id),
  level       TEXT NOT NULL DEFAULT 'county' CHECK (level IN ('county', 'city', 'province')),
  raised_on   TEXT NOT NULL,
  due         TEXT,
  status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
  resolved_on TEXT,
  resolution  TEXT,
  created_at  TEXT NOT NULL,
  CHECK ((status = 'resolved') = (resolved_on IS NOT NULL))
);
-- A project's open problems: the blocker of a report looks its text up there.
CREATE INDEX problem_project_status ON problem (project_id, status);

-- What changed on the entry's day: the fields an update set (level, due, owner) and its note.
CREATE TABLE problem_entry (
  id         INTEGER PRIMARY KEY,
  problem_id INTEGER NOT NULL REFERENCES problem(id),
  entered_on TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('raise', 'update', 'resolve', 'reopen')),
  note       TEXT,
  level      TEXT CHECK (level IS NULL OR level IN ('county', 'city', 'province')),
  due        TEXT,
  owner_id   INTEGER REFERENCES owner(id),
  author     TEXT NOT NULL
);
CREATE INDEX problem_entry_problem ON problem_entry (problem_id, id);
