#include "view/bulletin.h"

#include <algorithm>

#include "domain/annual_plan.h"

namespace keyproj {
namespace {

// Worst first: red before amber, then the most days late, the most milestones late, the code.
bool worse(const LitProject& a, const LitProject& b) {
  if (a.light != b.light) return a.light == Light::Red;
  if (a.facts.max_days_late != b.facts.max_days_late) return a.facts.max_days_late > b.facts.max_days_late;
  if (a.late_milestones != b.late_milestones) return a.late_milestones > b.late_milestones;
  return a.project.code < b.project.code;
}

// Longest due first, then by code.
bool later_start(const UnstartedProject& a, const UnstartedProject& b) {
  if (a.start_due != b.start_due) return a.start_due < b.start_due;
  return a.project.code < b.project.code;
}

// The overdue first, most days late first; then by deadline (none last), raised date, id.
bool more_pressing(const ListedProblem& a, const ListedProblem& b) {
  if (a.days_late != b.days_late) return a.days_late > b.days_late;
  if (a.problem.due.has_value() != b.problem.due.has_value()) return a.problem.due.has_value();
  if (a.problem.due != b.problem.due) return a.problem.due < b.problem.due;
  if (a.problem.raised_on != b.problem.raised_on) return a.problem.raised_on < b.problem.raised_on;
  return a.problem.id < b.problem.id;
}

// Keeps `list` to its worst kBulletinListCap once it holds four times as many: memory stays
// bounded and the sort runs a few times per thousand items.
template <typename T, typename Less>
void push_capped(Capped<T>& list, T item, Less less) {
  ++list.total;
  list.items.push_back(std::move(item));
  if (list.items.size() < 4 * kBulletinListCap) return;
  std::sort(list.items.begin(), list.items.end(), less);
  list.items.resize(kBulletinListCap);
}

template <typename T, typename Less>
void settle(Capped<T>& list, Less less) {
  std::sort(list.items.begin(), list.items.end(), less);
  if (list.items.size() > kBulletinListCap) list.items.resize(kBulletinListCap);
}

using Keyed = std::vector<std::pair<std::string, YearGroupRow>>;

// The row of `key` (which orders the groups as `report --year` orders them), added when new.
YearGroupRow& row_of(Keyed& rows, const std::string& key, const ReportGroup& group) {
  for (auto& [k, row] : rows)
    if (k == key) return row;
  rows.push_back({key, YearGroupRow{group, {}, {}}});
  return rows.back().second;
}

// A group of projects with or without a value: those without sort last (as `report` does).
std::pair<std::string, ReportGroup> text_group(const Text& value) {
  return {value ? "0" + *value : "1", ReportGroup{value.value_or(""), value, {}, {}}};
}

std::vector<YearGroupRow> ranked(Keyed rows) {
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<YearGroupRow> out;
  out.reserve(rows.size());
  for (auto& [key, row] : rows) out.push_back(std::move(row));
  rank_by_percent_of_plan(out);
  return out;
}

}  // namespace

std::string default_bulletin_month(const Date& as_of) {
  const Date first = parse_date(as_of.iso().substr(0, 7), "month", PeriodEnd::First);
  return Date::from_days(first.days() - 1).iso().substr(0, 7);
}

BulletinBuilder::BulletinBuilder(Bulletin& b, const LightThresholds& t) : b_(b), t_(t) {}

void BulletinBuilder::add(const BulletinProject& bp) {
  const Project& p = bp.project;
  if (b_.lights.empty() || b_.lights.back().group.id != p.region)
    b_.lights.push_back(LightGroup{ReportGroup{p.region, p.region, p.region_zh, bp.region_en}, {}});
  b_.lights.back().tally.add(p, bp.late_milestones, b_.as_of, t_);
  b_.lights.back().tally.add_problems(bp.problems.open, bp.problems.overdue);

  const LightFacts facts = light_facts(p, b_.as_of);
  if (const auto light = traffic_light(facts, t_); light && *light != Light::Green)
    push_capped(b_.red_amber, LitProject{p, facts, *light, bp.late_milestones}, worse);
  if (bp.year) add_year(bp);
}

void BulletinBuilder::add_year(const BulletinProject& bp) {
  const Project& p = bp.project;
  const YearProject& y = *bp.year;
  b_.year_total.tally.add(y);
  const std::string cls(plan_class_name(y.plan_class));
  const char order = y.plan_class == PlanClass::New          ? '0'
                     : y.plan_class == PlanClass::Continuing ? '1'
                     : y.plan_class == PlanClass::Completing ? '2'
                                                             : '3';
  row_of(class_rows_, std::string(1, order), ReportGroup{cls, cls, {}, {}}).tally.add(y);
  if (b_.area_by == ReportBy::County) {
    const auto [key, group] = text_group(p.county);
    row_of(area_rows_, key, group).tally.add(y);
  } else {
    row_of(area_rows_, p.region, ReportGroup{p.region, p.region, p.region_zh, bp.region_en}).tally.add(y);
  }
  const auto [key, group] = text_group(p.category);
  row_of(category_rows_, key, group).tally.add(y);
  if (y.plan_class == PlanClass::New && y.due_to_start && !y.started && p.year_plan && p.year_plan->start_due)
    push_capped(b_.unstarted, UnstartedProject{p, *p.year_plan->start_due, {}, {}}, later_start);
}

void BulletinBuilder::add(const Problem& p) {
  std::int64_t late = 0;
  if (p.due) {
    if (const auto due = iso_days(*p.due); due && *due < b_.as_of.days()) late = b_.as_of.days() - *due;
  }
  if (late > 0) ++b_.problems_overdue;
  push_capped(b_.problems, ListedProblem{p, {}, late}, more_pressing);
}

void BulletinBuilder::add(const DueMilestone& m) {
  ++b_.next_month.total;
  if (b_.next_month.items.size() < kBulletinListCap) b_.next_month.items.push_back(m);  // already by due date
}

void BulletinBuilder::finish() {
  // The total is the regions' sum, as report's total row is its groups'.
  for (const auto& g : b_.lights) b_.portfolio.add(g.tally);
  b_.by_class = ranked(std::move(class_rows_));
  b_.by_area = ranked(std::move(area_rows_));
  b_.by_category = ranked(std::move(category_rows_));
  settle(b_.red_amber, worse);
  settle(b_.unstarted, later_start);
  settle(b_.problems, more_pressing);
}

}  // namespace keyproj
