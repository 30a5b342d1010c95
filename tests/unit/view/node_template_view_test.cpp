#include "view/node_template_view.h"

#include <gtest/gtest.h>

namespace keyproj {
namespace {

const NodeTemplate kTemplate{0, std::string("t"),
                             {{"立项", std::nullopt, 10, false},
                              {"用地", std::nullopt, 40, false},
                              {"环评", std::string("立项"), 20, false},
                              {"开工", std::string("环评"), 5, true}}};

TEST(NodeTemplateView, DaysFromTheStartFollowEachChain) {
  EXPECT_EQ(days_from_start(kTemplate), (std::vector<std::int64_t>{10, 40, 30, 35}));
  // The template's length is its longest chain: 用地's 40 days, not the start node's 35.
  const auto cells = template_cells(kTemplate);
  EXPECT_EQ(std::get<std::string>(cells[0]), "t");
  EXPECT_EQ(std::get<std::int64_t>(cells[1]), 4);
  EXPECT_EQ(std::get<std::int64_t>(cells[2]), 40);
}

TEST(NodeTemplateView, ARowANodeWithItsPredecessorAndTheStartMarked) {
  const auto rows = template_node_rows(kTemplate, true);
  ASSERT_EQ(rows.size(), 4u);
  ASSERT_EQ(rows[2].size(), template_node_columns().size());
  EXPECT_EQ(std::get<std::string>(rows[2][2]), "立项");
  EXPECT_EQ(std::get<std::int64_t>(rows[2][4]), 30);
  EXPECT_TRUE(std::holds_alternative<std::monostate>(rows[0][2]));
  EXPECT_EQ(std::get<std::string>(rows[3][5]), "是");
  EXPECT_EQ(std::get<std::string>(template_node_rows(kTemplate, false)[3][5]), "yes");
}

}  // namespace
}  // namespace keyproj
