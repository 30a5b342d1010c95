#include "exchange/columns.h"

#include <gtest/gtest.h>

#include "util/error.h"

namespace keyproj {
namespace {

TEST(Columns, OutputColumnsFollowTheTable) {
  const auto columns = output_columns(What::Owners, true);
  ASSERT_EQ(columns.size(), 4u);
  EXPECT_EQ(columns[0].key, "name");
  EXPECT_EQ(columns[0].label_zh, "单位名称");
  EXPECT_EQ(columns[2].key, "contact");
  EXPECT_EQ(columns[3].align, Align::Right);
  // An owner's contact is personal data, as a leader's phone is: only when asked for.
  const auto without = output_columns(What::Owners);
  ASSERT_EQ(without.size(), 3u);
  EXPECT_EQ(without[2].key, "projects");
}

// A leader's phone is personal data: its column goes out only when contacts are asked for, and
// a row loses the same cell.
TEST(Columns, ContactColumnsOnlyWhenAskedFor) {
  auto keys = [](const std::vector<Column>& columns) {
    std::string out;
    for (const auto& c : columns) out += c.key + " ";
    return out;
  };
  EXPECT_EQ(keys(output_columns(What::Overdue)),
            "kind project_code project_name region owner leader milestone due days_late unit level ");
  EXPECT_EQ(keys(output_columns(What::Overdue, true)),
            "kind project_code project_name region owner leader leader_phone milestone due days_late unit level ");
  const std::vector<Cell> all{std::string("milestone"), std::string("TM-1"), std::string("园"), std::string("TM"),
                              std::string("局"), std::string("张伟"), std::string("138"), std::string("开工"),
                              std::string("2026-01-31"), std::int64_t{3}, std::string("县局"), std::string("county")};
  const auto cut = output_cells(What::Overdue, all, false);
  ASSERT_EQ(cut.size(), 11u);
  EXPECT_EQ(std::get<std::string>(cut[5]), "张伟");
  EXPECT_EQ(std::get<std::string>(cut[6]), "开工");
  EXPECT_EQ(std::get<std::string>(cut[10]), "county");
  EXPECT_EQ(output_cells(What::Overdue, all, true).size(), 12u);
  EXPECT_EQ(output_columns(What::Projects).size() + 1, output_columns(What::Projects, true).size());
}

TEST(Columns, WhatByName) {
  EXPECT_EQ(parse_what("updates", false), What::Updates);
  EXPECT_EQ(parse_what("overdue", true), What::Overdue);
  EXPECT_THROW(parse_what("overdue", false), Error);
  EXPECT_EQ(what_name(What::Milestones), "milestones");
  try {
    parse_what("tasks", false);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Usage);
    EXPECT_STREQ(e.what(), "what 'tasks' is not known; use projects, milestones, updates, owners, leaders, plans, problems or templates");
  }
}

}  // namespace
}  // namespace keyproj
