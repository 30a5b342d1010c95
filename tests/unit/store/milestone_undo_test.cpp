#include "store/milestone_undo.h"

#include <gtest/gtest.h>

#include "store/milestones.h"
#include "store/projects.h"
#include "store/sql/statement.h"
#include "unit/store/refusal.h"
#include "unit/store/temp_database.h"
#include "util/error.h"

namespace keyproj {
namespace {

class MilestoneUndoTest : public ::testing::Test {
 protected:
  void SetUp() override {
    NewProject p;
    p.code = "TM-011";
    p.name_zh = "天门市综合物流产业园项目";
    p.region = "TM";
    p.entered_on = "2026-01-01";
    insert_project(t_.db(), p, "tester");
    project_ = *find_project(t_.db(), "TM-011");
  }
  Milestone added(const std::string& title, const std::string& due) {
    return *find_milestone(t_.db(), add_milestone(t_.db(), project_, title, due, "2026-01-01", "tester"));
  }
  Milestone again(const Milestone& m) { return *find_milestone(t_.db(), m.id); }
  // The audit rows of milestones after their creation: "id action before after reason".
  std::vector<std::string> audit() {
    sql::Statement q(t_.db().sql(),
                     "SELECT entity_id, action, ifnull(before, '-'), ifnull(after, '-'), ifnull(reason, '-') "
                     "FROM audit WHERE entity = 'milestone' AND action <> 'create' ORDER BY id");
    std::vector<std::string> out;
    while (q.step())
      out.push_back(std::to_string(q.int64(0)) + " " + q.string(1) + " " + q.string(2) + " " + q.string(3) + " " +
                    q.string(4));
    return out;
  }
  std::vector<std::int64_t> listed() {
    std::vector<std::int64_t> ids;
    for_each_milestone(t_.db(), {}, [&](const Milestone& m) { ids.push_back(m.id); });
    return ids;
  }
  testing::TempDatabase t_;
  Project project_;
};

TEST_F(MilestoneUndoTest, ReopenClearsTheDoneDateAndRecordsIt) {
  const Milestone m = added("主体工程完工", "2026-06-30");
  mark_milestone_done(t_.db(), m, "2026-05-01", "tester");
  reopen_milestone(t_.db(), again(m), "误报", "李四");
  EXPECT_EQ(again(m).done_on, std::nullopt);
  EXPECT_EQ(audit(), (std::vector<std::string>{
                         std::to_string(m.id) + R"( done {"done_on":null} {"done_on":"2026-05-01"} -)",
                         std::to_string(m.id) + R"( reopen {"done_on":"2026-05-01"} {"done_on":null} 误报)"}));
  EXPECT_EQ(testing::refusal([&] { reopen_milestone(t_.db(), again(m), "误报", "李四"); }),
            "milestone " + std::to_string(m.id) + " is open; only a milestone recorded as reached can be reopened");
}

TEST_F(MilestoneUndoTest, RetitleWritesOnlyAChange) {
  const Milestone m = added("主体工程完工", "2026-06-30");
  EXPECT_FALSE(retitle_milestone(t_.db(), m, m.title, "tester"));
  EXPECT_EQ(audit(), std::vector<std::string>{});
  EXPECT_TRUE(retitle_milestone(t_.db(), m, "主体结构封顶", "tester"));
  EXPECT_EQ(again(m).title, "主体结构封顶");
  EXPECT_EQ(audit(), (std::vector<std::string>{std::to_string(m.id) +
                                               R"( edit {"title":"主体工程完工"} {"title":"主体结构封顶"} -)"}));
}

TEST_F(MilestoneUndoTest, DeleteKeepsTheRowAndItsIdAndLeavesEveryListing) {
  const Milestone first = added("开工", "2026-03-31");
  const Milestone last = added("主体工程完工", "2026-06-30");
  delete_milestone(t_.db(), last, "重复录入", "2026-11-22", "王五");
  EXPECT_EQ(again(last).deleted_on, "2026-11-22");
  EXPECT_EQ(listed(), std::vector<std::int64_t>{first.id});
  std::vector<std::int64_t> by_id;
  for_each_milestone_by_id(t_.db(), [&](const Milestone& m) { by_id.push_back(m.id); });
  EXPECT_EQ(by_id, std::vector<std::int64_t>{first.id});
  // The deleted one had the largest id; the next milestone does not take it.
  EXPECT_EQ(added("竣工验收", "2027-12-31").id, last.id + 1);
  EXPECT_EQ(audit(), (std::vector<std::string>{std::to_string(last.id) +
                                               R"( delete {"deleted_on":null} {"deleted_on":"2026-11-22"} 重复录入)"}));
  const std::string gone = "milestone " + std::to_string(last.id) + " was deleted on 2026-11-22; it takes no changes";
  EXPECT_EQ(testing::refusal([&] { delete_milestone(t_.db(), again(last), "再删", "2026-11-23", "王五"); }),
            "milestone " + std::to_string(last.id) + " is already deleted (on 2026-11-22)");
  EXPECT_EQ(testing::refusal([&] { retitle_milestone(t_.db(), again(last), "新标题", "王五"); }), gone);
  EXPECT_EQ(testing::refusal([&] { reopen_milestone(t_.db(), again(last), "误报", "王五"); }), gone);
}

TEST_F(MilestoneUndoTest, AnArchivedProjectsMilestonesTakeNoUndo) {
  const Milestone m = added("开工", "2026-03-31");
  archive_project(t_.db(), project_, "2026-11-22", "tester");
  const std::string archived = "project 'TM-011' is archived; it takes no milestone changes";
  EXPECT_EQ(testing::refusal([&] { retitle_milestone(t_.db(), m, "开工仪式", "tester"); }), archived);
  EXPECT_EQ(testing::refusal([&] { delete_milestone(t_.db(), m, "录错", "2026-11-22", "tester"); }), archived);
  EXPECT_EQ(again(m).deleted_on, std::nullopt);
}

}  // namespace
}  // namespace keyproj
