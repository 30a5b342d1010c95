-- Settings hold text as well as whole numbers. Each key has a type; an integer key keeps its
-- range [min_value, max_value]; a text key takes one of a fixed set of values (`allowed`, the
-- values between '|': 'month|day') or what a check the program names accepts (`checked_by`:
-- 'region', a region's code, or '' for none). So a text key with a fixed set is one row, and
-- nothing else:
--   INSERT INTO setting (key, type, value, default_value, allowed, description_en, description_zh)
--   VALUES ('schedule.basis', 'text', 'month', 'month', 'month|day', '…', '…');
-- SQLite cannot change a column's checks in place: the table is built anew with its rows.
-- `value` and `default_value` have no declared type, so that SQLite stores each as given (a
-- declared type would turn the text '2026' into a number).

CREATE TABLE setting_typed (
  key            TEXT PRIMARY KEY CHECK (key <> ''),
  type           TEXT NOT NULL DEFAULT 'integer' CHECK (type IN ('integer', 'text')),
  value          NOT NULL,
  default_value  NOT NULL,
  min_value      INTEGER,
  max_value      INTEGER,
  allowed        TEXT CHECK (allowed IS NULL OR allowed <> ''),
  checked_by     TEXT CHECK (checked_by IS NULL OR checked_by IN ('region')),
  description_en TEXT NOT NULL,
  description_zh TEXT NOT NULL,
  updated_at     TEXT,  -- NULL while the default stands
  CHECK (typeof(value) = type AND typeof(default_value) = type),
  CHECK (type <> 'integer' OR (min_value IS NOT NULL AND max_value IS NOT NULL AND allowed IS NULL
                               AND checked_by IS NULL AND value BETWEEN min_value AND max_value
                               AND default_value BETWEEN min_value AND max_value)),
  CHECK (type <> 'text' OR (min_value IS NULL AND max_value IS NULL
                            AND (allowed IS NULL) <> (checked_by IS NULL)
                            AND (allowed IS NULL OR (instr('|' || allowed || '|', '|' || value || '|') > 0
                                                     AND instr('|' || allowed || '|', '|' || default_value || '|') > 0))))
);

INSERT INTO setting_typed (key, type, value, default_value, min_value, max_value, description_en, description_zh,
                           updated_at)
  SELECT key, 'integer', value, default_value, min_value, max_value, description_en, description_zh, updated_at
  FROM setting;
DROP TABLE setting;
ALTER TABLE setting_typed RENAME TO setting;

INSERT INTO setting (key, type, value, default_value, checked_by, description_en, description_zh) VALUES
  ('home.region', 'text', '', '', 'region',
   'a project name that matches projects of several regions but one of this region is that one',
   '项目名称匹配多个地区的项目、但本地区只有一个时，即为该项目');
