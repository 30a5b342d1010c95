-- A problem as of a date reads its dated entries (store/as_of.cpp, problems_then_sql) only when
-- some entry is dated after that date: this index answers that question, and finds those
-- problems, without reading every entry.
CREATE INDEX problem_entry_day ON problem_entry (entered_on);
