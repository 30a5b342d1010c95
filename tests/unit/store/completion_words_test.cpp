#include "store/completion_words.h"

#include <gtest/gtest.h>

#include "store/projects.h"
#include "store/sql/statement.h"
#include "unit/store/temp_database.h"
#include "unit/store/project_fixture.h"

namespace keyproj {
namespace {

TEST(CompletionWords, ProjectCodesBeginningWithThePrefixInOrderAtMostTheLimit) {
  testing::TempDatabase t;
  for (const std::string code : {"TM-2", "TM-10", "TM-1", "tm-3", "EZ-1", "TMX"})
    testing::add_project(t.db(), code, "项目" + code);
  EXPECT_EQ(project_codes_starting(t.db(), "TM-", 10), (std::vector<std::string>{"TM-1", "TM-10", "TM-2"}));
  EXPECT_EQ(project_codes_starting(t.db(), "TM-1", 10), (std::vector<std::string>{"TM-1", "TM-10"}));
  EXPECT_EQ(project_codes_starting(t.db(), "TM", 2), (std::vector<std::string>{"TM-1", "TM-10"}));
  EXPECT_EQ(project_codes_starting(t.db(), "", 100).size(), 6u);
  EXPECT_EQ(project_codes_starting(t.db(), "tm", 10), (std::vector<std::string>{"tm-3"}));  // case counts
  EXPECT_TRUE(project_codes_starting(t.db(), "TM*", 10).empty());
  EXPECT_TRUE(project_codes_starting(t.db(), "[T]", 10).empty());
  EXPECT_TRUE(project_codes_starting(t.db(), "ZS", 10).empty());
}

TEST(CompletionWords, ProjectCodesWalkTheIndex) {
  testing::TempDatabase t;
  sql::Statement plan(t.db().sql(), "EXPLAIN QUERY PLAN SELECT code FROM project WHERE code GLOB ?1 ORDER BY code LIMIT ?2");
  plan.bind(1, std::string("TM*"));
  plan.bind(2, 10);
  std::string detail;
  while (plan.step()) detail += plan.string(3) + "\n";
  EXPECT_NE(detail.find("USING COVERING INDEX"), std::string::npos) << detail;
  EXPECT_EQ(detail.find("SCAN project\n"), std::string::npos) << detail;
}

TEST(CompletionWords, RegionCodesInTheOrderOfThePlans) {
  testing::TempDatabase t;
  std::vector<std::string> expected;
  sql::Statement q(t.db().sql(), "SELECT code FROM region ORDER BY id");
  while (q.step()) expected.push_back(q.string(0));
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(region_codes(t.db()), expected);
}

}  // namespace
}  // namespace keyproj
