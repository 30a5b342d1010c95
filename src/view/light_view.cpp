#include "view/light_view.h"

#include <cmath>

#include "domain/year_tally.h"
#include "util/translate.h"

namespace keyproj {

std::string light_label(Light l, Lang lang) {
  return std::string(lang == Lang::Zh ? light_name_zh(l) : light_name(l));
}

Cell light_cell(std::optional<Light> l, const Globals& g) {
  if (!l) return std::monostate{};
  return g.format == Format::Table ? light_label(*l, g.style.lang) : std::string(light_name(*l));
}

Column light_column() {
  Column c{"light", "Light", "灯号"};
  c.paint = light_sgr;
  return c;
}

std::string_view light_sgr(std::string_view text) {
  const auto l = light_from_name(text);
  if (!l) return "";
  switch (*l) {
    case Light::Red: return "31";
    case Light::Amber: return "33";
    case Light::Green: break;
  }
  return "32";
}

std::string painted(std::string_view text, bool color) {
  const std::string_view sgr = light_sgr(text);
  if (!color || sgr.empty()) return std::string(text);
  return "\x1b[" + std::string(sgr) + "m" + std::string(text) + "\x1b[0m";
}

namespace {

// "12.50" of hundredths of a point behind.
std::string points_behind(std::int64_t hundredths) { return points_text(hundredths).substr(1); }

// The reason of a rule of the year's plan, in the language chosen for the process.
std::string year_reason(LightReason r, const LightFacts& f, const LightThresholds& t) {
  const auto s = schedule_standing(f, t);
  switch (r) {
    case LightReason::FarBehindSchedule:
      return trf("behind schedule by {} points: {} of the annual plan against {} (more than {})",
                 points_behind(s->behind()), share_text(s->percent_of_plan), share_text(s->schedule),
                 t.red_behind_points);
    case LightReason::BehindSchedule:
      return trf("behind schedule by {} points: {} of the annual plan against {} (amber from {})",
                 points_behind(s->behind()), share_text(s->percent_of_plan), share_text(s->schedule),
                 t.amber_behind_points);
    case LightReason::FarBelowSchedule:
      // xgettext:no-c-format
      return trf("{0} of the annual plan, below {1}% of schedule {2}", share_text(s->percent_of_plan),
                 t.red_below_share, share_text(s->schedule));
    case LightReason::BelowSchedule:
      // xgettext:no-c-format
      return trf("{0} of the annual plan, below {1}% of schedule {2}", share_text(s->percent_of_plan),
                 t.amber_below_share, share_text(s->schedule));
    case LightReason::StartVeryLate:
      return trf("due to start since {} and not started, more than {} months after its planned month",
                 f.year->start_due->iso(), t.start_red_months);
    case LightReason::StartLate:
      return trf("due to start since {} and not started", f.year->start_due->iso());
    default: return "";
  }
}

}  // namespace

std::string light_reasons(const LightFacts& f, const LightThresholds& t, const Project& p, Lang lang) {
  const bool zh = lang == Lang::Zh;
  const LightVerdict v = assess_light(f, t);
  const auto n = [](std::int64_t x) { return std::to_string(x); };
  std::string why;
  for (LightReason r : v.reasons) {
    std::string part;
    switch (r) {
      case LightReason::MilestoneVeryLate:
        part = zh ? "里程碑逾期" + n(f.max_days_late) + "天（超过" + n(t.red_days) + "天）"
                  : "a milestone " + n(f.max_days_late) + " days late (more than " + n(t.red_days) + ")";
        break;
      case LightReason::MilestoneLate:
        part = zh ? "里程碑逾期" + n(f.max_days_late) + "天" : "a milestone " + n(f.max_days_late) + " days late";
        break;
      case LightReason::FinishPassed:
        part = zh ? "计划完成时间" + p.planned_finish.value_or("") + "已过"
                  : "planned finish " + p.planned_finish.value_or("") + " has passed";
        break;
      case LightReason::LongSilent:
        part = zh ? n(*f.days_silent) + "天未调度（超过" + n(t.red_stale_days) + "天）"
                  : "no report for " + n(*f.days_silent) + " days (more than " + n(t.red_stale_days) + ")";
        break;
      case LightReason::Stale:
        part = zh ? n(*f.days_silent) + "天未调度（超过" + n(t.stale_days) + "天）"
                  : "no report for " + n(*f.days_silent) + " days (more than " + n(t.stale_days) + ")";
        break;
      case LightReason::InvestmentLag: {
        const std::string pts = n(static_cast<std::int64_t>(std::lround(*f.lag_points)));
        part = zh ? "投资进度落后时间进度" + pts + "个百分点（超过" + n(t.amber_lag_points) + "）"
                  : "investment lags time elapsed by " + pts + " points (more than " + n(t.amber_lag_points) + ")";
        break;
      }
      default: part = year_reason(r, f, t); break;
    }
    why += (why.empty() ? "" : zh ? "；" : "; ") + part;
  }
  return why;
}

std::string light_explained(const LightFacts& f, const LightThresholds& t, const Project& p, Lang lang,
                            bool color) {
  const bool zh = lang == Lang::Zh;
  const LightVerdict v = assess_light(f, t);
  if (!v.light) return zh ? "—（已取消，无灯号）" : "— (cancelled: no light)";
  const std::string why = light_reasons(f, t, p, lang);
  const std::string label = painted(light_label(*v.light, lang), color);
  return why.empty() ? label : label + (zh ? "：" : ": ") + why;
}

}  // namespace keyproj
