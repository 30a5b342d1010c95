#include "view/milestone_view.h"

#include <gtest/gtest.h>

namespace keyproj {
namespace {

Milestone due_on(const std::string& due) {
  Milestone m;
  m.id = 3;
  m.title = "主体工程完工";
  m.due = due;
  return m;
}

TEST(MilestoneView, DaysLateCountFromTheDueDateToTheAsOfDate) {
  const Date as_of = parse_date("2026-07-10", "as_of");
  EXPECT_EQ(days_late(due_on("2026-06-30"), as_of), 10);
  EXPECT_EQ(days_late(due_on("2026-07-10"), as_of), std::nullopt);  // due that day: not yet late
  EXPECT_EQ(days_late(due_on("2026-08-01"), as_of), std::nullopt);
  Milestone undated = due_on("2026-06-30");
  undated.due.reset();
  EXPECT_EQ(days_late(undated, as_of), std::nullopt);
  Milestone done = due_on("2026-06-30");
  done.done_on = "2026-07-05";
  EXPECT_EQ(days_late(done, as_of), std::nullopt);
}

TEST(MilestoneView, AnOpenMilestoneOfAFinishedProjectIsNotLate) {
  const Date as_of = parse_date("2026-07-10", "as_of");
  Milestone m = due_on("2026-06-30");
  m.project_finished = true;
  EXPECT_EQ(days_late(m, as_of), std::nullopt);
  EXPECT_EQ(milestone_line(m, as_of, false), "#3 主体工程完工: due 2026-06-30");
  m.project_finished = false;
  EXPECT_EQ(milestone_line(m, as_of, false), "#3 主体工程完工: due 2026-06-30, 10 days late");
  EXPECT_EQ(milestone_line(m, as_of, true), "#3 主体工程完工：到期 2026-06-30，逾期 10 天");
}

}  // namespace
}  // namespace keyproj
