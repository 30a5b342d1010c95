-- An entry the seed retires keeps its code and its row, archived, with the reason
-- seed/<REGION>/retired.csv gives (migrations/0010_retired_entries.sql); NULL for every project.
ALTER TABLE project ADD COLUMN retired text COLLATE "C" CHECK (retired IS NULL OR retired <> '');
