#include "domain/node_template.h"

#include <gtest/gtest.h>

#include "util/error.h"

namespace keyproj {
namespace {

NodeTemplate chain() {
  return NodeTemplate{0, std::string("t"),
                      {{"立项", std::nullopt, 20, false},
                       {"用地", std::nullopt, 25, false},
                       {"环评", std::string("立项"), 30, false},
                       {"节能", std::string("立项"), 10, false},
                       {"施工许可", std::string("环评"), 7, false},
                       {"开工", std::string("施工许可"), 0, true}}};
}

std::string plus(const char* from, std::int64_t days) {
  return Date::from_days(parse_date(from, "from").days() + days).iso();
}

TEST(PlanNodes, CountsEachNodeFromItsPredecessorSoParallelNodesShareOne) {
  const auto planned = plan_nodes(chain(), parse_date("2026-03-01", "from"));
  ASSERT_EQ(planned.size(), 6u);
  EXPECT_EQ(planned[0].due, plus("2026-03-01", 20));
  EXPECT_EQ(planned[1].due, plus("2026-03-01", 25));
  EXPECT_EQ(planned[2].due, plus("2026-03-01", 20 + 30));
  EXPECT_EQ(planned[3].due, plus("2026-03-01", 20 + 10));
  EXPECT_EQ(planned[4].due, plus("2026-03-01", 20 + 30 + 7));
  EXPECT_EQ(planned[5].due, planned[4].due);
  EXPECT_TRUE(planned[5].marks_start);
  EXPECT_FALSE(planned[0].marks_start);
}

TEST(PlanNodes, SkipsNodesReachedAndCountsTheirSuccessorsFromTheDayDone) {
  const auto planned = plan_nodes(chain(), parse_date("2026-03-01", "from"), {{"立项", "2026-02-10"}});
  ASSERT_EQ(planned.size(), 5u);
  EXPECT_EQ(planned[0].title, "用地");
  EXPECT_EQ(planned[1].title, "环评");
  EXPECT_EQ(planned[1].due, plus("2026-02-10", 30));
  EXPECT_EQ(planned[2].due, plus("2026-02-10", 10));
}

TEST(CheckTemplate, AcceptsTheChainAndRefusesEachFault) {
  EXPECT_NO_THROW(check_template(chain()));
  auto expect_refused = [](NodeTemplate t, const std::string& sentence) {
    try {
      check_template(t);
      ADD_FAILURE() << "accepted: " << sentence;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ExitCode::Rejected);
      EXPECT_EQ(std::string(e.what()), sentence);
    }
  };
  NodeTemplate t = chain();
  t.nodes[2].after = "开工";  // later, not earlier
  expect_refused(t, "after '开工' of node '环评' is not an earlier node of template 't'");
  t = chain();
  t.nodes[3].title = "立项";
  expect_refused(t, "node '立项' is twice in template 't'");
  t = chain();
  t.nodes[1].days = -1;
  expect_refused(t, "days '-1' of node '用地' is not a time limit from 0 to 3650 calendar days");
  t = chain();
  t.nodes[0].marks_start = true;
  expect_refused(t, "node '开工' marks the start, and an earlier node of template 't' already does");
  t = chain();
  t.nodes.clear();
  expect_refused(t, "template 't' has no node");
}

}  // namespace
}  // namespace keyproj
