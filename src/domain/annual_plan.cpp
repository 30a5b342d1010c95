#include "domain/annual_plan.h"

#include <array>
#include <charconv>
#include <chrono>

#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

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
std::string_view plan_class_shown(PlanClass c) {
  return current_language() == Lang::Zh ? plan_class_name_zh(c) : plan_class_name(c);
}

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
  throw rejected(trf("{} {} is not a class of the annual plan; use new (新开工), continuing (续建), completing "
                     "(竣工投产) or reserve (预备/前期)",
                     field, quote(text)));
}

int parse_plan_year(std::string_view text, std::string_view field) {
  std::string_view digits = text;
  constexpr std::string_view kNian = "年";
  if (digits.size() > kNian.size() && digits.substr(digits.size() - kNian.size()) == kNian)
    digits.remove_suffix(kNian.size());
  int year = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), year);
  if (digits.size() != 4 || ec != std::errc() || end != digits.data() + digits.size())
    throw rejected(trf("{} {} is not a year; give four digits, such as 2026", field, quote(text)));
  if (year < kFirstPlanYear || year > kLastPlanYear)
    throw rejected(trf("{} {} is outside {}-{}", field, quote(text), kFirstPlanYear, kLastPlanYear));
  return year;
}

void check_plan_entry(const PlanEntry& e) {
  const std::string_view cls = plan_class_shown(e.plan_class);
  if (e.planned_start) {
    if (e.plan_class != PlanClass::New)
      throw rejected(trf("start '{}' is for a new start (class new); {}'s class in {} is {}", *e.planned_start,
                         e.project_code, e.year, cls));
    if (!in_year(*e.planned_start, e.year).empty())
      throw rejected(trf("start '{}' is not in {}, the year of the plan", *e.planned_start, e.year));
  }
  if (e.planned_finish) {
    if (e.plan_class != PlanClass::Completing)
      throw rejected(trf("finish '{}' is for a completing project (class completing); {}'s class in {} is {}",
                         *e.planned_finish, e.project_code, e.year, cls));
    if (!in_year(*e.planned_finish, e.year).empty())
      throw rejected(trf("finish '{}' is not in {}, the year of the plan", *e.planned_finish, e.year));
  }
}

PlanEntry apply_plan_change(const std::optional<PlanEntry>& stored, PlanEntry base, const PlanChange& c) {
  PlanEntry e = stored ? *stored : std::move(base);
  if (!stored && !c.plan_class)
    throw usage_error(trf("{} has no entry in the {} plan yet; give its class with --class "
                          "new|continuing|completing|reserve",
                          e.project_code, e.year));
  if (c.plan_class && *c.plan_class != e.plan_class) {
    e.plan_class = *c.plan_class;
    if (e.plan_class != PlanClass::New) e.planned_start.reset();
    if (e.plan_class != PlanClass::Completing) e.planned_finish.reset();
  }
  if (c.investment_yuan) e.investment_yuan = *c.investment_yuan;
  if (c.planned_start) e.planned_start = *c.planned_start;
  if (c.planned_finish) e.planned_finish = *c.planned_finish;
  if (c.author) e.author = *c.author;
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
