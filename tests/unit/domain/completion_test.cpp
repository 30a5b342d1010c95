#include "domain/completion.h"

#include <gtest/gtest.h>

#include <cstdint>

namespace keyproj {
namespace {

TEST(Completion, RateIsAFractionToFourDecimals) {
  EXPECT_EQ(completion_rate(15, 100), 0.15);
  EXPECT_EQ(completion_rate(1, 3), 0.3333);
  EXPECT_EQ(completion_rate(2, 3), 0.6667);
  EXPECT_EQ(completion_rate(150, 100), 1.5);  // beyond the budget is recorded as it is
  EXPECT_EQ(completion_rate(5, 0), std::nullopt);
}

TEST(Completion, TextRoundsHalfUpInTenthsOfAPercent) {
  EXPECT_EQ(completion_text(15, 100), "15.0%");
  EXPECT_EQ(completion_text(1, 3), "33.3%");
  EXPECT_EQ(completion_text(1, 8), "12.5%");
  EXPECT_EQ(completion_text(1, 2000), "0.1%");   // 0.05% rounds up
  EXPECT_EQ(completion_text(1, 2001), "0.0%");   // just under rounds down
  EXPECT_EQ(completion_text(0, 100), "0.0%");
  EXPECT_EQ(completion_text(5, 0), "—");
  // Sums of a province's portfolio: times 2000 this overflows 64 bits.
  const std::int64_t big = 3'000'000'000'000'000;
  EXPECT_EQ(completion_text(big, 3 * big), "33.3%");
}

}  // namespace
}  // namespace keyproj
