#pragma once
// The traffic light of a project (DESIGN.md "What late means"): red when a milestone is more
// than light.red_days late, the planned finish has passed, or an active project has had no
// report for more than light.red_stale_days; amber when anything is late or stale, or the
// investment completed lags the time elapsed by more than light.amber_lag_points; else green.
// A cancelled project has no light: nothing about it can go well or badly any more.
// A project in the as-of year's annual plan is judged on the year instead of the lag rule: by
// its % of the plan against 序时进度 (light.schedule_rule), and a new start by whether it has
// started when due (light.start_rule); migrations/0015_light_profiles.sql names the settings.
// A pure function over plain facts: the thresholds come from the settings table, never from here.

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/model.h"
#include "domain/year_tally.h"
#include "util/date.h"

namespace keyproj {

enum class Light { Green, Amber, Red };

std::string_view light_name(Light l);     // "green": JSON, CSV and --light
std::string_view light_name_zh(Light l);  // "绿"
std::optional<Light> light_from_name(std::string_view name);  // English or Chinese
Light parse_light(std::string_view text, std::string_view field);  // throws Error(Rejected)

// How a project of the year's plan is judged against 序时进度 (light.schedule_rule).
enum class ScheduleRule {
  None,      // not at all: the lag rule judges it, as a project without an entry
  Points,    // by the points it is behind (Yinchuan)
  Relative,  // by its % of plan as a share of 序时进度 (Sanya)
};

// The settings the rule reads (keys in migrations/0003_settings.sql and 0015_light_profiles.sql).
// The first four have no defaults here; the rules of the year's plan are off unless set.
struct LightThresholds {
  std::int64_t red_days;          // light.red_days
  std::int64_t red_stale_days;    // light.red_stale_days
  std::int64_t amber_lag_points;  // light.amber_lag_points
  std::int64_t stale_days;        // stale.days
  ScheduleBasis basis = ScheduleBasis::Month;     // schedule.basis
  ScheduleRule schedule_rule = ScheduleRule::None;  // light.schedule_rule
  std::int64_t amber_behind_points = 20;           // light.amber_behind_points: amber from this many
  std::int64_t red_behind_points = 100;            // light.red_behind_points: red beyond this many
  std::int64_t amber_below_share = 100;            // light.amber_below_share: % of 序时进度
  std::int64_t red_below_share = 50;               // light.red_below_share: % of 序时进度
  std::int64_t schedule_min_plan_yuan = 0;         // light.schedule_min_plan_yuan
  bool start_rule = false;                         // light.start_rule
  std::int64_t start_red_months = 3;               // light.start_red_months
};

// A project's standing in the as-of year's annual plan, as the rules of the year read it.
struct YearFacts {
  Date as_of;                       // the date judged; its year is the plan's
  Money plan_yuan;                  // the year's planned investment; none: no plan amount
  std::int64_t completed_yuan = 0;  // completed this year, up to as_of
  bool judged = true;               // false for a finished project: nothing is left to invest
  std::optional<Date> start_due;    // a new start not started by as_of: the day it is due to start
};

// What the rule looks at, as of a date.
struct LightFacts {
  std::int64_t max_days_late = 0;  // the most days an open milestone is late; 0 when none is
  bool finish_passed = false;      // planned finish before the as-of date, project not finished
  // Days without a report (since the project entered the database when it never reported).
  // Empty for a project that owes no reports (not planned, preparing or building).
  std::optional<std::int64_t> days_silent;
  // Elapsed-time % minus invested %; empty when the rule does not apply (no budget, no
  // planned finish, or a finished project).
  std::optional<double> lag_points;
  bool lit = true;  // false for a cancelled project: it has no light
  // Its entry in the as-of year's annual plan: the 序时 and start rules judge it, and the lag
  // rule gives way to the 序时 rule (unless that is none).
  std::optional<YearFacts> year;
};

// Why a light is what it is, one entry per rule that fired, in the order of the rules.
enum class LightReason {
  MilestoneVeryLate,  // red: a milestone more than red_days late
  FinishPassed,       // red
  LongSilent,         // red: no report for more than red_stale_days
  FarBehindSchedule,  // red: more than red_behind_points behind 序时进度
  FarBelowSchedule,   // red: % of plan below red_below_share % of 序时进度
  StartVeryLate,      // red: not started more than start_red_months after its planned month
  MilestoneLate,      // amber
  Stale,              // amber: no report for more than stale_days
  InvestmentLag,      // amber
  BehindSchedule,     // amber: at least amber_behind_points behind 序时进度
  BelowSchedule,      // amber: % of plan below amber_below_share % of 序时进度
  StartLate,          // amber: due to start and not started
};

struct LightVerdict {
  std::optional<Light> light = Light::Green;  // none for a project that has no light
  std::vector<LightReason> reasons;           // empty for green and for none
};

LightVerdict assess_light(const LightFacts& facts, const LightThresholds& t);

// What the 序时 rule compares, in hundredths of a percent: % of the annual plan (completed this
// year ÷ the plan, rounded half up) and 序时进度 of the as-of date on `t.basis`. None when the
// rule does not judge the project: no entry, rule none, a finished project, no plan amount, a
// plan of zero or below light.schedule_min_plan_yuan.
struct ScheduleStanding {
  std::int64_t percent_of_plan = 0;
  std::int64_t schedule = 0;
  std::int64_t behind() const { return schedule - percent_of_plan; }  // hundredths of a point
};
std::optional<ScheduleStanding> schedule_standing(const LightFacts& facts, const LightThresholds& t);

// The months from `due`'s month to `as_of`'s (a start due 2026-02-28 is 3 months late through
// May, 4 from 1 June): the start rule is red once more than light.start_red_months have passed.
std::int64_t months_after(const Date& due, const Date& as_of);
inline std::optional<Light> traffic_light(const LightFacts& facts, const LightThresholds& t) {
  return assess_light(facts, t).light;
}

// Elapsed-time % minus invested %, where elapsed % = (as_of − start) / (finish − start), held
// within 0–100, and invested % = invested / budget. `budget` is more than zero: without one the
// rule does not apply, and light_facts leaves it out.
double investment_lag_points(Date as_of, Date start, Date finish, std::int64_t invested, std::int64_t budget);

// The facts of `p` as of `as_of`. Uses the project's stage, earliest open milestone due date,
// latest report (else entered_on), planned start (else entered_on) and finish, budget and
// investment. A cancelled project has no light; the open milestones of a completed, operating
// or cancelled project are not late: nothing is left to build by them.
LightFacts light_facts(const Project& p, Date as_of);

inline std::optional<Light> project_light(const Project& p, Date as_of, const LightThresholds& t) {
  return traffic_light(light_facts(p, as_of), t);
}

}  // namespace keyproj
