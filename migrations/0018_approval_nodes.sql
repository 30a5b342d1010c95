-- Approval nodes (审批节点, issue 18): the approvals that precede a start (立项, 用地, 规划, 环评,
-- 节能, 施工图, 施工许可) tracked as milestones of their own kind, planned from a template.
--
-- A milestone is a milestone or an approval node. One approval node of a project may mark the
-- start (开工): the first report that moves the project to building marks it done that day, so
-- the node and the actual start agree.
ALTER TABLE milestone ADD COLUMN kind TEXT NOT NULL DEFAULT 'milestone'
  CHECK (kind IN ('milestone', 'approval'));
ALTER TABLE milestone ADD COLUMN marks_start INTEGER NOT NULL DEFAULT 0
  CHECK (marks_start IN (0, 1) AND (marks_start = 0 OR kind = 'approval'));

-- A template is a named list of nodes. Each node has a time limit in calendar days counted from
-- the node it follows (`after`, the title of an earlier node of the same template) or, with no
-- node named, from the day the plan starts; nodes that follow the same node run in parallel.
CREATE TABLE node_template (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE CHECK (name <> ''),
  created_at TEXT NOT NULL
);

CREATE TABLE template_node (
  id          INTEGER PRIMARY KEY,
  template_id INTEGER NOT NULL REFERENCES node_template(id),
  position    INTEGER NOT NULL CHECK (position > 0),
  title       TEXT NOT NULL CHECK (title <> ''),
  after       TEXT CHECK (after IS NULL OR after <> ''),
  days        INTEGER NOT NULL CHECK (days BETWEEN 0 AND 3650),
  marks_start INTEGER NOT NULL DEFAULT 0 CHECK (marks_start IN (0, 1)),
  UNIQUE (template_id, position),
  UNIQUE (template_id, title)
);

-- The usual approval chain of an investment project, as a starting point each office sets to its
-- own limits (template show approvals; export and import --what templates). 用地预审 runs beside
-- 立项; 环评 and 节能 follow 立项 side by side; the planning permits follow the land; 施工许可
-- needs the drawings reviewed; 开工 follows the permit.
INSERT INTO node_template (id, name, created_at) VALUES (1, 'approvals', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
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
