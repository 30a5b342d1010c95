-- Settings hold text as well as whole numbers (migrations/0012_text_settings.sql). Each key
-- has a type; an integer key keeps its range [min_value, max_value]; a text key takes one of a
-- fixed set of values (`allowed`, the values between '|') or what a check the program names
-- accepts (`checked_by`).
--
-- SQLite keeps `value` and `default_value` untyped, each stored as given, and checks that
-- typeof() is the key's type. A PostgreSQL column has one type: here both are text, and an
-- integer key's value must be a whole number written as SQLite writes one ('90', '-5'; not
-- '090' nor '+5') within its range. It reads back as the same digits, which the program reads
-- as a number as it does SQLite's integer. The table is built anew, as in SQLite, so that its
-- columns stand in the same order.

-- True when `t` is a whole number in SQLite's spelling of an integer, from lo to hi.
CREATE FUNCTION keyproj_integer_between(t text, lo bigint, hi bigint) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  n bigint;
BEGIN
  n := t::bigint;
  RETURN n::text = t AND n BETWEEN lo AND hi;
EXCEPTION WHEN data_exception THEN
  RETURN false;
END
$$;

CREATE TABLE setting_typed (
  key            text COLLATE "C" PRIMARY KEY CHECK (key <> ''),
  type           text COLLATE "C" NOT NULL DEFAULT 'integer' CHECK (type IN ('integer', 'text')),
  value          text COLLATE "C" NOT NULL,
  default_value  text COLLATE "C" NOT NULL,
  min_value      bigint,
  max_value      bigint,
  allowed        text COLLATE "C" CHECK (allowed IS NULL OR allowed <> ''),
  checked_by     text COLLATE "C" CHECK (checked_by IS NULL OR checked_by IN ('region')),
  description_en text COLLATE "C" NOT NULL,
  description_zh text COLLATE "C" NOT NULL,
  updated_at     text COLLATE "C",  -- NULL while the default stands
  CHECK (type <> 'integer' OR (min_value IS NOT NULL AND max_value IS NOT NULL AND allowed IS NULL
                               AND checked_by IS NULL AND keyproj_integer_between(value, min_value, max_value)
                               AND keyproj_integer_between(default_value, min_value, max_value))),
  CHECK (type <> 'text' OR (min_value IS NULL AND max_value IS NULL
                            AND (allowed IS NULL) <> (checked_by IS NULL)
                            AND (allowed IS NULL OR (strpos('|' || allowed || '|', '|' || value || '|') > 0
                                                     AND strpos('|' || allowed || '|', '|' || default_value || '|') > 0))))
);

INSERT INTO setting_typed (key, type, value, default_value, min_value, max_value, description_en, description_zh,
                           updated_at)
  SELECT key, 'integer', value::text, default_value::text, min_value, max_value, description_en, description_zh,
         updated_at
  FROM setting;
DROP TABLE setting;
ALTER TABLE setting_typed RENAME TO setting;
ALTER INDEX setting_typed_pkey RENAME TO setting_pkey;

INSERT INTO setting (key, type, value, default_value, checked_by, description_en, description_zh) VALUES
  ('home.region', 'text', '', '', 'region',
   'a project name that matches projects of several regions but one of this region is that one',
   '项目名称匹配多个地区的项目、但本地区只有一个时，即为该项目');
