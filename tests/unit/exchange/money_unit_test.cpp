#include "exchange/money_unit.h"

#include <gtest/gtest.h>

#include "util/error.h"

namespace keyproj {
namespace {

std::string refusal(std::string_view text, std::optional<MoneyUnit> unit) {
  try {
    read_money(text, unit, "本期完成投资");
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Rejected);
    return e.what();
  }
  return "accepted";
}

TEST(MoneyUnit, Named) {
  EXPECT_EQ(money_unit_named("元"), MoneyUnit::Yuan);
  EXPECT_EQ(money_unit_named("万元"), MoneyUnit::Wan);
  EXPECT_EQ(money_unit_named("万"), MoneyUnit::Wan);
  EXPECT_EQ(money_unit_named("亿元"), MoneyUnit::Yi);
  EXPECT_EQ(money_unit_named("千元"), std::nullopt);
  EXPECT_EQ(money_unit_named(""), std::nullopt);
  EXPECT_EQ(money_unit_name(MoneyUnit::Wan), "万元");
}

TEST(ReadMoney, ABareNumberIsInTheUnit) {
  EXPECT_EQ(read_money("1,500", MoneyUnit::Wan, "f"), 1500LL * 10000);
  EXPECT_EQ(read_money("0.25", MoneyUnit::Wan, "f"), 2500);
  EXPECT_EQ(read_money("1.5", MoneyUnit::Yi, "f"), 150000000);
  EXPECT_EQ(read_money("1500", MoneyUnit::Yuan, "f"), 1500);
}

TEST(ReadMoney, ANumberWithItsOwnUnitMeansWhatItSays) {
  for (const auto unit : {std::optional<MoneyUnit>(), std::optional(MoneyUnit::Yuan), std::optional(MoneyUnit::Yi)}) {
    EXPECT_EQ(read_money("1500万", unit, "f"), 1500LL * 10000);
    EXPECT_EQ(read_money("800元", unit, "f"), 800);
    EXPECT_EQ(read_money("2亿元", unit, "f"), 200000000);
  }
}

TEST(ReadMoney, ABareNumberWithNoUnitIsRefused) {
  EXPECT_EQ(refusal("1500", std::nullopt),
            "本期完成投资 '1500' names no unit, nor does its header: it may be 元 or 万元; add the unit to the header "
            "(本期完成投资（万元）) or pass --money-unit 元|万元|亿元");
}

TEST(ReadMoney, RefusalsNameTheValueAsWritten) {
  const std::string why = refusal("1.23456", MoneyUnit::Wan);
  EXPECT_EQ(why.rfind("本期完成投资 '1.23456' (万元) ", 0), 0u) << why;
  EXPECT_EQ(refusal("-5", MoneyUnit::Wan).rfind("本期完成投资 '-5' (万元) ", 0), 0u);
}

TEST(FormatWan, Exactly) {
  EXPECT_EQ(format_wan(20000000), "2000万元");
  EXPECT_EQ(format_wan(15000), "1.5万元");
  EXPECT_EQ(format_wan(1), "0.0001万元");
  EXPECT_EQ(format_wan(0), "0万元");
  EXPECT_EQ(format_wan(12345678), "1234.5678万元");
}

}  // namespace
}  // namespace keyproj
