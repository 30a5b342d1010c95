#pragma once
// The overdue list (DESIGN.md "What late means"), read straight from the database as of a date:
//   milestone  an open milestone due before the as-of date (its project not completed,
//              operating or cancelled);
//   approval   the same of an approval node (审批节点);
//   project    planned finish before the as-of date, not completed, operating or cancelled;
//   stale      an active project whose last report (else the day it entered the database) is
//              more than stale_days old; its due date is the day the next report was due;
//   start      a new start of the as-of year's annual plan due to start (its planned start
//              month has ended) and not started, not cancelled; due the month's last day.
//   problem    an open problem (问题) whose deadline is before the as-of date; the problem's
//              text is in the milestone column, its unit and level in their own.
// Every fact is as it stood on the as-of date (store/as_of.h): a milestone done later is
// open, a due date moved later is the old one, the stage is the one of then, and a project
// archived later is in. One SQL statement, sorted in SQL by days late (most first), then
// project code, so rows stream out as they are read.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "domain/model.h"
#include "store/database.h"
#include "store/portfolio_filter.h"
#include "util/date.h"

namespace keyproj {

enum class OverdueKind { Milestone, Project, Stale, Start, Problem, Approval };

// "milestone", "project", "stale", "start", "problem", "approval"
std::string_view overdue_kind_name(OverdueKind k);
std::string_view overdue_kind_name_zh(OverdueKind k);
OverdueKind parse_overdue_kind(std::string_view text);  // throws Error(Usage)

struct OverdueQuery {
  Date as_of;
  std::int64_t stale_days = 0;  // from the stale.days setting unless --stale-days says otherwise
  std::int64_t min_days = 1;    // only rows at least this many days late
  bool milestones = true;
  bool projects = true;
  bool stale = true;
  bool starts = true;
  bool problems = true;
  bool approvals = true;
  PortfolioFilter filter;
};

struct OverdueRow {
  OverdueKind kind = OverdueKind::Milestone;
  std::string project_code;
  std::string project_name;
  std::string region;  // region code
  Text owner;
  Text leader;  // the responsible leader's name, title and phone (the phone only exported on request)
  Text leader_title;
  Text leader_phone;
  Text milestone;   // the milestone's title or the problem's text; empty for the other kinds
  std::string due;  // ISO date
  std::int64_t days_late = 0;
  Text unit;   // a problem's responsible unit
  Text level;  // a problem's level: county, city, province
};

void for_each_overdue(Database& db, const OverdueQuery& q, const std::function<void(const OverdueRow&)>& fn);

// SQLite's EXPLAIN QUERY PLAN of the statement for_each_overdue runs, one detail per line.
std::string overdue_query_plan(Database& db, const OverdueQuery& q);

}  // namespace keyproj
