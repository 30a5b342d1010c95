#include "domain/light.h"

#include <algorithm>
#include <chrono>

#include "domain/stage.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {

std::string_view light_name(Light l) {
  switch (l) {
    case Light::Red: return "red";
    case Light::Amber: return "amber";
    case Light::Green: break;
  }
  return "green";
}

std::string_view light_name_zh(Light l) {
  switch (l) {
    case Light::Red: return "红";
    case Light::Amber: return "黄";
    case Light::Green: break;
  }
  return "绿";
}

std::optional<Light> light_from_name(std::string_view name) {
  for (Light l : {Light::Red, Light::Amber, Light::Green})
    if (name == light_name(l) || name == light_name_zh(l)) return l;
  return std::nullopt;
}

Light parse_light(std::string_view text, std::string_view field) {
  if (auto l = light_from_name(text)) return *l;
  throw rejected(trf("{} {} is not a light; use red, amber or green", field, quote(text)));
}

LightVerdict assess_light(const LightFacts& f, const LightThresholds& t) {
  LightVerdict v;
  if (!f.lit) {
    v.light.reset();
    return v;
  }
  auto fire = [&](LightReason r, Light l) {
    v.reasons.push_back(r);
    v.light = std::max(*v.light, l);
  };
  // Each rule fires once, at the highest level it reaches.
  if (f.max_days_late > t.red_days) fire(LightReason::MilestoneVeryLate, Light::Red);
  if (f.finish_passed) fire(LightReason::FinishPassed, Light::Red);
  if (f.days_silent && *f.days_silent > t.red_stale_days) fire(LightReason::LongSilent, Light::Red);
  if (f.max_days_late > 0 && f.max_days_late <= t.red_days) fire(LightReason::MilestoneLate, Light::Amber);
  if (f.days_silent && *f.days_silent > t.stale_days && *f.days_silent <= t.red_stale_days)
    fire(LightReason::Stale, Light::Amber);
  // A project of the year's plan is judged on the year; the lag rule, over the whole budget and
  // duration, is for the others.
  const bool on_the_year = f.year && t.schedule_rule != ScheduleRule::None;
  if (!on_the_year && f.lag_points && *f.lag_points > static_cast<double>(t.amber_lag_points))
    fire(LightReason::InvestmentLag, Light::Amber);
  if (const auto s = schedule_standing(f, t)) {
    if (t.schedule_rule == ScheduleRule::Points) {
      if (s->behind() > t.red_behind_points * 100) fire(LightReason::FarBehindSchedule, Light::Red);
      else if (s->behind() >= t.amber_behind_points * 100) fire(LightReason::BehindSchedule, Light::Amber);
    } else {
      // Compared in whole numbers: % of plan × 100 against 序时进度 × the share (both in %).
      const auto pct = s->percent_of_plan * 100;
      if (pct < s->schedule * t.red_below_share) fire(LightReason::FarBelowSchedule, Light::Red);
      else if (pct < s->schedule * t.amber_below_share) fire(LightReason::BelowSchedule, Light::Amber);
    }
  }
  if (t.start_rule && f.year && f.year->start_due && f.year->as_of >= *f.year->start_due) {
    if (months_after(*f.year->start_due, f.year->as_of) > t.start_red_months)
      fire(LightReason::StartVeryLate, Light::Red);
    else
      fire(LightReason::StartLate, Light::Amber);
  }
  std::stable_sort(v.reasons.begin(), v.reasons.end());
  return v;
}

std::optional<ScheduleStanding> schedule_standing(const LightFacts& f, const LightThresholds& t) {
  if (!f.lit || !f.year || t.schedule_rule == ScheduleRule::None) return std::nullopt;
  const YearFacts& y = *f.year;
  if (!y.judged || !y.plan_yuan || *y.plan_yuan < t.schedule_min_plan_yuan) return std::nullopt;
  const auto pct = share(y.completed_yuan, *y.plan_yuan);
  if (!pct) return std::nullopt;  // a plan of zero: no share of it
  return ScheduleStanding{*pct, schedule_share(y.as_of.year(), y.as_of, t.basis)};
}

std::int64_t months_after(const Date& due, const Date& as_of) {
  using namespace std::chrono;
  const year_month_day a{sys_days{days{due.days()}}};
  const year_month_day b{sys_days{days{as_of.days()}}};
  return (static_cast<int>(b.year()) - static_cast<int>(a.year())) * 12 +
         (static_cast<int>(static_cast<unsigned>(b.month())) - static_cast<int>(static_cast<unsigned>(a.month())));
}

double investment_lag_points(Date as_of, Date start, Date finish, std::int64_t invested, std::int64_t budget) {
  double elapsed = 0;
  const auto span = days_between(start, finish);
  if (span <= 0) elapsed = as_of >= finish ? 100.0 : 0.0;  // no time to elapse over
  else elapsed = 100.0 * static_cast<double>(days_between(start, as_of)) / static_cast<double>(span);
  elapsed = std::clamp(elapsed, 0.0, 100.0);
  const double spent = 100.0 * static_cast<double>(invested) / static_cast<double>(budget);
  return elapsed - spent;
}

LightFacts light_facts(const Project& p, Date as_of) {
  LightFacts f;
  const Stage stage = p.stage;
  f.lit = stage != Stage::Cancelled;
  if (!is_finished(stage) && p.earliest_open_due) {
    const Date due = parse_date(*p.earliest_open_due, "milestone due");
    f.max_days_late = std::max<std::int64_t>(0, days_between(due, as_of));
  }
  std::optional<Date> finish;
  if (p.planned_finish) finish = parse_date(*p.planned_finish, "planned finish");
  f.finish_passed = finish && !is_finished(stage) && *finish < as_of;
  const Date entered = parse_date(p.created_on, "entered on");
  if (is_active(stage)) {
    const Date since = p.last_update ? parse_date(*p.last_update, "last report") : entered;
    f.days_silent = std::max<std::int64_t>(0, days_between(since, as_of));
  }
  if (!is_finished(stage) && finish && p.budget_yuan && *p.budget_yuan > 0) {
    const Date start = p.planned_start ? parse_date(*p.planned_start, "planned start") : entered;
    f.lag_points = investment_lag_points(as_of, start, *finish, p.invested_yuan, *p.budget_yuan);
  }
  if (p.year_plan) {
    YearFacts y{as_of, p.year_plan->plan_yuan, p.year_plan->completed_yuan, !is_finished(stage), std::nullopt};
    if (p.year_plan->start_due) y.start_due = parse_date(*p.year_plan->start_due, "start due");
    f.year = y;
  }
  return f;
}

}  // namespace keyproj
