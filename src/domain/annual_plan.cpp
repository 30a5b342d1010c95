#include "domain/annual_plan.h"

#include <array>
#include <charconv>
#include <chrono>

#include "util/error.h"
#include "util/text.h"

namespace keyproj {
namespace {

struct ClassInfo {
  PlanClass plan_class;
  std::string_view name;
  std::string_view zh;  // as bulletins print it
  std::array<std::string_view, 2> other_zh;  // the other ways a sheet writes it
};

constexpr std::array<ClassInfo, 4> kClassInfo{{
    {PlanClass::New, "new", "新开工", {"", ""}},
    {PlanClass::Continuing, "continuing", "续建", {"", ""}},
    {PlanClass::Completing, "completing", "竣工投产", {"", ""}},
    {PlanClass::Reserve, "reserve", "预备", {"前期", "预备/前期"}},
}};

const ClassInfo& info(PlanClass c) { return kClassInfo[static_cast<std::size_t>(c)]; }

std::string in_year(const std::string& day, int year) {
  return std::to_string(year) == day.substr(0, 4) ? "" : day;
}

}  // namespace

std::string_view plan_class_name(PlanClass c) { return info(c).name; }
std::string_view plan_class_name_zh(PlanClass c) { return info(c).zh; }

std::optional<PlanClass> plan_class_from_name(std::string_view name) {
  if (name.empty()) return std::nullopt;
  for (const auto& i : kClassInfo) {
    if (i.name == name || i.zh == name) return i.plan_class;
    for (auto other : i.other_zh)
      if (!other.empty() && other == name) return i.plan_class;
  }
  return std::nullopt;
}

PlanClass parse_plan_class(std::string_view text, std::string_view field) {
  if (auto c = plan_class_from_name(text)) return *c;
  throw rejected(std::string(field) + " " + quote(text) +
                 " is not a class of the annual plan; use new (新开工), continuing (续建), completing (竣工投产) or "
                 "reserve (预备/前期)");
}

int parse_plan_year(std::string_view text, std::string_view field) {
  std::string_view digits = text;
  constexpr std::string_view kNian = "年";
  if (digits.size() > kNian.size() && digits.substr(digits.size() - kNian.size()) == kNian)
    digits.remove_suffix(kNian.size());
  int year = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), year);
  if (digits.size() != 4 || ec != std::errc() || end != digits.data() + digits.size())
    throw rejected(std::string(field) + " " + quote(text) + " is not a year; give four digits, such as 2026");
  if (year < kFirstPlanYear || year > kLastPlanYear)
    throw rejected(std::string(field) + " " + quote(text) + " is outside " + std::to_string(kFirstPlanYear) + "-" +
                   std::to_string(kLastPlanYear));
  return year;
}

void check_plan_entry(const PlanEntry& e) {
  const std::string cls(plan_class_name(e.plan_class));
  const std::string year = std::to_string(e.year);
  if (e.planned_start) {
    if (e.plan_class != PlanClass::New)
      throw rejected("start '" + *e.planned_start + "' is for a new start (class new); " + e.project_code +
                     "'s class in " + year + " is " + cls);
    if (!in_year(*e.planned_start, e.year).empty())
      throw rejected("start '" + *e.planned_start + "' is not in " + year + ", the year of the plan");
  }
  if (e.planned_finish) {
    if (e.plan_class != PlanClass::Completing)
      throw rejected("finish '" + *e.planned_finish + "' is for a completing project (class completing); " +
                     e.project_code + "'s class in " + year + " is " + cls);
    if (!in_year(*e.planned_finish, e.year).empty())
      throw rejected("finish '" + *e.planned_finish + "' is not in " + year + ", the year of the plan");
  }
}

PlanEntry apply_plan_change(const std::optional<PlanEntry>& stored, PlanEntry base, const PlanChange& c) {
  PlanEntry e = stored ? *stored : std::move(base);
  if (!stored && !c.plan_class)
    throw usage_error(e.project_code + " has no entry in the " + std::to_string(e.year) +
                      " plan yet; give its class with --class new|continuing|completing|reserve");
  if (c.plan_class && *c.plan_class != e.plan_class) {
    e.plan_class = *c.plan_class;
    if (e.plan_class != PlanClass::New) e.planned_start.reset();
    if (e.plan_class != PlanClass::Completing) e.planned_finish.reset();
  }
  if (c.investment_yuan) e.investment_yuan = *c.investment_yuan;
  if (c.planned_start) e.planned_start = *c.planned_start;
  if (c.planned_finish) e.planned_finish = *c.planned_finish;
  check_plan_entry(e);
  return e;
}

bool same_plan(const PlanEntry& a, const PlanEntry& b) {
  return a.plan_class == b.plan_class && a.investment_yuan == b.investment_yuan &&
         a.planned_start == b.planned_start && a.planned_finish == b.planned_finish;
}

Date start_due_on(const Date& planned_start) {
  using namespace std::chrono;
  const year_month_day ymd{sys_days{days{planned_start.days()}}};
  return Date(year_month_day{year_month_day_last{ymd.year(), month_day_last{ymd.month()}}});
}

}  // namespace keyproj
