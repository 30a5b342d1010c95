-- Who wrote each annual plan entry and each dated stage move, on the row itself, as a report,
-- a problem entry and a milestone move carry theirs: an entry an import added as 示例 (the
-- demo's example list) or from a county's sheet says so wherever the row is read, not only in
-- the audit trail.
--
-- An entry's author is the one who last set it. Every write of an entry has been audited, so
-- the entries already stored take the user of their newest audit row; the default only serves
-- this ALTER, and every write gives the author.
ALTER TABLE annual_plan ADD COLUMN author TEXT NOT NULL DEFAULT '';
UPDATE annual_plan SET author = coalesce(
  (SELECT a.user FROM audit a WHERE a.entity = 'annual_plan' AND a.entity_id = annual_plan.id ORDER BY a.id DESC LIMIT 1),
  '');

-- A stage move recorded before this migration names no author: the audit row written beside it
-- is not linked to it, and a move is not guessed from a date. It stays NULL, as unknown.
ALTER TABLE stage_change ADD COLUMN author TEXT;
