#include "exchange/columns.h"  // ColumnTable::match, defined in header_match.cpp

#include <gtest/gtest.h>

#include "util/error.h"

namespace keyproj {
namespace {

constexpr What kAll[] = {What::Projects, What::Milestones, What::Updates, What::Owners,   What::Plans,
                         What::Overdue,  What::Problems,   What::Templates, What::Leaders};

// Every name of every field finds that field and no other: no header can be ambiguous.
TEST(HeaderMatch, EveryNameFindsItsOwnField) {
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

TEST(HeaderMatch, TheIssuesShortAliases) {
  EXPECT_EQ(fields_of(What::Updates)[*find_field(What::Updates, "code")].key, "project_code");
  EXPECT_EQ(fields_of(What::Updates)[*find_field(What::Updates, "name")].key, "name_zh");
  EXPECT_EQ(fields_of(What::Updates)[*find_field(What::Updates, "progress")].key, "progress_pct");
  EXPECT_EQ(fields_of(What::Updates)[*find_field(What::Updates, "invested")].key, "invested_yuan");
  EXPECT_EQ(fields_of(What::Updates)[*find_field(What::Updates, "date")].key, "reported_on");
  EXPECT_EQ(fields_of(What::Projects)[*find_field(What::Projects, "code")].key, "project_code");
}

TEST(HeaderMatch, MatchingIgnoresCaseSpacesAndBracketWidth) {
  EXPECT_EQ(find_field(What::Projects, " Budget_Yuan "), find_field(What::Projects, "budget_yuan"));
  EXPECT_EQ(find_field(What::Updates, "形象进度(%)"), find_field(What::Updates, "形象进度（%）"));
  EXPECT_EQ(find_field(What::Updates, "项目 编号"), find_field(What::Updates, "项目编号"));
  EXPECT_FALSE(find_field(What::Updates, "budget").has_value());
  EXPECT_FALSE(find_field(What::Updates, "").has_value());
}

TEST(HeaderMatch, TheHeadersRealSheetsUse) {
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

TEST(HeaderMatch, TheUnitAMoneyHeaderNames) {
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

TEST(HeaderMatch, AKnownColumnWithAUnitItCannotHave) {
  const ColumnTable& updates = column_table(What::Updates);
  EXPECT_EQ(updates.match("本期完成投资（美元）")->problem,
            "'本期完成投资（美元）' names the unit '美元', which is not one keyproj knows; write （元）, （万元） or （亿元）");
  EXPECT_EQ(updates.match("项目名称（万元）")->problem, "'项目名称（万元）' gives a unit of money to a column that holds none");
  EXPECT_FALSE(updates.match("项目名称（备用）").has_value());
}

TEST(HeaderMatch, ChineseMoneyHeadersNameTheirUnit) {
  for (const What w : {What::Projects, What::Updates})
    for (const Field& f : fields_of(w))
      if (f.money) {
        EXPECT_TRUE(f.label_zh.ends_with("（元）")) << f.label_zh;
      }
}

}  // namespace
}  // namespace keyproj
