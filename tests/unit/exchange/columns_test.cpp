#include "exchange/columns.h"

#include <gtest/gtest.h>

#include "util/error.h"

namespace keyproj {
namespace {

constexpr What kAll[] = {What::Projects, What::Milestones, What::Updates, What::Owners, What::Overdue};

// Every name of every field finds that field and no other: no header can be ambiguous.
TEST(Columns, EveryNameFindsItsOwnField) {
  for (const What w : kAll) {
    const auto& fields = fields_of(w);
    for (std::size_t i = 0; i < fields.size(); ++i) {
      std::vector<std::string> names{fields[i].key, fields[i].label_en, fields[i].label_zh};
      names.insert(names.end(), fields[i].aliases.begin(), fields[i].aliases.end());
      for (const auto& n : names) {
        const auto found = find_field(w, n);
        ASSERT_TRUE(found.has_value()) << what_name(w) << " " << n;
        EXPECT_EQ(*found, i) << what_name(w) << ": '" << n << "' finds " << fields[*found].key;
      }
    }
  }
}

TEST(Columns, TheIssuesShortAliases) {
  EXPECT_EQ(fields_of(What::Updates)[*find_field(What::Updates, "code")].key, "project_code");
  EXPECT_EQ(fields_of(What::Updates)[*find_field(What::Updates, "name")].key, "name_zh");
  EXPECT_EQ(fields_of(What::Updates)[*find_field(What::Updates, "progress")].key, "progress_pct");
  EXPECT_EQ(fields_of(What::Updates)[*find_field(What::Updates, "invested")].key, "invested_yuan");
  EXPECT_EQ(fields_of(What::Updates)[*find_field(What::Updates, "date")].key, "reported_on");
  EXPECT_EQ(fields_of(What::Projects)[*find_field(What::Projects, "code")].key, "project_code");
}

TEST(Columns, MatchingIgnoresCaseSpacesAndBracketWidth) {
  EXPECT_EQ(find_field(What::Projects, " Budget_Yuan "), find_field(What::Projects, "budget_yuan"));
  EXPECT_EQ(find_field(What::Updates, "形象进度(%)"), find_field(What::Updates, "形象进度（%）"));
  EXPECT_EQ(find_field(What::Updates, "项目 编号"), find_field(What::Updates, "项目编号"));
  EXPECT_FALSE(find_field(What::Updates, "budget").has_value());
  EXPECT_FALSE(find_field(What::Updates, "").has_value());
}

TEST(Columns, OutputColumnsFollowTheTable) {
  const auto columns = output_columns(What::Owners);
  ASSERT_EQ(columns.size(), 4u);
  EXPECT_EQ(columns[0].key, "name");
  EXPECT_EQ(columns[0].label_zh, "单位名称");
  EXPECT_EQ(columns[3].align, Align::Right);
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
    EXPECT_STREQ(e.what(), "what 'tasks' is not known; use projects, milestones, updates or owners");
  }
}

}  // namespace
}  // namespace keyproj
