#pragma once
// What `keyproj bulletin` reads: in one pass, every project the filter selects with what
// `report` sums of it (its light's facts included) and, for a project of the as-of year's list,
// what `report --year` sums; then the few things the bulletin lists beside the sums. Every
// figure is as of the as-of date (store/as_of.h), the bulletin month's last day.

#include <array>
#include <cstdint>
#include <functional>
#include <optional>

#include "domain/model.h"
#include "domain/year_tally.h"
#include "store/database.h"
#include "store/portfolio_filter.h"
#include "store/report.h"
#include "util/date.h"

namespace keyproj {

struct BulletinProject {
  // With its names, county, category, owner, leader, and year_plan as its light reads it.
  Project project;
  Text region_en;                    // the region's English name (project.region_zh its Chinese)
  std::int64_t late_milestones = 0;  // open milestones due before the as-of date (as `report`)
  ProblemCounts problems;            // open then, and of them past their deadline (as `report`)
  std::optional<YearProject> year;   // its entry in the as-of year's list, as `report --year` sums it
};

// Every project `filter` selects (filter.as_of is the as-of date), by region code then code.
void for_each_bulletin_project(Database& db, const PortfolioFilter& filter,
                               const std::function<void(const BulletinProject&)>& fn);

// Completed by the projects of the as-of year's list that `filter` selects, per month of that
// year (index 0 is January): their reports in force dated in the month and by the as-of date.
std::array<std::int64_t, 12> completed_by_month(Database& db, const PortfolioFilter& filter);

// Whether any problem of any project had been raised by `as_of`: a bulletin says when the
// problem list has not been started, rather than that nothing is open.
bool any_problem_raised(Database& db, const Date& as_of);

// An open milestone or approval node and the names a bulletin shows beside it.
struct DueMilestone {
  Milestone milestone;  // its due date as of then
  std::string project_name;
  Text owner;
  Text leader;
};

// The milestones of the projects `filter` selects that were open on the as-of date and due,
// as of then, from `first` to `last`: by due date, then project code, then id.
void for_each_milestone_due(Database& db, const PortfolioFilter& filter, const Date& first, const Date& last,
                            const std::function<void(const DueMilestone&)>& fn);

}  // namespace keyproj
