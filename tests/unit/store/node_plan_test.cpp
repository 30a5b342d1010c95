#include "store/node_plan.h"

#include <gtest/gtest.h>

#include "store/milestones.h"
#include "unit/store/project_fixture.h"
#include "unit/store/temp_database.h"
#include "util/error.h"

namespace keyproj {
namespace {

const NodeTemplate kTemplate{0, std::string("t"),
                             {{"立项", std::nullopt, 10, false},
                              {"环评", std::string("立项"), 20, false},
                              {"开工", std::string("环评"), 5, true}}};

class NodePlanTest : public ::testing::Test {
 protected:
  NodePlanRequest request(const char* from, bool again = false) {
    return {parse_date(from, "from"), again, parse_date("2026-11-22", "as_of"), "tester"};
  }
  // "title due done" of the project's live approval nodes, by id.
  std::vector<std::string> nodes() {
    std::vector<std::string> out;
    for_each_milestone_by_id(db_, [&](const Milestone& m) {
      if (m.kind == MilestoneKind::Approval)
        out.push_back(m.title + " " + m.due.value_or("-") + " " + m.done_on.value_or("-") + (m.marks_start ? " start" : ""));
    });
    return out;
  }
  testing::TempDatabase temp_;
  Database& db_ = temp_.db();
  Project p_ = testing::add_project(db_, "TM-001", "物流园");
};

TEST_F(NodePlanTest, AddsEachNodeDueItsLimitAfterItsPredecessor) {
  const auto out = plan_approval_nodes(db_, p_, kTemplate, request("2026-03-01"));
  EXPECT_EQ(out.added.size(), 3u);
  EXPECT_TRUE(out.deleted.empty());
  // 03-01 + 10 = 03-11; + 20 = 03-31; + 5 = 04-05.
  EXPECT_EQ(nodes(), (std::vector<std::string>{"立项 2026-03-11 -", "环评 2026-03-31 -", "开工 2026-04-05 - start"}));
  EXPECT_EQ(open_start_node(db_, p_.id)->title, "开工");
}

TEST_F(NodePlanTest, RefusesASecondPlanUnlessAgainThenReplacesOnlyTheOpenNodes) {
  plan_approval_nodes(db_, p_, kTemplate, request("2026-03-01"));
  EXPECT_THROW(plan_approval_nodes(db_, p_, kTemplate, request("2026-04-01")), Error);
  mark_milestone_done(db_, *find_milestone(db_, 1), "2026-03-20", "tester");
  const auto out = plan_approval_nodes(db_, p_, kTemplate, request("2026-04-01", true));
  EXPECT_EQ(out.deleted, (std::vector<std::int64_t>{2, 3}));
  EXPECT_EQ(out.added, (std::vector<std::int64_t>{4, 5}));
  // 立项 was done on 03-20: 环评 counts from then (+20 = 04-09), 开工 from 环评 (+5 = 04-14).
  EXPECT_EQ(nodes(), (std::vector<std::string>{"立项 2026-03-11 2026-03-20", "环评 2026-04-09 -",
                                               "开工 2026-04-14 - start"}));
}

TEST_F(NodePlanTest, AProjectThatHasStartedHasItsStartNodeDoneOnThatDay) {
  p_.started_on = "2026-05-06";
  plan_approval_nodes(db_, p_, kTemplate, request("2026-03-01"));
  EXPECT_EQ(nodes().back(), "开工 2026-04-05 2026-05-06 start");
  EXPECT_EQ(open_start_node(db_, p_.id), std::nullopt);
}

}  // namespace
}  // namespace keyproj
