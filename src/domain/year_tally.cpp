#include "domain/year_tally.h"

#include <chrono>
#include <string>

#include "domain/tally.h"
#include "util/translate.h"

namespace keyproj {
namespace {

std::string two_decimals(std::int64_t hundredths) {
  const std::int64_t v = hundredths < 0 ? -hundredths : hundredths;
  const std::int64_t cents = v % 100;
  // Appended, not a chain of +: GCC 12 warns falsely (-Wrestrict) on that form.
  std::string out = std::to_string(v / 100);
  out += cents < 10 ? ".0" : ".";
  out += std::to_string(cents);
  return out;
}

}  // namespace

std::int64_t schedule_share(int year, const Date& as_of, ScheduleBasis basis) {
  if (as_of.year() < year) return 0;
  if (as_of.year() > year) return 10000;
  using namespace std::chrono;
  const year_month_day ymd{sys_days{days{as_of.days()}}};
  if (basis == ScheduleBasis::Month) return share(static_cast<unsigned>(ymd.month()), 12).value_or(0);
  const Date first(year_month_day{ymd.year(), January, day{1}});
  const Date next(year_month_day{ymd.year() + years{1}, January, day{1}});
  return share(days_between(first, as_of) + 1, days_between(first, next)).value_or(0);
}

std::optional<std::int64_t> share(std::int64_t part, std::int64_t whole) {
  if (whole <= 0) return std::nullopt;
  // Sums of a province's yuan times 20000 need more than 64 bits.
  __extension__ using Wide = __int128;
  const Wide twice = static_cast<Wide>(part) * 20000 / whole;
  return static_cast<std::int64_t>(twice >= 0 ? (twice + 1) / 2 : (twice - 1) / 2);
}

void YearTally::add(const YearProject& p) {
  ++projects;
  if (p.plan_yuan) {
    add_yuan(plan_yuan, *p.plan_yuan, N_("annual plan total"));
    add_yuan(completed_planned_yuan, p.completed_yuan, N_("total completed this year"));
  } else {
    ++no_plan_amount;
  }
  add_yuan(completed_yuan, p.completed_yuan, N_("total completed this year"));
  if (p.plan_class == PlanClass::New) {
    ++new_starts;
    if (p.due_to_start) ++due_to_start;
    if (p.started) ++started;
  }
  if (p.plan_class == PlanClass::Completing) {
    ++completing;
    if (p.finished) ++completed;
  }
}

void YearTally::add(const YearTally& o) {
  projects += o.projects;
  no_plan_amount += o.no_plan_amount;
  add_yuan(plan_yuan, o.plan_yuan, N_("annual plan total"));
  add_yuan(completed_yuan, o.completed_yuan, N_("total completed this year"));
  add_yuan(completed_planned_yuan, o.completed_planned_yuan, N_("total completed this year"));
  new_starts += o.new_starts;
  due_to_start += o.due_to_start;
  started += o.started;
  completing += o.completing;
  completed += o.completed;
}

std::optional<std::int64_t> YearTally::plan_total() const {
  if (projects == no_plan_amount) return std::nullopt;
  return plan_yuan;
}

std::optional<std::int64_t> YearTally::percent_of_plan() const { return share(completed_planned_yuan, plan_yuan); }

std::optional<std::int64_t> YearTally::points_ahead(std::int64_t schedule) const {
  const auto p = percent_of_plan();
  if (!p) return std::nullopt;
  return *p - schedule;
}

std::optional<std::int64_t> YearTally::start_rate() const { return share(started, due_to_start); }
std::optional<std::int64_t> YearTally::completion_rate() const { return share(completed, completing); }

std::string share_text(const std::optional<std::int64_t>& h) {
  if (!h) return "—";
  std::string out = *h < 0 ? "-" : "";
  out += two_decimals(*h);
  out += '%';
  return out;
}

std::string points_text(const std::optional<std::int64_t>& h) {
  if (!h) return "—";
  std::string out = *h < 0 ? "-" : "+";
  out += two_decimals(*h);
  return out;
}

}  // namespace keyproj
