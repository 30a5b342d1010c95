#include "store/milestones.h"

#include <gtest/gtest.h>

#include "store/milestone_undo.h"
#include "store/projects.h"
#include "store/sql/statement.h"
#include "unit/store/temp_database.h"

namespace keyproj {
namespace {

class MilestonesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    project_ = add_project("TM-011", "天门市综合物流产业园项目");
  }
  Project add_project(const std::string& code, const std::string& name) {
    NewProject p;
    p.code = code;
    p.name_zh = name;
    p.region = "TM";
    p.entered_on = "2026-01-01";
    insert_project(t_.db(), p, "tester");
    return *find_project(t_.db(), code);
  }
  std::vector<std::string> listed(const MilestoneFilter& f) {
    std::vector<std::string> out;
    for_each_milestone(t_.db(), f, [&](const Milestone& m) { out.push_back(m.project_code + " " + m.title); });
    return out;
  }
  testing::TempDatabase t_;
  Project project_;
};

TEST_F(MilestonesTest, TheBaselineIsTheDueDateAtCreation) {
  const auto id = add_milestone(t_.db(), project_, "主体工程完工", "2025-12-31", "2026-01-01", "tester");
  const auto m = find_milestone(t_.db(), id);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->project_code, "TM-011");
  EXPECT_EQ(m->project_id, project_.id);
  EXPECT_EQ(m->baseline_due, "2025-12-31");
  EXPECT_EQ(m->due, "2025-12-31");
  EXPECT_EQ(m->done_on, std::nullopt);
}

TEST_F(MilestonesTest, AMoveChangesTheDueDateKeepsTheBaselineAndRecordsWhy) {
  const auto id = add_milestone(t_.db(), project_, "主体工程完工", "2025-12-31", "2026-01-01", "tester");
  move_milestone(t_.db(), *find_milestone(t_.db(), id), "2026-06-30", "征地延误", "2026-02-01", "张三");
  move_milestone(t_.db(), *find_milestone(t_.db(), id), "2026-12-31", "资金未到位", "2026-05-01", "李四");
  const auto m = find_milestone(t_.db(), id);
  EXPECT_EQ(m->baseline_due, "2025-12-31");
  EXPECT_EQ(m->due, "2026-12-31");
  const auto moves = milestone_moves(t_.db(), id);
  ASSERT_EQ(moves.size(), 2u);
  EXPECT_EQ(moves[0].from_due, "2025-12-31");
  EXPECT_EQ(moves[0].to_due, "2026-06-30");
  EXPECT_EQ(moves[0].reason, "征地延误");
  EXPECT_EQ(moves[0].moved_at, "2026-02-01");
  EXPECT_EQ(moves[0].author, "张三");
  EXPECT_EQ(moves[1].from_due, "2026-06-30");
  EXPECT_EQ(moves[1].to_due, "2026-12-31");
  EXPECT_EQ(moves[1].author, "李四");
  sql::Statement q(t_.db().sql(),
                   "SELECT before, after, reason, project_id FROM audit WHERE entity = 'milestone' AND action = 'move' "
                   "ORDER BY id");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.string(0), R"({"due":"2025-12-31"})");
  EXPECT_EQ(q.string(1), R"({"due":"2026-06-30"})");
  EXPECT_EQ(q.string(2), "征地延误");
  EXPECT_EQ(q.int64(3), project_.id);
}

TEST_F(MilestonesTest, AMilestoneEnteredWithoutABaselineGetsItsDueDateBeforeTheFirstMove) {
  t_.db().sql().execute("INSERT INTO milestone (project_id, title, due, created_at) VALUES (" +
                     std::to_string(project_.id) + ", '一期建成', '2024-12-31', '2026-01-01')");
  const auto id = t_.db().sql().last_insert_id();
  move_milestone(t_.db(), *find_milestone(t_.db(), id), "2025-12-31", "一期延期", "2026-02-01", "张三");
  EXPECT_EQ(find_milestone(t_.db(), id)->baseline_due, "2024-12-31");
  move_milestone(t_.db(), *find_milestone(t_.db(), id), "2026-12-31", "再次延期", "2026-03-01", "张三");
  EXPECT_EQ(find_milestone(t_.db(), id)->baseline_due, "2024-12-31");
}

TEST_F(MilestonesTest, DoneRecordsTheDateAndItsAuditRow) {
  const auto id = add_milestone(t_.db(), project_, "主体工程完工", "2025-12-31", "2026-01-01", "tester");
  mark_milestone_done(t_.db(), *find_milestone(t_.db(), id), "2026-03-15", "张三");
  EXPECT_EQ(find_milestone(t_.db(), id)->done_on, "2026-03-15");
  sql::Statement q(t_.db().sql(), "SELECT before, after FROM audit WHERE action = 'done'");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.string(0), R"({"done_on":null})");
  EXPECT_EQ(q.string(1), R"({"done_on":"2026-03-15"})");
}

TEST_F(MilestonesTest, ListsByProjectThenDueDateOpenOnlyAndWithoutArchivedProjects) {
  const Project other = add_project("TM-002", "天门市冷链物流配送中心项目");
  const Project archived = add_project("TM-003", "天门市电商产业园项目");
  add_milestone(t_.db(), project_, "竣工验收", "2026-12-31", "2026-01-01", "tester");
  const auto done = add_milestone(t_.db(), project_, "主体工程完工", "2025-12-31", "2026-01-01", "tester");
  add_milestone(t_.db(), other, "冷库建成", "2026-06-30", "2026-01-01", "tester");
  add_milestone(t_.db(), archived, "园区开园", "2026-06-30", "2026-01-01", "tester");
  mark_milestone_done(t_.db(), *find_milestone(t_.db(), done), "2026-03-15", "tester");
  archive_project(t_.db(), archived, "2026-04-01", "tester");

  EXPECT_EQ(listed({}), (std::vector<std::string>{"TM-002 冷库建成", "TM-011 主体工程完工", "TM-011 竣工验收"}));
  EXPECT_EQ(listed({std::nullopt, true, std::nullopt, std::nullopt}), (std::vector<std::string>{"TM-002 冷库建成", "TM-011 竣工验收"}));
  EXPECT_EQ(listed({project_.id, false, std::nullopt, std::nullopt}), (std::vector<std::string>{"TM-011 主体工程完工", "TM-011 竣工验收"}));
  // Named by its id, an archived project's milestones are still there.
  EXPECT_EQ(listed({archived.id, false, std::nullopt, std::nullopt}), (std::vector<std::string>{"TM-003 园区开园"}));
}

TEST_F(MilestonesTest, ACalendarReadsTheFilteredProjectsAsOfADateWithTheDeletedOnes) {
  const Project other = add_project("TM-002", "天门市冷链物流配送中心项目");
  const auto moved = add_milestone(t_.db(), project_, "竣工验收", "2026-06-30", "2026-01-01", "tester");
  const auto done = add_milestone(t_.db(), project_, "主体工程完工", "2026-03-31", "2026-01-01", "tester");
  const auto deleted = add_milestone(t_.db(), project_, "误录节点", "2026-05-31", "2026-01-01", "tester");
  const auto approval = add_milestone(t_.db(), project_, "环评批复", "2026-04-30", "2026-01-01", "tester", std::nullopt,
                                      MilestoneKind::Approval);
  add_milestone(t_.db(), other, "冷库建成", "2026-06-30", "2026-01-01", "tester");
  move_milestone(t_.db(), *find_milestone(t_.db(), moved), "2026-09-30", "用地延迟", "2026-05-01", "tester");
  mark_milestone_done(t_.db(), *find_milestone(t_.db(), done), "2026-04-10", "tester");
  delete_milestone(t_.db(), *find_milestone(t_.db(), deleted), "重复录入", "2026-04-20", "tester");

  auto read = [&](const PortfolioFilter& f, std::optional<MilestoneKind> kind) {
    std::vector<std::string> out;
    for_each_calendar_milestone(t_.db(), f, kind, [&](const Milestone& m) {
      out.push_back(std::to_string(m.id) + " " + m.due.value_or("-") + " " + m.done_on.value_or("-") + " " +
                    m.deleted_on.value_or("-"));
    });
    return out;
  };
  PortfolioFilter f;
  f.search = "TM-011";
  f.as_of = Date(std::chrono::year{2026} / 4 / 15);
  const auto id = [](std::int64_t i) { return std::to_string(i); };
  EXPECT_EQ(read(f, std::nullopt), (std::vector<std::string>{id(moved) + " 2026-06-30 - -",
                                                             id(done) + " 2026-03-31 2026-04-10 -",
                                                             id(deleted) + " 2026-05-31 - 2026-04-20",
                                                             id(approval) + " 2026-04-30 - -"}));
  f.as_of = Date(std::chrono::year{2026} / 4 / 1);
  EXPECT_EQ(read(f, MilestoneKind::Approval), (std::vector<std::string>{id(approval) + " 2026-04-30 - -"}));
  EXPECT_EQ(read(f, MilestoneKind::Milestone)[1], id(done) + " 2026-03-31 - -");
  f.as_of.reset();
  EXPECT_EQ(read(f, MilestoneKind::Milestone)[0], id(moved) + " 2026-09-30 - -");
}

}  // namespace
}  // namespace keyproj
