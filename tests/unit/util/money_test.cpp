#include "util/money.h"

#include <gtest/gtest.h>

#include "util/error.h"
#include "unit/in_language.h"
#include "unit/refusal.h"

namespace keyproj {
namespace {

TEST(ParseMoney, AcceptsEveryFormThePlansPrint) {
  EXPECT_EQ(parse_money("150000000", "budget"), 150000000);
  EXPECT_EQ(parse_money("150,000,000", "budget"), 150000000);
  EXPECT_EQ(parse_money("1,500.5万", "budget"), 15005000);
  EXPECT_EQ(parse_money("12,345", "budget"), 12345);
  EXPECT_EQ(parse_money("15000万", "budget"), 150000000);
  EXPECT_EQ(parse_money("15000万元", "budget"), 150000000);
  EXPECT_EQ(parse_money("1.5亿", "budget"), 150000000);
  EXPECT_EQ(parse_money("1.5亿元", "budget"), 150000000);
  EXPECT_EQ(parse_money("0", "budget"), 0);
  EXPECT_EQ(parse_money("8000元", "budget"), 8000);
  EXPECT_EQ(parse_money(" 3.2亿 ", "budget"), 320000000);
  EXPECT_EQ(parse_money("1.2345万", "budget"), 12345);
  EXPECT_EQ(parse_money("0.00000001亿", "budget"), 1);
  EXPECT_EQ(parse_money("1.5万亿", "budget"), 1500000000000);
  EXPECT_EQ(parse_money("10万亿元", "budget"), 10000000000000);
  EXPECT_EQ(parse_money("10000000000000", "budget"), kMaxAmountYuan);
}

TEST(ParseMoney, TrailingZerosOfAFractionAreNotDecimals) {
  EXPECT_EQ(parse_money("12.00", "budget"), 12);
  EXPECT_EQ(parse_money("1.500亿", "budget"), 150000000);
}

struct Bad {
  const char* text;
  const char* message;
};

class ParseMoneyRejects : public ::testing::TestWithParam<Bad> {};

TEST_P(ParseMoneyRejects, WithASentenceNamingFieldAndValue) {
  try {
    parse_money(GetParam().text, "budget");
    FAIL() << "accepted " << GetParam().text;
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Rejected);
    EXPECT_EQ(std::string(e.what()), GetParam().message);
  }
}

INSTANTIATE_TEST_SUITE_P(
    All, ParseMoneyRejects,
    ::testing::Values(
        Bad{"-1", "budget '-1' is negative; money must be zero or more"},
        Bad{"1e400", "budget '1e400' is not an amount of money; give digits with an optional 万 or 亿, such as 1.5亿"},
        Bad{"1.5亿亿", "budget '1.5亿亿' is not an amount of money; give digits with an optional 万 or 亿, such as 1.5亿"},
        Bad{"abc", "budget 'abc' is not an amount of money; give digits with an optional 万 or 亿, such as 1.5亿"},
        Bad{"9223372036854775808", "budget '9223372036854775808' is too large to store"},
        Bad{"100000000000亿", "budget '100000000000亿' is too large to store"},
        // Below 64 bits but beyond any project: a slip of the unit, caught.
        Bad{"9000000亿", "budget '9000000亿' is more than 10万亿元, more than any one project or report holds; check the digits and the unit"},
        Bad{"10000000000001", "budget '10000000000001' is more than 10万亿元, more than any one project or report holds; check the digits and the unit"},
        Bad{"10.01万亿", "budget '10.01万亿' is more than 10万亿元, more than any one project or report holds; check the digits and the unit"},
        Bad{"9223372036854775807", "budget '9223372036854775807' is more than 10万亿元, more than any one project or report holds; check the digits and the unit"},
        Bad{"1.234", "budget '1.234' has more than two decimals of a yuan"},
        Bad{"1.5", "budget '1.5' has a fraction of a yuan; money is kept in whole yuan"},
        Bad{"", "budget '' is empty; give an amount such as 150000000, 15000万 or 1.5亿"},
        Bad{"万", "budget '万' is not an amount of money; give digits with an optional 万 or 亿, such as 1.5亿"},
        Bad{"1.", "budget '1.' ends in a decimal point; write the digits after it or drop it"},
        Bad{",100", "budget ',100' has a misplaced comma; commas group three digits, as in 150,000,000"},
        // Once read as 1, 15亿 and 150000: a comma that does not group three digits is refused.
        Bad{"1,,,", "budget '1,,,' has a misplaced comma; commas group three digits, as in 150,000,000"},
        Bad{"1,5亿", "budget '1,5亿' has a misplaced comma; commas group three digits, as in 150,000,000"},
        Bad{"15,0000", "budget '15,0000' has a misplaced comma; commas group three digits, as in 150,000,000"},
        Bad{"1000,000", "budget '1000,000' has a misplaced comma; commas group three digits, as in 150,000,000"},
        Bad{"1,00.5万", "budget '1,00.5万' has a misplaced comma; commas group three digits, as in 150,000,000"},
        Bad{"1.2.3", "budget '1.2.3' is not an amount of money; give digits with an optional 万 or 亿, such as 1.5亿"}));

TEST(FormatMoney, Uses10kAnd100mUnits) {
  EXPECT_EQ(format_money(150000000), "1.5亿元");
  EXPECT_EQ(format_money(100000000), "1亿元");
  EXPECT_EQ(format_money(123456789), "1.23亿元");
  EXPECT_EQ(format_money(15000000), "1500万元");
  EXPECT_EQ(format_money(12345), "1.23万元");
  EXPECT_EQ(format_money(8000), "8000元");
  EXPECT_EQ(format_money(0), "0元");
  EXPECT_EQ(format_money(-15000000), "-1500万元");
}

TEST(FormatMoney, APairThatWouldReadAlikeIsShownExactly) {
  const auto same = format_money_pair(320000001, 320000000);
  EXPECT_EQ(same.first, "320,000,001元");
  EXPECT_EQ(same.second, "320,000,000元");
  const auto apart = format_money_pair(320000000, 330000000);
  EXPECT_EQ(apart.first, "3.2亿元");
  EXPECT_EQ(apart.second, "3.3亿元");
  // Equal amounts read alike because they are alike.
  const auto equal = format_money_pair(320000000, 320000000);
  EXPECT_EQ(equal.first, "3.2亿元");
  EXPECT_EQ(equal.second, "3.2亿元");
  const auto wan = format_money_pair(15000000, 15000049);
  EXPECT_EQ(wan.first, "15,000,000元");
  EXPECT_EQ(wan.second, "15,000,049元");
  const auto small = format_money_pair(8000, 8001);  // below 1万, already exact
  EXPECT_EQ(small.first, "8000元");
  EXPECT_EQ(small.second, "8001元");
}

TEST(FormatMoney, GroupsDigits) {
  EXPECT_EQ(format_yuan_grouped(150000000), "150,000,000");
  EXPECT_EQ(format_yuan_grouped(999), "999");
  EXPECT_EQ(format_yuan_grouped(-1000), "-1,000");
}

TEST(ParseMoney, ARefusalUnderChineseIsAChineseSentence) {
  InLanguage zh(Lang::Zh);
  EXPECT_EQ(refusal_of([] { parse_money("-5万", "--budget"); }), "--budget '-5万' 为负数；金额不能小于零");
  EXPECT_EQ(refusal_of([] { parse_money("1.5美元", "invested"); }),
            "invested '1.5美元' 不是金额；请填写数字，可带 万 或 亿，如 1.5亿");
  EXPECT_EQ(refusal_of([] { parse_money("1,5亿", "--budget"); }),
            "--budget '1,5亿' 的逗号位置不对；逗号每三位分隔，如 150,000,000");
}

}  // namespace
}  // namespace keyproj
