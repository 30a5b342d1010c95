-- Responsible leaders (包保领导, issue 18): the person a city names for each key project, with
-- the post that makes them answerable (副市长, 区长 …). Two leaders may share a name, so a leader
-- is known by id and a name finds them only when it is one. The phone is personal data: shown
-- on a project's card, and in exports only when asked for (--contacts).
CREATE TABLE leader (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL CHECK (name <> ''),
  title      TEXT NOT NULL CHECK (title <> ''),
  phone      TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX leader_name ON leader (name);

ALTER TABLE project ADD COLUMN leader_id INTEGER REFERENCES leader(id);
CREATE INDEX project_leader ON project (leader_id);
