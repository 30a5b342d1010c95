-- Migration 0007's trigger progress_update_correction_names_its_original kept a correction on
-- its original's project and date. A BEFORE INSERT trigger, even one whose WHEN is false, made
-- every report insert copy its values into the trigger's registers: an import of 12,000 reports
-- that correct nothing took 471M instructions against 360M before 0007, 380M without it. The
-- rule is kept by the one writer of corrections (store/recording.cpp, correct_report), which
-- copies the project and the date from the report it corrects.
DROP TRIGGER progress_update_correction_names_its_original;
