-- An entry the seed retires (a measure heading, a sentence split into its named items) was
-- never a project of the plan: it keeps its code and its row, archived, so that codes are never
-- reused, but unlike a project an officer archived it was in the portfolio on no date at all.
-- retired holds the reason seed/<REGION>/retired.csv gives (NULL for every project), and the
-- figures as of any date leave such an entry out (store/as_of.cpp). A database archived by an
-- earlier seed has its entries marked when `seed` runs again.
ALTER TABLE project ADD COLUMN retired TEXT CHECK (retired IS NULL OR retired <> '');
