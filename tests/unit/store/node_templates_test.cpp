#include "store/node_templates.h"

#include <gtest/gtest.h>

#include "store/sql/statement.h"
#include "unit/store/temp_database.h"

namespace keyproj {
namespace {

NodeTemplate two_nodes(std::int64_t days) {
  return NodeTemplate{0, std::string("t"), {{"立项", std::nullopt, days, false}, {"开工", std::string("立项"), 30, true}}};
}

std::vector<std::string> audit(Database& db) {
  sql::Statement q(db.sql(), "SELECT action, ifnull(before, '-'), after FROM audit WHERE entity = 'template' ORDER BY id");
  std::vector<std::string> out;
  while (q.step()) out.push_back(q.string(0) + " " + q.string(1) + " " + q.string(2));
  return out;
}

TEST(NodeTemplates, TheMigrationSeedsTheApprovalsTemplate) {
  testing::TempDatabase temp;
  const auto all = all_templates(temp.db());
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].name, "approvals");
  EXPECT_EQ(all[0].nodes.size(), 9u);
  EXPECT_EQ(all[0].nodes.back().title, "开工");
  EXPECT_TRUE(all[0].nodes.back().marks_start);
  EXPECT_NO_THROW(check_template(all[0]));
}

TEST(NodeTemplates, SaveAddsReplacesAndLeavesAnUnchangedTemplateAlone) {
  testing::TempDatabase temp;
  Database& db = temp.db();
  EXPECT_TRUE(save_template(db, two_nodes(20), "tester"));
  const auto t = find_template(db, "t");
  ASSERT_TRUE(t);
  ASSERT_EQ(t->nodes.size(), 2u);
  EXPECT_EQ(t->nodes[1].after, "立项");
  EXPECT_EQ(t->nodes[1].days, 30);
  EXPECT_FALSE(save_template(db, two_nodes(20), "tester"));  // the same nodes: nothing written
  EXPECT_TRUE(save_template(db, two_nodes(25), "tester"));
  EXPECT_EQ(find_template(db, "t")->nodes[0].days, 25);
  EXPECT_EQ(find_template(db, "nope"), std::nullopt);
  const std::string nodes20 =
      R"({"name":"t","nodes":[{"title":"立项","after":null,"days":20},{"title":"开工","after":"立项","days":30,"marks_start":true}]})";
  const std::string nodes25 =
      R"({"name":"t","nodes":[{"title":"立项","after":null,"days":25},{"title":"开工","after":"立项","days":30,"marks_start":true}]})";
  EXPECT_EQ(audit(db), (std::vector<std::string>{"create - " + nodes20, "edit " + nodes20 + " " + nodes25}));
}

}  // namespace
}  // namespace keyproj
