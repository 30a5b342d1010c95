#include "io/xlsx_shared_strings.h"

#include <gtest/gtest.h>

namespace keyproj {
namespace {

TEST(XlsxSharedStrings, PlainRichAndPhoneticText) {
  const auto t = read_shared_strings(
      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<si><t>天门</t></si>"
      "<si><r><rPr><b/></rPr><t>仙桃</t></r><r><t xml:space=\"preserve\"> 物流园</t></r></si>"
      "<si><t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>カンジ</t></rPh></si>"
      "<si><t/></si></sst>",
      "sharedStrings.xml");
  ASSERT_EQ(t.strings.size(), 4u);
  EXPECT_EQ(*t.at(0), "天门");
  EXPECT_EQ(*t.at(1), "仙桃 物流园");
  EXPECT_EQ(*t.at(2), "漢字");
  EXPECT_EQ(*t.at(3), "");
  EXPECT_EQ(t.at(4), nullptr);
}

}  // namespace
}  // namespace keyproj
