#include "exchange/columns.h"

#include <gtest/gtest.h>

#include "util/error.h"

namespace keyproj {
namespace {

constexpr What kAll[] = {What::Projects, What::Milestones, What::Updates, What::Owners, What::Plans, What::Overdue,
                         What::Problems};

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

TEST(Columns, TheHeadersRealSheetsUse) {
  const auto key = [](What w, const char* header) {
    const auto f = find_field(w, header);
    return f ? fields_of(w)[*f].key : std::string("none");
  };
  for (const What w : {What::Projects, What::Milestones, What::Updates})
    EXPECT_EQ(key(w, "项目编码"), "project_code") << what_name(w);
  EXPECT_EQ(key(What::Updates, "本月完成投资"), "invested_yuan");
  EXPECT_EQ(key(What::Updates, "本月完成投资（万元）"), "invested_yuan");
  EXPECT_EQ(key(What::Updates, "进度"), "progress_pct");
  EXPECT_EQ(key(What::Updates, "形象进度"), "progress_pct");
  EXPECT_EQ(key(What::Projects, "进度"), "progress_pct");
  EXPECT_EQ(key(What::Updates, "存在问题"), "blocker");
  EXPECT_EQ(key(What::Updates, "问题"), "blocker");
  EXPECT_EQ(key(What::Projects, "总投资（亿元）"), "budget_yuan");
  EXPECT_TRUE(ColumnTable::ignored("序号"));
  EXPECT_TRUE(ColumnTable::ignored(" 序号 "));
  EXPECT_FALSE(ColumnTable::ignored("项目编号"));
  EXPECT_EQ(key(What::Updates, "序号"), "none");
}

TEST(Columns, TheUnitAMoneyHeaderNames) {
  const ColumnTable& updates = column_table(What::Updates);
  const ColumnTable& projects = column_table(What::Projects);
  EXPECT_EQ(updates.match("本期完成投资（万元）")->unit, MoneyUnit::Wan);
  EXPECT_EQ(updates.match("本期完成投资(万元)")->unit, MoneyUnit::Wan);
  EXPECT_EQ(updates.match("本期完成投资（亿元）")->unit, MoneyUnit::Yi);
  EXPECT_EQ(updates.match("本期完成投资（元）")->unit, MoneyUnit::Yuan);
  EXPECT_EQ(updates.match("invested")->unit, MoneyUnit::Yuan);
  EXPECT_EQ(updates.match("invested_yuan")->unit, MoneyUnit::Yuan);
  EXPECT_EQ(projects.match("budget")->unit, MoneyUnit::Yuan);
  EXPECT_EQ(projects.match("Budget")->unit, MoneyUnit::Yuan);
  // A Chinese name without a unit says nothing of it.
  EXPECT_EQ(updates.match("本期完成投资")->unit, std::nullopt);
  EXPECT_EQ(updates.match("本月完成投资")->unit, std::nullopt);
  EXPECT_EQ(projects.match("总投资")->unit, std::nullopt);
  EXPECT_EQ(projects.match("计划总投资")->unit, std::nullopt);
  EXPECT_EQ(updates.match("本期完成投资（元）")->problem, "");
}

TEST(Columns, AKnownColumnWithAUnitItCannotHave) {
  const ColumnTable& updates = column_table(What::Updates);
  EXPECT_EQ(updates.match("本期完成投资（美元）")->problem,
            "'本期完成投资（美元）' names the unit '美元', which is not one keyproj knows; write （元）, （万元） or （亿元）");
  EXPECT_EQ(updates.match("项目名称（万元）")->problem, "'项目名称（万元）' gives a unit of money to a column that holds none");
  EXPECT_FALSE(updates.match("项目名称（备用）").has_value());
}

TEST(Columns, ChineseMoneyHeadersNameTheirUnit) {
  for (const What w : {What::Projects, What::Updates})
    for (const Field& f : fields_of(w))
      if (f.money) {
        EXPECT_TRUE(f.label_zh.ends_with("（元）")) << f.label_zh;
      }
}

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
