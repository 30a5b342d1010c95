-- Migration 0007's rule that a correction stays on its original's project and date is kept by
-- the one writer of corrections (store/recording.cpp, correct_report), as in SQLite, where the
-- trigger cost every imported report (migrations/0008_correction_trigger_dropped.sql): both
-- backends keep the same rules in the same place.
DROP TRIGGER progress_update_correction_names_its_original ON progress_update;
DROP FUNCTION keyproj_correction_names_its_original();
