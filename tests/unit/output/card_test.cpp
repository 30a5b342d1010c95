#include "output/card.h"

#include <gtest/gtest.h>

#include <sstream>

namespace keyproj {
namespace {

std::string printed(const Card& card) {
  std::ostringstream out;
  card.print(out);
  return out.str();
}

TEST(Card, LabelsAlignAndContinuationLinesIndent) {
  Card card;
  card.line("Code", "TM-011");
  card.line("名称", "物流园");
  card.line("Reports", "一\n二");
  EXPECT_EQ(printed(card), "Code     TM-011\n名称     物流园\nReports  一\n         二\n");
}

TEST(Card, AValueIsShownEscapedLineByLine) {
  Card card;
  card.line("Name", "天门\x1b[31m红\xe2\x80\xae");
  card.line("Note", "一\x07\n二\t三");
  EXPECT_EQ(printed(card), "Name  天门\\x1b[31m红\\u202e\nNote  一\\x07\n      二\\x09三\n");
}

TEST(Card, APaintedValueIsKeyprojsOwnAndWrittenAsItIs) {
  Card card;
  card.painted("Light", "\x1b[31mred\x1b[0m");
  EXPECT_EQ(printed(card), "Light  \x1b[31mred\x1b[0m\n");
}

}  // namespace
}  // namespace keyproj
