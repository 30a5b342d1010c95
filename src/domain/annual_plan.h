#pragma once
// The annual plan (年度重点项目计划): per project and year, a class, the year's planned
// investment and, by class, a planned start or finish. The rules an entry obeys, whether typed
// (`plan set`) or imported, are written here once.

#include <optional>
#include <string>
#include <string_view>

#include "domain/model.h"
#include "util/date.h"

namespace keyproj {

enum class PlanClass { New, Continuing, Completing, Reserve };

inline constexpr PlanClass kPlanClasses[] = {PlanClass::New, PlanClass::Continuing, PlanClass::Completing,
                                             PlanClass::Reserve};

std::string_view plan_class_name(PlanClass c);     // "new": the stored and typed form
std::string_view plan_class_name_zh(PlanClass c);  // "新开工"
std::string_view plan_class_shown(PlanClass c);    // in the reader's language (util/translate.h)
// English or Chinese (新开工, 续建, 竣工投产, 预备, 前期, 预备/前期); empty when it is none.
std::optional<PlanClass> plan_class_from_name(std::string_view name);
PlanClass parse_plan_class(std::string_view text, std::string_view field);  // throws Error(Rejected)

// The years a plan may be for: a typo (206, 20266) is refused rather than stored.
inline constexpr int kFirstPlanYear = 2000;
inline constexpr int kLastPlanYear = 2100;
// "2026" or "2026年"; Error(Rejected) naming `field` otherwise.
int parse_plan_year(std::string_view text, std::string_view field);

struct PlanEntry {
  std::int64_t id = 0;
  std::int64_t project_id = 0;
  std::string project_code;
  std::string project_name;
  int year = 0;
  PlanClass plan_class = PlanClass::Continuing;
  Money investment_yuan;  // empty: in the year's list with no plan amount
  Text planned_start;     // ISO day, for a new start
  Text planned_finish;    // ISO day, for a completing project
  std::string author;     // who last set it: the user, or an imported row's author column
};

// What `plan set` or a row of an import asks of a project's entry for a year. A field not
// given keeps the stored value; a value given empty (nullopt inside) clears it.
struct PlanChange {
  std::optional<PlanClass> plan_class;
  std::optional<Money> investment_yuan;
  std::optional<Text> planned_start;
  std::optional<Text> planned_finish;
  // Who the entry is set by, where a row names its author (a county's sheet); else the user
  // making the change. It is not a fact of the plan: an entry that differs only in it is
  // unchanged.
  std::optional<std::string> author;
};

// The entry `change` makes of `stored` (none: a new entry for `base`'s project and year, which
// needs a class). A class that changes drops a start or finish the new class does not take,
// unless the change gives one (then check_plan_entry refuses it). Checked by check_plan_entry.
PlanEntry apply_plan_change(const std::optional<PlanEntry>& stored, PlanEntry base, const PlanChange& change);

// Whether two entries say the same (class, amount, start, finish).
bool same_plan(const PlanEntry& a, const PlanEntry& b);

// Error(Rejected) when `e` breaks a rule: a planned start only for a new start and in the
// plan's year, a planned finish only for a completing project and in the plan's year.
void check_plan_entry(const PlanEntry& e);

// The day a new start planned for `planned_start` is due to have started: the last day of
// that month (planned 2026-02 is due from 2026-02-28).
Date start_due_on(const Date& planned_start);

}  // namespace keyproj
