#include "io/csv_reader.h"

#include <gtest/gtest.h>

#include "util/error.h"

namespace keyproj {
namespace {

std::vector<CsvRecord> read(std::string_view text) {
  std::vector<CsvRecord> out;
  read_csv(text, "t.csv", [&](const CsvRecord& r) { out.push_back(r); });
  return out;
}

using Fields = std::vector<std::string>;

TEST(CsvReader, PlainRowsWithLineNumbers) {
  const auto rows = read("a,b\n1,2\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].fields, (Fields{"a", "b"}));
  EXPECT_EQ(rows[1].fields, (Fields{"1", "2"}));
  EXPECT_EQ(rows[1].line, 2u);
}

TEST(CsvReader, QuotedCommasQuotesAndLineBreaks) {
  const auto rows = read("code,note\r\nTM-1,\"a, \"\"b\"\"\r\nc\"\r\nTM-2,x\r\n");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1].fields, (Fields{"TM-1", "a, \"b\"\r\nc"}));
  EXPECT_EQ(rows[1].line, 2u);
  EXPECT_EQ(rows[2].fields, (Fields{"TM-2", "x"}));
  EXPECT_EQ(rows[2].line, 4u);
}

TEST(CsvReader, ByteOrderMarkAndBlankLinesAndNoFinalNewline) {
  const auto rows = read("\xEF\xBB\xBF项目编号,名称\n\nTM-1,天门\n\r\nTM-2,\"\"");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].fields, (Fields{"项目编号", "名称"}));
  EXPECT_EQ(rows[1].line, 3u);
  EXPECT_EQ(rows[2].line, 5u);
  EXPECT_EQ(rows[2].fields, (Fields{"TM-2", ""}));
}

TEST(CsvReader, EmptyFieldsAreKept) {
  EXPECT_EQ(read("a,,c,\n")[0].fields, (Fields{"a", "", "c", ""}));
}

TEST(CsvReader, UnterminatedQuoteNamesTheLine) {
  try {
    read("a,b\n1,\"open\n2,3\n");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Rejected);
    EXPECT_STREQ(e.what(), "t.csv line 2: a quote is out of place or a quoted field is not closed");
  }
}

TEST(CsvReader, StrayQuoteNamesTheLine) {
  try {
    read("a,b\n1,2\n3,\"x\"y\n");
    FAIL();
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "t.csv line 3: a quote is out of place or a quoted field is not closed");
  }
}

}  // namespace
}  // namespace keyproj
