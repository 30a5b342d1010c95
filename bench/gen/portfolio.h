#pragma once
// A synthetic portfolio: what each project, milestone and monthly report of a size holds.
// Pure functions of (seed, size, as-of date, project number): writers ask for project i and
// get the same project every time, so the database, the CSV and the Taskwarrior file agree.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/date.h"

namespace keyproj::bench {

struct Size {
  std::string name;
  std::int64_t projects = 0;
  std::int64_t milestones = 0;
  std::int64_t updates = 0;
};

// S, T (the Taskwarrior comparison: 100,000 milestones), M and L; nullopt for another name.
std::optional<Size> size_named(std::string_view name);

struct GenOwner {
  std::string name;
  std::string kind;  // unit | enterprise
  std::string contact;
  int region = 0;  // index into regions()
};

struct GenProject {
  std::int64_t number = 0;  // 0-based; its row id is number + 1
  std::string code;
  std::string name_zh;
  std::string name_en;
  int region = 0;  // index into regions()
  std::string county;
  int program = 0;  // index into program_names()
  std::string category;
  std::string location;
  std::string scale;
  std::int64_t owner = 0;  // 0-based owner number
  std::string initial_stage;  // before this year's reports
  std::string stage;          // after them
  std::optional<std::string> resume_stage;  // for a suspended project
  std::optional<std::int64_t> budget_yuan;
  std::string planned_start;
  std::string planned_finish;
  std::string entered_on;
  int milestone_count = 0;
  int update_count = 0;
};

struct GenMilestone {
  std::string title;
  std::string baseline_due;
  std::string due;
  std::optional<std::string> done_on;
  std::optional<std::string> move_reason;  // set when due differs from the baseline
  std::string created_at;
};

// A project's entry in the annual plan (年度计划) of the as-of date's year (migration 0014).
struct GenPlan {
  int year = 0;
  std::string plan_class;                     // new | continuing | completing | reserve
  std::optional<std::int64_t> investment_yuan;  // empty: in the list with no plan amount
  std::optional<std::string> planned_start;   // a new start's month, as its first day
  std::optional<std::string> planned_finish;  // a completing project's planned finish
  std::string author;                         // the city's officer who keeps the list
};

struct GenUpdate {
  std::string reported_on;
  std::string stage;
  int progress_pct = 0;
  std::int64_t invested_yuan = 0;
  std::string note;
  std::optional<std::string> blocker;
  std::string author;
  std::string created_at;
};

class Portfolio {
 public:
  static constexpr std::uint64_t kSeed = 20211231;

  Portfolio(Size size, Date as_of, std::uint64_t seed = kSeed);

  const Size& size() const { return size_; }
  const Date& as_of() const { return as_of_; }
  std::int64_t owner_count() const { return owners_per_region_ * 5; }

  GenOwner owner(std::int64_t number) const;
  GenProject project(std::int64_t number) const;
  std::vector<GenMilestone> milestones(const GenProject& p) const;
  std::vector<GenUpdate> updates(const GenProject& p) const;
  // Its entry in the as-of year's plan; none when the project is not in that year's list.
  std::optional<GenPlan> plan(const GenProject& p) const;

 private:
  // Counts for project `number`: the size's average, moved up or down by an amount drawn for
  // its pair and taken from its partner, so the totals come out exact.
  int count_for(std::int64_t number, std::int64_t total, std::int64_t spread, std::uint64_t salt) const;

  Size size_;
  Date as_of_;
  std::uint64_t seed_;
  std::int64_t owners_per_region_;
};

}  // namespace keyproj::bench
