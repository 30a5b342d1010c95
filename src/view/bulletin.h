#pragma once
// The monthly bulletin (调度通报, DESIGN.md "Who uses it") as data, in the order bulletins use:
// the headline; the year's figures by class, by region (or by county within one region) with a
// rank, and by category; the red and amber projects with their reasons; the new starts due and
// not started; the open problems; the milestones due next month; and what the charts draw.
//
// Every figure is one `report` or `report --year` gives for the same as-of date and filters:
// the sums are theirs (domain/tally.h, domain/year_tally.h), taken over the same projects in one
// pass (store/bulletin.h). Lists are capped at the worst kBulletinListCap, with the number left
// out, so a province-sized portfolio still gives a bulletin of a few pages, and the bulletin
// holds the memory of a small one whatever the portfolio's size.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/light.h"
#include "domain/model.h"
#include "domain/problem.h"
#include "domain/tally.h"
#include "domain/year_tally.h"
#include "store/bulletin.h"
#include "store/report.h"
#include "view/year_report_view.h"

namespace keyproj {

inline constexpr std::size_t kBulletinListCap = 50;
// The timeline's rows: the red projects a page can show legibly.
inline constexpr std::size_t kBulletinTimelineCap = 15;

// A list of at most kBulletinListCap items and how many there were in all.
template <typename T>
struct Capped {
  std::vector<T> items;
  std::int64_t total = 0;
  std::int64_t left_out() const { return total - static_cast<std::int64_t>(items.size()); }
};

struct LitProject {  // a red or amber project
  Project project;
  LightFacts facts;
  Light light = Light::Amber;
  std::int64_t late_milestones = 0;
};

struct UnstartedProject {  // a new start due to start and not started
  Project project;
  std::string start_due;  // the last day of its planned start month
  Text note;              // of its latest report by the as-of date: why it has not started
  Text blocker;
};

struct ListedProblem {
  Problem problem;
  std::string project_name;
  std::int64_t days_late = 0;  // past its deadline on the as-of date; 0 when not
};

struct LightGroup {  // one region of `report --by region`
  ReportGroup group;
  Tally tally;
};

struct TimelineRow {  // a red project and its milestones, as of the as-of date
  std::string code;
  std::string name;
  std::vector<Milestone> milestones;
};

struct Bulletin {
  std::string month;  // "2026-11"
  Date as_of;         // the month's last day: every figure is of then
  int year = 0;       // the annual plan's: the month's year
  std::int64_t schedule = 0;  // 序时进度 of the as-of date, hundredths of a percent
  ReportBy area_by = ReportBy::Region;  // by county when the filter names a region
  std::vector<std::string> filters;     // the conditions in effect, in words (view/sheet_title.h)
  std::string note;  // a line under the title, as the officer gives it (第11期, 内部资料, 示例数据)

  Tally portfolio;                 // `report`'s total row
  std::vector<LightGroup> lights;  // `report --by region`'s rows
  YearGroupRow year_total;         // `report --year`'s total row
  std::vector<YearGroupRow> by_class, by_area, by_category;  // its rows, ranked
  std::array<std::int64_t, 12> completed_by_month{};         // the year's list, by report month

  Capped<LitProject> red_amber;
  Capped<UnstartedProject> unstarted;
  Capped<ListedProblem> problems;
  std::int64_t problems_overdue = 0;  // of the listed problems' whole, those past their deadline
  bool problems_recorded = true;      // false: no problem had been raised by then, anywhere
  Capped<DueMilestone> next_month;
  Date next_first, next_last;  // the month after the bulletin's
  std::vector<TimelineRow> timeline;
};

// The month a bulletin run on `as_of` is of when none is named: the last whole month before it.
std::string default_bulletin_month(const Date& as_of);

// Sums and lists the projects as they come (store/bulletin.h's order: region, then code).
class BulletinBuilder {
 public:
  BulletinBuilder(Bulletin& b, const LightThresholds& t);
  void add(const BulletinProject& p);
  // An open problem as of the as-of date (store/problems.h's for_each_problem).
  void add(const Problem& p);
  void add(const DueMilestone& m);
  // Ranks the groups and orders each list, worst first.
  void finish();

 private:
  void add_year(const BulletinProject& p);

  Bulletin& b_;
  const LightThresholds& t_;
  std::vector<std::pair<std::string, YearGroupRow>> class_rows_, area_rows_, category_rows_;  // by order key
};

}  // namespace keyproj
