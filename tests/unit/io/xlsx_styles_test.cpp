#include "io/xlsx_styles.h"

#include <gtest/gtest.h>

namespace keyproj {
namespace {

TEST(XlsxStyles, BuiltInFormatsByTheirIds) {
  EXPECT_EQ(classify_format(0, ""), NumberFormat::General);
  EXPECT_EQ(classify_format(2, ""), NumberFormat::General);  // 0.00
  EXPECT_EQ(classify_format(9, ""), NumberFormat::Percent);  // 0%
  EXPECT_EQ(classify_format(10, ""), NumberFormat::Percent);  // 0.00%
  EXPECT_EQ(classify_format(14, ""), NumberFormat::Date);    // m/d/yyyy
  EXPECT_EQ(classify_format(31, ""), NumberFormat::Date);    // yyyy"年"m"月"d"日" in a Chinese Excel
  EXPECT_EQ(classify_format(57, ""), NumberFormat::Date);
}

TEST(XlsxStyles, WrittenOutCodesByWhatTheyShow) {
  EXPECT_EQ(classify_format(164, "yyyy-mm-dd"), NumberFormat::Date);
  EXPECT_EQ(classify_format(165, "yyyy\"年\"m\"月\"d\"日\""), NumberFormat::Date);
  EXPECT_EQ(classify_format(166, "[$-804]yyyy/m/d;@"), NumberFormat::Date);
  EXPECT_EQ(classify_format(167, "0.0%"), NumberFormat::Percent);
  // Letters in quotes, escapes and colours are shown as they are: no date.
  EXPECT_EQ(classify_format(168, "0.00\"万元\""), NumberFormat::General);
  EXPECT_EQ(classify_format(169, "[Red]#,##0.00"), NumberFormat::General);
  EXPECT_EQ(classify_format(170, "0\\d"), NumberFormat::General);
  EXPECT_EQ(classify_format(171, "General"), NumberFormat::General);
  EXPECT_EQ(classify_format(172, "0.00E+00"), NumberFormat::General);
  EXPECT_EQ(classify_format(173, "\"%\"0"), NumberFormat::General);
}

TEST(XlsxStyles, CellStylesNameTheirFormats) {
  const auto styles = read_styles(
      "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;\"/></numFmts>"
      "<cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs>"
      "<cellXfs><xf numFmtId=\"0\"><alignment/></xf><xf numFmtId=\"164\"/><xf numFmtId=\"9\"/></cellXfs>"
      "</styleSheet>",
      "styles.xml");
  EXPECT_EQ(styles.format(0), NumberFormat::General);
  EXPECT_EQ(styles.format(1), NumberFormat::Date);
  EXPECT_EQ(styles.format(2), NumberFormat::Percent);
  EXPECT_EQ(styles.format(3), NumberFormat::General);  // not in the file
}

}  // namespace
}  // namespace keyproj
