#include "view/change_text.h"

#include <gtest/gtest.h>

#include "unit/in_language.h"

namespace keyproj {
namespace {

using Pieces = std::vector<std::string>;

TEST(ChangeText, AChangeReadsBeforeArrowAfterWithMoneyInWanAndNullsAsDashes) {
  EXPECT_EQ(stored_change_pieces(R"({"budget_yuan":150000000,"county":null,"stage":"building"})",
                          R"({"budget_yuan":200000000,"county":"天门市","stage":"building"})"),
            (Pieces{"budget_yuan: 1.5亿元 → 2亿元", "county: — → 天门市"}));
}

TEST(ChangeText, AmountsThatWouldReadAlikeAreShownExactly) {
  EXPECT_EQ(stored_change_pieces(R"({"budget_yuan":320000000})", R"({"budget_yuan":320000001})"),
            (Pieces{"budget_yuan: 320,000,000元 → 320,000,001元"}));
  EXPECT_EQ(stored_change_pieces(R"({"budget_yuan":null})", R"({"budget_yuan":320000001})"),
            (Pieces{"budget_yuan: — → 3.2亿元"}));
}

TEST(ChangeText, ANewRecordListsItsFieldsThatHoldAValue) {
  EXPECT_EQ(stored_change_pieces("", R"({"reported_on":"2026-11-22","progress_pct":45,"invested_yuan":20000000,"note":null})"),
            (Pieces{"reported_on: 2026-11-22", "progress_pct: 45", "invested_yuan: 2000万元"}));
}

TEST(ChangeText, AFieldOnlyBeforeReadsAsRemoved) {
  EXPECT_EQ(stored_change_pieces(R"({"due":"2026-06-30"})", "{}"), (Pieces{"due: 2026-06-30 → —"}));
}

TEST(ChangeText, InChineseFieldsAndStoredWordsReadInChinese) {
  InLanguage zh(Lang::Zh);
  EXPECT_EQ(stored_change_pieces(R"({"stage":"planned","category":null,"budget_yuan":null})",
                                 R"({"stage":"building","category":"logistics","budget_yuan":150000000})"),
            (Pieces{"阶段：谋划 → 在建", "类别：— → 物流", "计划总投资：— → 1.5亿元"}));
  EXPECT_EQ(stored_change_pieces("", R"({"finish_source":"plan","county":"天门市"})"),
            (Pieces{"完成时间来源：规划期末", "县市区：天门市"}));
}

}  // namespace
}  // namespace keyproj
