#include "io/csv_reader.h"

#include <gtest/gtest.h>

#include "util/error.h"

namespace keyproj {
namespace {

using Fields = std::vector<std::string>;

// Every record of `text`, fed whole to the reader as import feeds a file in pieces.
std::vector<CsvRecord> parse_csv(std::string_view text) {
  std::vector<CsvRecord> records;
  CsvReader reader([&](CsvRecord&& r) { records.push_back(std::move(r)); });
  reader.feed(text);
  reader.finish();
  return records;
}

// The message the reader rejects `text` with; "" when it is accepted.
std::string error_of(std::string_view text) {
  try {
    parse_csv(text);
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Rejected);
    return e.what();
  }
  return "";
}

TEST(CsvReader, ColumnLettersAreTheSpreadsheetOnes) {
  EXPECT_EQ(column_letter(0), "A");
  EXPECT_EQ(column_letter(25), "Z");
  EXPECT_EQ(column_letter(26), "AA");
  EXPECT_EQ(column_letter(27), "AB");
  EXPECT_EQ(column_letter(701), "ZZ");
  EXPECT_EQ(column_letter(702), "AAA");
}

TEST(CsvReader, PlainRecordsWithTheirLines) {
  const auto r = parse_csv("code,name\nTM-001,物流园\nTM-002,冷链中心\n");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0].fields, (Fields{"code", "name"}));
  EXPECT_EQ(r[1].fields, (Fields{"TM-001", "物流园"}));
  EXPECT_EQ(r[2].fields, (Fields{"TM-002", "冷链中心"}));
  EXPECT_EQ(r[0].line, 1u);
  EXPECT_EQ(r[1].line, 2u);
  EXPECT_EQ(r[2].line, 3u);
}

TEST(CsvReader, CrLfAndNoFinalLineBreak) {
  const auto r = parse_csv("a,b\r\n1,2\r\n3,4");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[1].fields, (Fields{"1", "2"}));
  EXPECT_EQ(r[2].fields, (Fields{"3", "4"}));
  EXPECT_EQ(r[2].line, 3u);
}

TEST(CsvReader, ByteOrderMarkIsDropped) {
  const auto r = parse_csv("\xEF\xBB\xBF项目编号,进度\r\nTM-001,40\r\n");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].fields, (Fields{"项目编号", "进度"}));
}

TEST(CsvReader, QuotedFieldsHoldCommasQuotesAndLineBreaks) {
  const auto r = parse_csv(
      "code,note,blocker\n"
      "TM-001,\"土地, 资金\",\"称为\"\"物流园\"\"\"\n"
      "TM-002,\"第一行\r\n第二行\",\"\"\n"
      "TM-003,,x\n");
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[1].fields, (Fields{"TM-001", "土地, 资金", "称为\"物流园\""}));
  EXPECT_EQ(r[2].fields, (Fields{"TM-002", "第一行\r\n第二行", ""}));
  EXPECT_EQ(r[3].fields, (Fields{"TM-003", "", "x"}));
  // A record spanning two lines starts on its first; the next one counts both.
  EXPECT_EQ(r[2].line, 3u);
  EXPECT_EQ(r[3].line, 5u);
}

TEST(CsvReader, SpacesAreKeptAsWritten) {
  const auto r = parse_csv("a,b\n  x , y\t\n");
  EXPECT_EQ(r[1].fields, (Fields{"  x ", " y\t"}));
}

TEST(CsvReader, BlankLinesAreSkippedButCounted) {
  const auto r = parse_csv("a\n\n\r\nb\n");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1].fields, (Fields{"b"}));
  EXPECT_EQ(r[1].line, 4u);
}

TEST(CsvReader, EmptyInputHasNoRecords) {
  EXPECT_TRUE(parse_csv("").empty());
  EXPECT_TRUE(parse_csv("\xEF\xBB\xBF").empty());
  EXPECT_TRUE(parse_csv("\r\n\n").empty());
}

TEST(CsvReader, UnterminatedQuoteNamesWhereItOpens) {
  EXPECT_EQ(error_of("a,b\n1,\"open\n2,3\n"),
            "line 2, column B: the quoted field that opens here is never closed; end it with a double quote");
}

TEST(CsvReader, QuoteInsideAnUnquotedField) {
  EXPECT_EQ(error_of("a,b,c\nx,y,5\"inch\n"),
            "line 2, column C: a double quote inside a field that does not start with one; put the whole "
            "field in double quotes and write the quote twice (\"\")");
}

TEST(CsvReader, TextAfterTheClosingQuote) {
  EXPECT_EQ(error_of("a,b\r\n\"x\"y,2\r\n"),
            "line 2, column A: text follows the closing quote of a quoted field; a quote inside quotes is "
            "written twice (\"\")");
}

TEST(CsvReader, ErrorAfterAMultiLineFieldHasItsOwnLine) {
  EXPECT_EQ(error_of("a,b\n\"1\n2\",ok\nz,\"q\"w\n").substr(0, 17), "line 4, column B:");
}

// libcsv is fed a line at a time: positions must stay those of the byte, whatever the line
// ends and however far a record runs.
TEST(CsvReader, AFieldIsPlacedOnTheLineItStartsOn) {
  // Column C starts on line 3, after a quoted field that runs over two lines.
  EXPECT_EQ(error_of("a,b,c\n1,\"x\ny\",\xFF\n").substr(0, 17), "line 3, column C:");
  // Old Mac line ends (a lone CR) count as lines too.
  EXPECT_EQ(error_of("a,b\r1,2\r3,\xFF\r").substr(0, 17), "line 3, column B:");
  // A field opening a record after blank lines.
  EXPECT_EQ(error_of("a\r\n\r\n\n\xFF\n").substr(0, 17), "line 4, column A:");
}

TEST(CsvReader, TheFirstProblemOfALineIsTheOneReported) {
  // Not UTF-8 in column A, then a stray quote in column B of the same line.
  EXPECT_EQ(error_of("a,b\n\xFF,x\"y\n"),
            "line 2, column A: the text is not UTF-8 (a file saved as GBK or ANSI?); save it as \"CSV UTF-8\"");
}

TEST(CsvReader, TextThatIsNotUtf8) {
  // 物流 in GBK, as a Chinese Excel saves "CSV" by default.
  EXPECT_EQ(error_of("a,b\n1,\xCE\xEF\xC1\xF7\n"),
            "line 2, column B: the text is not UTF-8 (a file saved as GBK or ANSI?); save it as \"CSV UTF-8\"");
  EXPECT_EQ(error_of(std::string("a\nx\0y\n", 6)).substr(0, 17), "line 2, column A:");
}

// Found by fuzz_csv: a byte-order mark split between two pieces was read as text.
TEST(CsvReader, AByteOrderMarkSplitBetweenPiecesIsDropped) {
  for (std::size_t piece : {1u, 2u}) {
    std::vector<CsvRecord> rows;
    CsvReader reader([&](CsvRecord&& r) { rows.push_back(std::move(r)); });
    const std::string text = "\xEF\xBB\xBF" "code\nTM-1\n";
    for (std::size_t i = 0; i < text.size(); i += piece) reader.feed(std::string_view(text).substr(i, piece));
    reader.finish();
    ASSERT_EQ(rows.size(), 2u) << piece;
    EXPECT_EQ(rows[0].fields, (Fields{"code"})) << piece;
  }
}

TEST(CsvReader, TwoByteOrderMarksAreBothDropped) {
  EXPECT_EQ(parse_csv("\xEF\xBB\xBF\xEF\xBB\xBF" "code\nTM-1\n")[0].fields, (Fields{"code"}));
  // Only at the start: a mark inside the text is text (and the header says so).
  EXPECT_EQ(parse_csv("code,\xEF\xBB\xBFx\n")[0].fields, (Fields{"code", "\xEF\xBB\xBFx"}));
  // The start of a mark that never completes is bytes like any others: not UTF-8.
  EXPECT_EQ(error_of("\xEF\xBB"), "line 1, column A: the text is not UTF-8 (a file saved as GBK or ANSI?); save it as \"CSV UTF-8\"");
}

TEST(CsvReader, ANulByteIsNamedAsSuch) {
  EXPECT_EQ(error_of(std::string("a\nx\0y\n", 6)),
            "line 2, column A: the text holds a NUL byte, which a CSV file of text cannot hold; remove it");
}

TEST(CsvReader, FedInPiecesReadsTheSame) {
  const std::string text = "\xEF\xBB\xBF" "a,b\r\n\"x,\"\"y\"\"\r\nz\",2\r\n";
  std::vector<CsvRecord> pieces;
  CsvReader reader([&](CsvRecord&& r) { pieces.push_back(std::move(r)); });
  for (std::size_t i = 0; i < text.size(); i += 3) reader.feed(std::string_view(text).substr(i, 3));
  reader.finish();
  EXPECT_EQ(pieces.size(), 2u);
  EXPECT_EQ(pieces[1].fields, (Fields{"x,\"y\"\r\nz", "2"}));
  EXPECT_EQ(pieces[1].line, 2u);
}

// The seed loader's entry: records one at a time, errors opened by the file's name.
TEST(CsvReader, ReadCsvNamesTheSourceInErrors) {
  std::vector<CsvRecord> rows;
  read_csv("a,,c,\n\nx,\"\",z,w", "t.csv", [&](const CsvRecord& r) { rows.push_back(r); });
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].fields, (Fields{"a", "", "c", ""}));
  EXPECT_EQ(rows[1].fields, (Fields{"x", "", "z", "w"}));
  EXPECT_EQ(rows[1].line, 3u);
  try {
    read_csv("a,b\n1,2\n3,\"x\"y\n", "t.csv", [](const CsvRecord&) {});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Rejected);
    EXPECT_STREQ(e.what(), "t.csv line 3, column B: text follows the closing quote of a quoted field; a quote inside "
                           "quotes is written twice (\"\")");
  }
}

// What the sink throws is the sink's own sentence, not a CSV error.
TEST(CsvReader, SinkErrorsPassThrough) {
  try {
    read_csv("a\nb\n", "t.csv", [](const CsvRecord& r) {
      if (r.line == 2) throw rejected("row two is wrong");
    });
    FAIL();
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "row two is wrong");
  }
}

}  // namespace
}  // namespace keyproj
