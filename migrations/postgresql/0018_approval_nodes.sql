-- Approval nodes (审批节点, issue 18; migrations/0018_approval_nodes.sql): the approvals that
-- precede a start, tracked as milestones of their own kind and planned from a template. One
-- approval node of a project may mark the start (开工), a 0/1 flag as SQLite stores it.
ALTER TABLE milestone ADD COLUMN kind text COLLATE "C" NOT NULL DEFAULT 'milestone'
  CHECK (kind IN ('milestone', 'approval'));
ALTER TABLE milestone ADD COLUMN marks_start bigint NOT NULL DEFAULT 0,
  ADD CHECK (marks_start IN (0, 1) AND (marks_start = 0 OR kind = 'approval'));

-- A template is a named list of nodes, each with a time limit in calendar days counted from
-- the node it follows (`after`) or from the day the plan starts.
CREATE TABLE node_template (
  id         bigint PRIMARY KEY,
  name       text COLLATE "C" NOT NULL CHECK (name <> ''),
  created_at text COLLATE "C" NOT NULL,
  CONSTRAINT node_template_name_key EXCLUDE USING hash (name WITH =)  -- unique, of any length (0001)
);
CREATE SEQUENCE node_template_id_seq OWNED BY node_template.id;
CREATE TRIGGER node_template_next_id BEFORE INSERT ON node_template FOR EACH ROW EXECUTE FUNCTION keyproj_next_id();

CREATE TABLE template_node (
  id          bigint PRIMARY KEY,
  template_id bigint NOT NULL REFERENCES node_template(id),
  position    bigint NOT NULL CHECK (position > 0),
  title       text COLLATE "C" NOT NULL CHECK (title <> ''),
  after       text COLLATE "C" CHECK (after IS NULL OR after <> ''),
  days        bigint NOT NULL CHECK (days BETWEEN 0 AND 3650),
  marks_start bigint NOT NULL DEFAULT 0 CHECK (marks_start IN (0, 1)),
  UNIQUE (template_id, position),
  CONSTRAINT template_node_template_id_title_key EXCLUDE USING hash ((template_id::text || ':' || title) WITH =)
);
CREATE SEQUENCE template_node_id_seq OWNED BY template_node.id;
CREATE TRIGGER template_node_next_id BEFORE INSERT ON template_node FOR EACH ROW EXECUTE FUNCTION keyproj_next_id();

-- The usual approval chain of an investment project, as a starting point each office sets to
-- its own limits. The template's id is 1, as in SQLite.
INSERT INTO node_template (id, name, created_at)
  VALUES (1, 'approvals', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'));
INSERT INTO template_node (template_id, position, title, after, days, marks_start) VALUES
  (1, 1, '立项（审批/核准/备案）', NULL, 20, 0),
  (1, 2, '用地预审与选址', NULL, 20, 0),
  (1, 3, '建设用地规划许可', '用地预审与选址', 20, 0),
  (1, 4, '环评批复', '立项（审批/核准/备案）', 30, 0),
  (1, 5, '节能审查', '立项（审批/核准/备案）', 20, 0),
  (1, 6, '建设工程规划许可', '建设用地规划许可', 20, 0),
  (1, 7, '施工图审查', '建设工程规划许可', 15, 0),
  (1, 8, '施工许可', '施工图审查', 10, 0),
  (1, 9, '开工', '施工许可', 30, 1);
