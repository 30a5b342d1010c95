-- Responsible leaders (包保领导, issue 18; migrations/0016_leaders.sql): the person a city names
-- for each key project, with their post. Two leaders may share a name, so a leader is known by
-- id. The phone is personal data, shown on a project's card and exported only when asked for.
CREATE TABLE leader (
  id         bigint PRIMARY KEY,
  name       text COLLATE "C" NOT NULL CHECK (name <> ''),
  title      text COLLATE "C" NOT NULL CHECK (title <> ''),
  phone      text COLLATE "C",
  created_at text COLLATE "C" NOT NULL
);
CREATE SEQUENCE leader_id_seq OWNED BY leader.id;
CREATE TRIGGER leader_next_id BEFORE INSERT ON leader FOR EACH ROW EXECUTE FUNCTION keyproj_next_id();
-- A hash index: a name may be longer than a b-tree entry holds, and is looked up whole.
CREATE INDEX leader_name ON leader USING hash (name);

ALTER TABLE project ADD COLUMN leader_id bigint REFERENCES leader(id);
CREATE INDEX project_leader ON project (leader_id);
