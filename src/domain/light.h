#pragma once
// The traffic light of a project (DESIGN.md "What late means"): red when a milestone is more
// than light.red_days late, the planned finish has passed, or an active project has had no
// report for more than light.red_stale_days; amber when anything is late or stale, or the
// investment completed lags the time elapsed by more than light.amber_lag_points; else green.
// A cancelled project has no light: nothing about it can go well or badly any more.
// A pure function over plain facts: the thresholds come from the settings table, never from here.

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/model.h"
#include "util/date.h"

namespace keyproj {

enum class Light { Green, Amber, Red };

std::string_view light_name(Light l);     // "green": JSON, CSV and --light
std::string_view light_name_zh(Light l);  // "绿"
std::optional<Light> light_from_name(std::string_view name);  // English or Chinese
Light parse_light(std::string_view text, std::string_view field);  // throws Error(Rejected)

// The settings the rule reads (keys in migrations/0003_settings.sql). No defaults here.
struct LightThresholds {
  std::int64_t red_days;          // light.red_days
  std::int64_t red_stale_days;    // light.red_stale_days
  std::int64_t amber_lag_points;  // light.amber_lag_points
  std::int64_t stale_days;        // stale.days
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
};

// Why a light is what it is, one entry per rule that fired, in the order of the rules.
enum class LightReason {
  MilestoneVeryLate,  // red: a milestone more than red_days late
  FinishPassed,       // red
  LongSilent,         // red: no report for more than red_stale_days
  MilestoneLate,      // amber
  Stale,              // amber: no report for more than stale_days
  InvestmentLag,      // amber
};

struct LightVerdict {
  std::optional<Light> light = Light::Green;  // none for a project that has no light
  std::vector<LightReason> reasons;           // empty for green and for none
};

LightVerdict assess_light(const LightFacts& facts, const LightThresholds& t);
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
