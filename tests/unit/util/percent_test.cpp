#include "util/percent.h"

#include <gtest/gtest.h>

namespace keyproj {
namespace {

TEST(Percent, WholeNumbersFromZeroToAHundred) {
  EXPECT_EQ(parse_percent("0"), 0);
  EXPECT_EQ(parse_percent("45"), 45);
  EXPECT_EQ(parse_percent("100"), 100);
  EXPECT_EQ(parse_percent("045"), 45);
  EXPECT_EQ(parse_percent("45%"), 45);
  EXPECT_EQ(parse_percent("40.0"), 40);   // a whole number as a spreadsheet saves it
  EXPECT_EQ(parse_percent("40.0%"), 40);
  EXPECT_EQ(parse_percent("100.0"), 100);
}

TEST(Percent, EverythingElseIsRefused) {
  for (const char* bad : {"", "%", ".0", "101", "1000", "-1", "+5", "4.5", "40.00", " 45", "45 ", "4O", "0x10",
                          "45%%", "100.1"})
    EXPECT_EQ(parse_percent(bad), std::nullopt) << bad;
}

}  // namespace
}  // namespace keyproj
