#include "output/xlsx_support.h"

#include <gtest/gtest.h>

namespace keyproj {
namespace {

TEST(XlsxSupport, TextXmlCannotHoldBecomesTheReplacementCharacter) {
  EXPECT_EQ(xml_text("天门\t1\n"), "天门\t1\n");
  EXPECT_EQ(xml_text(std::string("a\x01" "b")), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(xml_text("\xEF\xBF\xBE"), "\xEF\xBF\xBD");  // U+FFFE
  EXPECT_EQ(utf8_chars("天门A"), 3u);
}

TEST(XlsxSupport, ExcelCountsDaysFrom1899December30) {
  EXPECT_EQ(excel_serial("1970-01-01"), 25569);
  EXPECT_EQ(excel_serial("1900-03-01"), 61);  // past the leap day Excel wrongly counts
  EXPECT_EQ(excel_serial("2026-11-30"), 25569 + 20787);
  EXPECT_EQ(excel_serial("1900-02-28"), std::nullopt);
  EXPECT_EQ(excel_serial("2026-11"), std::nullopt);
  EXPECT_EQ(excel_serial("2026-02-30"), std::nullopt);
}

}  // namespace
}  // namespace keyproj
