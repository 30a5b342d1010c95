#pragma once
// The figures of the annual plan's bulletin (`keyproj report --year`), per group and in total:
// pure arithmetic over the projects of a year's list as the store reads them, so that the rule
// of each column is written and tested once (DESIGN.md "Who uses it", the bulletin).
//
// Shares are in hundredths of a percent (3090 is 30.90%), rounded half up in integers, as a
// bulletin prints them: the points ahead of 序时进度 are the two printed shares' difference
// ("30.90% of the plan, 5.90 points ahead of 25.00%").

#include <cstdint>
#include <optional>
#include <string>

#include "domain/annual_plan.h"
#include "domain/model.h"
#include "util/date.h"

namespace keyproj {

// How 序时进度 counts the year: by month (the bulletins' month ÷ 12) or by day.
enum class ScheduleBasis { Month, Day };

// The share of `year` elapsed on `as_of` (序时进度), in hundredths of a percent: the as-of
// date's month ÷ 12 (31 March → 3/12 = 2500, 1 April → 4/12 = 3333), or by day its day of the
// year ÷ the days of the year. 0 before the year, 10000 after it.
std::int64_t schedule_share(int year, const Date& as_of, ScheduleBasis basis);

// part ÷ whole in hundredths of a percent, rounded half up; empty when whole is not above zero.
std::optional<std::int64_t> share(std::int64_t part, std::int64_t whole);

// One project of the year's list, as of the as-of date.
struct YearProject {
  PlanClass plan_class = PlanClass::Continuing;
  Money plan_yuan;                 // the year's planned investment; empty: no plan amount
  std::int64_t completed_yuan = 0;  // its reports dated in the year, up to the as-of date
  bool started = false;            // started (开工) by the as-of date
  bool due_to_start = false;       // a new start whose planned start month has ended by then
  bool finished = false;           // completed or operating then
};

struct YearTally {
  std::int64_t projects = 0;
  // A project without a plan amount is counted here and left out of the plan and of % of plan,
  // as a project without a budget is: an unknown amount is not a zero one.
  std::int64_t no_plan_amount = 0;
  std::int64_t plan_yuan = 0;               // over the projects with a plan amount
  std::int64_t completed_yuan = 0;          // over every project of the list
  std::int64_t completed_planned_yuan = 0;  // over the projects with a plan amount
  std::int64_t new_starts = 0;              // class new
  std::int64_t due_to_start = 0;
  std::int64_t started = 0;                 // new starts started by the as-of date
  std::int64_t completing = 0;              // class completing (竣工投产)
  std::int64_t completed = 0;               // of those, completed or operating

  void add(const YearProject& p);
  void add(const YearTally& other);

  // The plan total; empty when no project of the group has a plan amount.
  std::optional<std::int64_t> plan_total() const;
  // Completed this year ÷ the plan, over the projects with a plan amount (完成年度计划).
  std::optional<std::int64_t> percent_of_plan() const;
  // Points ahead (+) or behind (−) 序时进度, in hundredths of a point.
  std::optional<std::int64_t> points_ahead(std::int64_t schedule) const;
  std::optional<std::int64_t> start_rate() const;       // 开工率: started ÷ due to start
  std::optional<std::int64_t> completion_rate() const;  // 竣工率: completed ÷ completing
};

// "30.90%" of a share; "+5.90" or "-3.25" of points; "—" for none.
std::string share_text(const std::optional<std::int64_t>& hundredths);
std::string points_text(const std::optional<std::int64_t>& hundredths);

}  // namespace keyproj
