#pragma once
// The rows `keyproj report` sums: every project the filter selects with what its group is, read in
// group order so that groups can be summed as they stream past.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "domain/model.h"
#include "store/database.h"
#include "store/portfolio_filter.h"
#include "util/date.h"

namespace keyproj {

// County and Class group only the annual plan's report (`report --year`): a class is an entry's.
enum class ReportBy { Region, Program, Owner, Leader, Stage, Category, County, Class };

// Throws Error(Usage); county and class only for the year's report.
ReportBy parse_report_by(std::string_view text, bool year = false);
std::string_view report_by_name(ReportBy by);

// A grouping in SQL over project `p` joined to region `r`, owner `o`, leader `ld`, programme `pg` (and, for
// Class, annual plan entry `a`): the group's identity, the value shown, the order of groups
// (projects with no value last).
struct GroupingSql {
  std::string id;
  std::string value;
  std::string order;
};
GroupingSql grouping_sql(ReportBy by);

struct ReportGroup {
  std::string id;  // identifies the group; "" for projects that have no value (no programme …)
  Text value;      // the value as stored (region code, programme name …); empty for none
  Text name_zh;    // a region's Chinese and English names; empty for other groupings
  Text name_en;
};

// The group of the current row of `q`, whose first four columns are the grouping's id and value
// and the region's Chinese and English names (kept for a grouping by region only).
ReportGroup read_report_group(sql::Statement& q, ReportBy by);

// Calls `fn` for every project `filter` selects, ordered by group (projects with no value last) then
// code. `p` carries what the light and the sums need; `overdue_milestones` counts its open
// milestones due before `as_of` (none for a cancelled project); `problems` counts its problems.
// A project's problems open on the as-of date (raised by then, not resolved by then), and those
// of them past their deadline (none for a cancelled project, as in the overdue list).
struct ProblemCounts {
  std::int64_t open = 0;
  std::int64_t overdue = 0;
};

// What a project's light and report's sums read, as columns of a SELECT over project `p` (and
// the year plan's join, year_plan_join_sql), sixteen of them from its code on; read back by
// read_report_figures from column `first`. The bulletin reads the same (store/bulletin.h).
std::string report_figures_sql();
struct ReportFigures {
  Project project;  // code, stage then, budget, invested, planned start and finish, entered,
                    // last report, earliest open due date and year_plan
  std::int64_t overdue_milestones = 0;
  ProblemCounts problems;
};
ReportFigures read_report_figures(sql::Statement& q, int first);

void for_each_report_project(Database& db, ReportBy by, const PortfolioFilter& filter, Date as_of,
                             const std::function<void(const ReportGroup& group, const Project& p,
                                                      std::int64_t overdue_milestones, ProblemCounts problems)>& fn);

}  // namespace keyproj
