#pragma once
// The sums of `keyproj report`: one Tally per group and one for the total. Pure arithmetic over
// projects as the store reads them, so the rule of each column is written and tested once.

#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include "domain/light.h"
#include "domain/model.h"
#include "domain/stage.h"

namespace keyproj {

// Adds `amount` to a report's money total `what` (the tallies of `report` and `report --year`):
// a sum past 64 bits is refused, never shown negative. Counts of projects cannot come near it.
void add_yuan(std::int64_t& total, std::int64_t amount, const char* what);

struct Tally {
  std::int64_t projects = 0;
  std::array<std::int64_t, 7> by_stage{};  // indexed by Stage
  // A project without a stated budget is counted here and left out of the budget total and the
  // completion rate: an unknown budget is not a zero one.
  std::int64_t no_budget = 0;
  std::int64_t budget_yuan = 0;             // sum over projects with a budget
  std::int64_t invested_yuan = 0;           // sum over all projects
  std::int64_t invested_budgeted_yuan = 0;  // sum over projects with a budget
  std::int64_t overdue_milestones = 0;
  std::int64_t overdue_projects = 0;
  std::int64_t stale_projects = 0;
  std::int64_t open_problems = 0;     // problems open on the as-of date
  std::int64_t overdue_problems = 0;  // open and past their deadline
  std::array<std::int64_t, 3> lights{};  // indexed by Light
  std::int64_t no_light = 0;             // cancelled projects: the lights and these add up to projects

  // Counts `p`, which has `overdue_milestones` milestones late as of `as_of`.
  void add(const Project& p, std::int64_t overdue_milestones, Date as_of, const LightThresholds& t);
  void add(const Tally& other);
  // Counts a project's problems: `open` on the as-of date, `overdue` of them past their deadline.
  void add_problems(std::int64_t open, std::int64_t overdue);

  std::int64_t stage_count(Stage s) const { return by_stage[static_cast<std::size_t>(s)]; }
  std::int64_t light_count(Light l) const { return lights[static_cast<std::size_t>(l)]; }
  // The budget total; empty when no project of the group states a budget.
  std::optional<std::int64_t> budget_total() const;
  // Investment completion rate (domain/completion.h) over the projects that state a budget:
  // invested over budget, both over those projects. Empty, or "—", when their budgets sum to zero.
  std::optional<double> completion_rate() const;
  std::string completion_text() const;
};

}  // namespace keyproj
