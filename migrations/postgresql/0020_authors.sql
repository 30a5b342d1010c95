-- Who wrote each annual plan entry and each dated stage move, on the row itself
-- (migrations/0020_authors.sql). The entries already stored take the user of their newest
-- audit row; the default only serves this ALTER, and every write gives the author.
ALTER TABLE annual_plan ADD COLUMN author text COLLATE "C" NOT NULL DEFAULT '';
UPDATE annual_plan SET author = coalesce(
  (SELECT a."user" FROM audit a WHERE a.entity = 'annual_plan' AND a.entity_id = annual_plan.id ORDER BY a.id DESC LIMIT 1),
  '');

-- A stage move recorded before this migration names no author: it stays NULL, as unknown.
ALTER TABLE stage_change ADD COLUMN author text COLLATE "C";
