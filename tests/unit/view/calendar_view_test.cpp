#include "view/calendar_view.h"

#include <gtest/gtest.h>

namespace keyproj {
namespace {

const Date kAsOf = parse_date("2026-11-22", "as_of");

Project project() {
  Project p;
  p.id = 7;
  p.code = "TM-011";
  p.name_zh = "天门市综合物流产业园项目";
  p.region = "TM";
  p.owner = "天门市商务局";
  p.leader = "张伟";
  p.leader_title = "副市长";
  return p;
}

Milestone node() {
  Milestone m;
  m.id = 42;
  m.project_id = 7;
  m.project_code = "TM-011";
  m.title = "环评批复";
  m.kind = MilestoneKind::Approval;
  m.baseline_due = "2026-10-31";
  m.due = "2026-12-15";
  return m;
}

Problem problem() {
  Problem p;
  p.id = 3;
  p.project_id = 7;
  p.project_code = "TM-011";
  p.text = "征地拆迁未完成";
  p.unit = "天门市自然资源和规划局";
  p.level = ProblemLevel::City;
  p.raised_on = "2026-09-01";
  p.due = "2026-12-31";
  return p;
}

TEST(CalendarView, AnOpenNodeIsAConfirmedEventOnItsDueDayWithAStableUid) {
  const auto e = milestone_event(project(), node(), 1, kAsOf, Lang::Zh);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->uid, "TM-TM-011-milestone-42@keyproj");
  EXPECT_EQ(e->day, "2026-12-15");
  EXPECT_EQ(e->summary, "TM-011 天门市综合物流产业园项目：环评批复");
  EXPECT_EQ(e->description,
            "类型：审批节点\n项目：TM-011 天门市综合物流产业园项目\n责任单位：天门市商务局\n包保领导：张伟，副市长\n"
            "计划完成：2026-12-15\n原定完成：2026-10-31");
  EXPECT_EQ(e->categories, std::vector<std::string>{"审批节点"});
  EXPECT_EQ(e->sequence, 1);
  EXPECT_FALSE(e->cancelled);
}

TEST(CalendarView, EnglishWordsAndNoBaselineLineWhenNeverMoved) {
  Milestone m = node();
  m.kind = MilestoneKind::Milestone;
  m.baseline_due = m.due;
  Project p = project();
  p.leader.reset();
  const auto e = milestone_event(p, m, 0, kAsOf, Lang::En);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->summary, "TM-011 天门市综合物流产业园项目: 环评批复");
  EXPECT_EQ(e->description,
            "Kind: Milestone\nProject: TM-011 天门市综合物流产业园项目\nOwner: 天门市商务局\nLeader: (none)\nDue: 2026-12-15");
  EXPECT_EQ(e->categories, std::vector<std::string>{"Milestone"});
}

TEST(CalendarView, DoneOrDeletedWithinAYearIsCancelledThenLeftOut) {
  Milestone m = node();
  m.done_on = "2025-11-22";  // kCancelledDays (365) before the as-of date
  auto e = milestone_event(project(), m, 2, kAsOf, Lang::En);
  ASSERT_TRUE(e);
  EXPECT_TRUE(e->cancelled);
  EXPECT_EQ(e->uid, "TM-TM-011-milestone-42@keyproj");
  EXPECT_TRUE(e->description.ends_with("\nDone: 2025-11-22"));
  m.done_on = "2025-11-21";
  EXPECT_FALSE(milestone_event(project(), m, 2, kAsOf, Lang::En));

  m.done_on.reset();
  m.deleted_on = "2026-12-01";  // after the as-of date: a mistake on every date
  e = milestone_event(project(), m, 1, kAsOf, Lang::Zh);
  ASSERT_TRUE(e);
  EXPECT_TRUE(e->cancelled);
  EXPECT_TRUE(e->description.ends_with("\n已删除：2026-12-01"));
}

TEST(CalendarView, AMilestoneWithoutADueDateHasNoDay) {
  Milestone m = node();
  m.due.reset();
  EXPECT_FALSE(milestone_event(project(), m, 0, kAsOf, Lang::Zh));
}

TEST(CalendarView, AProblemDeadlineAndItsResolution) {
  auto e = problem_event(project(), problem(), 0, kAsOf, Lang::Zh);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->uid, "TM-TM-011-problem-3@keyproj");
  EXPECT_EQ(e->day, "2026-12-31");
  EXPECT_EQ(e->summary, "TM-011 天门市综合物流产业园项目：征地拆迁未完成");
  EXPECT_EQ(e->description,
            "类型：问题\n项目：TM-011 天门市综合物流产业园项目\n责任单位：天门市自然资源和规划局\n"
            "项目责任单位：天门市商务局\n包保领导：张伟，副市长\n层级：市级\n提出：2026-09-01\n限期：2026-12-31");
  EXPECT_EQ(e->categories, std::vector<std::string>{"问题"});
  EXPECT_FALSE(e->cancelled);

  Problem resolved = problem();
  resolved.resolved_on = "2026-11-01";
  e = problem_event(project(), resolved, 1, kAsOf, Lang::En);
  ASSERT_TRUE(e);
  EXPECT_TRUE(e->cancelled);
  EXPECT_TRUE(e->description.ends_with("\nResolved: 2026-11-01"));
  resolved.resolved_on = "2024-01-01";
  EXPECT_FALSE(problem_event(project(), resolved, 1, kAsOf, Lang::En));
  Problem undated = problem();
  undated.due.reset();
  EXPECT_FALSE(problem_event(project(), undated, 0, kAsOf, Lang::En));
}

TEST(CalendarView, TheCalendarIsNamedByWhatItHoldsAndTheFilters) {
  EXPECT_EQ(calendar_name(std::nullopt, {}, Lang::Zh), "重点项目节点与问题时限");
  EXPECT_EQ(calendar_name(MilestoneKind::Approval, {"地区 TM", "阶段 在建"}, Lang::Zh), "重点项目审批节点（地区 TM，阶段 在建）");
  EXPECT_EQ(calendar_name(MilestoneKind::Milestone, {"region TM"}, Lang::En), "Key project milestones (region TM)");
}

}  // namespace
}  // namespace keyproj
