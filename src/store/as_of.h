#pragma once
// What held on the as-of date, in SQL (DESIGN.md "Time"). Every figure reads the database
// through these fragments, with the named parameter :as_of bound by bind_as_of:
//   a report counts from its report date (as corrected, whenever the correction was made);
//   a milestone is reached from its done date, and is due, as of a date, where it was due
//     before the first move made after that date (milestone_move);
//   a project's stage is the stage it left at its first change made after the date
//     (stage_change), else the stage it has;
//   a project is in the portfolio until the day it was archived, and an entry the seed retired
//     (migration 0010) on no date at all. The day a project entered the database is not a
//     fact about the project and hides it from no date.
// Each "changed after the date" test asks first, once per statement, whether anything changed
// after the date, then looks the row up in the set of what did (an index on the day of the
// change finds it): as of today nothing did, the stored value is taken as it is, and no row
// pays a look-up.

#include <optional>
#include <string>

#include "domain/model.h"
#include "store/sql/statement.h"
#include "util/date.h"

namespace keyproj {

// The stage of project `p` as of :as_of.
std::string stage_then_sql(const std::string& p = "p");

// Whether project `p` had started (开工) by :as_of: its start day (project.started_on) is on or
// before it, or, for a project whose start day is not known (it entered the database already
// building), its stage then is building or beyond.
std::string started_then_sql(const std::string& p = "p");

// The reports of project `p` that count on :as_of and are dated in the year from :year_first
// to :year_last, as `u` (reports_then_sql): what it completed "this year".
std::string year_reports_then_sql(const std::string& p = "p");

// Whether annual plan entry `a` is a new start due to start by :as_of: its planned start
// month has ended on or before it (planned 2026-02 is due from 2026-02-28).
std::string due_to_start_then_sql(const std::string& a = "a");
// The day such an entry is due to have started: the last day of its planned start month.
std::string start_due_sql(const std::string& a = "a");

// Project `p`'s entry in the annual plan of :as_of's year, as `ap` (a LEFT JOIN: NULLs for a
// project not in that list), and the columns its light reads (year_plan_columns_sql, three:
// whether it is in the list, its plan amount, completed this year, and for a new start not
// started by then the day it is due to start), read back by read_year_plan. The year is
// :as_of's own, so no other parameter is bound; the sum runs only for projects in the list.
std::string year_plan_join_sql(const std::string& p = "p");
std::string year_plan_columns_sql(const std::string& p = "p");
std::optional<YearPlanStanding> read_year_plan(sql::Statement& q, int first_column);

// Whether project `p` was in the portfolio on :as_of (not yet archived).
std::string in_portfolio_then_sql(const std::string& p = "p");

// Whether milestone `m` is not deleted (migration 0013): a deleted one is in nothing on any date.
std::string live_milestone_sql(const std::string& m = "m");

// Whether milestone `m` was open on :as_of (not done, or done later).
std::string open_then_sql(const std::string& m = "m");
// Its done date as known on :as_of (NULL when done later).
std::string done_then_sql(const std::string& m = "m");
// Its due date as of :as_of.
std::string due_then_sql(const std::string& m = "m");
// Whether milestone `m` was moved after :as_of.
std::string moved_after_sql(const std::string& m = "m");
// The ids of the milestones done or moved after :as_of: the only ones whose done state or
// due date as of then differs from what is stored.
std::string milestones_changed_after_sql();

// The reports of project `p` that count on :as_of, as `u`: FROM and WHERE of a subquery. They
// are the reports in force (migration 0007's view report_in_force) dated by then; a
// correction carries the date of the report it corrects, so it counts from that date.
std::string reports_then_sql(const std::string& p = "p");
// The same reports as a join: "report_in_force u ON …", for a query that groups them.
std::string reports_then_join_sql(const std::string& p = "p");

// The problems raised by :as_of as they stood then (their dated entries, migration 0017): a
// subquery to alias, of the columns id, project_id, text, raised_on, level, due, owner_id,
// resolved_on and resolution. The level, deadline and unit are those of the latest entry by
// then that set them, resolved_on and resolution those of a resolution not reopened by then
// (NULL: open then). A problem with no entry after the date reads as stored, without a look-up.
std::string problems_then_sql();

// Binds :as_of: the date, or, for none, a day after every date stored (the database as it
// stands, for the records that writes read).
void bind_as_of(sql::Statement& q, const std::optional<Date>& as_of);

}  // namespace keyproj
