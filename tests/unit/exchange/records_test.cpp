#include "exchange/records.h"

#include <gtest/gtest.h>

#include <sstream>

#include "unit/exchange/problem_text.h"
#include "util/error.h"
#include "util/text.h"

namespace keyproj {
namespace {

std::string value(const RecordSet& set, std::size_t record, std::string_view key) {
  const auto& v = set.records.at(record).values.at(set.table->index(key));
  return v ? *v : "<none>";
}

std::string error_of(std::string_view text, FileFormat f, What w = What::Updates) {
  try {
    read_records(text, f, w, false);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST(Records, ChineseHeadersAsLangZhWritesThem) {
  const auto set = read_records("\xEF\xBB\xBF项目编号,调度日期,阶段,形象进度（%）,本期完成投资,进展情况,存在问题\r\n"
                                "TM-001,2026-10-31,在建,40,500万,\"主体封顶, 进入装修\",\r\n",
                                FileFormat::Csv, What::Updates, false);
  EXPECT_TRUE(set.errors.empty());
  ASSERT_EQ(set.records.size(), 1u);
  EXPECT_EQ(value(set, 0, "project_code"), "TM-001");
  EXPECT_EQ(value(set, 0, "reported_on"), "2026-10-31");
  EXPECT_EQ(value(set, 0, "stage"), "在建");
  EXPECT_EQ(value(set, 0, "progress_pct"), "40");
  EXPECT_EQ(value(set, 0, "invested_yuan"), "500万");
  EXPECT_EQ(value(set, 0, "note"), "主体封顶, 进入装修");
  EXPECT_EQ(value(set, 0, "blocker"), "<none>");  // an empty cell carries nothing
  EXPECT_EQ(value(set, 0, "author"), "<none>");   // nor does a missing column
  EXPECT_TRUE(set.present[field_index(What::Updates, "note")]);
  EXPECT_FALSE(set.present[field_index(What::Updates, "author")]);
  const Record& r = set.records[0];
  EXPECT_EQ(r.line, 2u);
  EXPECT_EQ(r.name(field_index(What::Updates, "invested_yuan")), "本期完成投资");
  EXPECT_EQ(place(r.problem(field_index(What::Updates, "invested_yuan"), "")), "line 2, column E");
  EXPECT_EQ(r.problem(field_index(What::Updates, "invested_yuan"), "").header, "本期完成投资");
}

TEST(Records, DispatchSheetWithShortAliases) {
  const auto set = read_records("name,date,stage,progress,invested,note,blocker\n物流园,2026-10,building,55,1.2亿,,征地\n",
                                FileFormat::Csv, What::Updates, false);
  EXPECT_TRUE(set.errors.empty());
  EXPECT_EQ(value(set, 0, "name_zh"), "物流园");
  EXPECT_EQ(value(set, 0, "invested_yuan"), "1.2亿");
  EXPECT_EQ(value(set, 0, "blocker"), "征地");
}

TEST(Records, UnknownAndRepeatedColumnsAreReportedWithTheRowsStillRead) {
  const auto set = read_records("code,colour,项目编号,date\nTM-001,red,TM-001,2026-10-31\n", FileFormat::Csv,
                                What::Updates, false);
  ASSERT_EQ(set.errors.size(), 2u);
  EXPECT_EQ(shown(set.errors[0]),
            "line 1, column B: 'colour' is not a column of updates (they are id, project_code, name_zh, reported_on, "
            "stage, progress_pct, invested_yuan, note, blocker, author, corrects, reason); pass --ignore-unknown to skip it");
  EXPECT_EQ(shown(set.errors[1]), "line 1, column C: '项目编号' names the same column as 'code' in column A; keep one of them");
  EXPECT_EQ(set.records.size(), 1u);
  // Each problem is a value: the header it is about stands apart from the sentence.
  EXPECT_EQ(set.errors[0].header, "colour");
  EXPECT_EQ(set.errors[1].header, "项目编号");
  EXPECT_EQ(set.errors[1].file, "");
}

// Export puts an apostrophe before text a spreadsheet would take for a formula; CSV import
// takes exactly one off. JSON carries text as it is.
TEST(Records, CsvTakesOneLeadingApostropheOff) {
  const auto set = read_records("code,note,blocker,invested\n'=A1,''quoted,it's,'5\n", FileFormat::Csv, What::Updates,
                                false);
  ASSERT_EQ(set.records.size(), 1u);
  EXPECT_EQ(value(set, 0, "project_code"), "=A1");
  EXPECT_EQ(value(set, 0, "note"), "'quoted");
  EXPECT_EQ(value(set, 0, "blocker"), "it's");
  EXPECT_EQ(value(set, 0, "invested_yuan"), "5");
  EXPECT_EQ(value(read_records("[{\"note\": \"'x\"}]", FileFormat::Json, What::Updates, false), 0, "note"), "'x");
}

TEST(Records, IgnoreUnknownSkipsForeignColumns) {
  const auto set = read_records("序号,code,colour\n1,TM-001,red\n", FileFormat::Csv, What::Updates, true);
  EXPECT_TRUE(set.errors.empty());
  EXPECT_EQ(value(set, 0, "project_code"), "TM-001");
}

TEST(Records, WrongFieldCountNamesLineAndColumn) {
  const auto set = read_records("code,date,note\r\nTM-001,2026-10-31,ok\r\nTM-002,2026-10-31,土地,资金\r\nTM-003,2026-10-31\r\n",
                                FileFormat::Csv, What::Updates, false);
  ASSERT_EQ(set.errors.size(), 2u);
  EXPECT_EQ(shown(set.errors[0]),
            "line 3, column D: 4 fields where the header has 3; a value holding a comma must be in double quotes");
  EXPECT_EQ(shown(set.errors[1]),
            "line 4, column C: 2 fields where the header has 3; a value holding a comma must be in double quotes");
  EXPECT_EQ(set.records.size(), 1u);
}

TEST(Records, SpreadsheetLeftoversAreSkipped) {
  // Excel saves emptied rows as commas, and a stray empty column with no header.
  const auto set = read_records("code,date,\nTM-001,2026-10-31,\n,,\n  ,,\n", FileFormat::Csv, What::Updates, false);
  EXPECT_TRUE(set.errors.empty());
  EXPECT_EQ(set.records.size(), 1u);
  const auto used = read_records("code,,date\nTM-001,x,2026-10-31\n", FileFormat::Csv, What::Updates, false);
  ASSERT_EQ(used.errors.size(), 1u);
  EXPECT_EQ(shown(used.errors[0]), "line 1, column B: the column has values but no header; name it or delete it");
}

TEST(Records, EmptyFileHasNoHeader) {
  EXPECT_EQ(error_of("", FileFormat::Csv), "line 1: the file is empty; its first line must name the columns");
  EXPECT_EQ(error_of("code\n\"TM", FileFormat::Csv),
            "line 2, column A: the quoted field that opens here is never closed; end it with a double quote");
}

TEST(Records, JsonRecordsWithTheirLines) {
  const auto set = read_records("[\n{\"project_code\": \"TM-001\", \"invested_yuan\": 5000000, \"note\": null},\n"
                                "  {\"code\": \"TM-002\",\n \"progress\": 40, \"note\": \"引号\\\"和,逗号\"}\n]\n",
                                FileFormat::Json, What::Updates, false);
  EXPECT_TRUE(set.errors.empty());
  ASSERT_EQ(set.records.size(), 2u);
  EXPECT_EQ(set.records[0].line, 2u);
  EXPECT_EQ(set.records[1].line, 3u);
  EXPECT_EQ(value(set, 0, "invested_yuan"), "5000000");
  EXPECT_EQ(value(set, 0, "note"), "<none>");
  EXPECT_EQ(value(set, 1, "project_code"), "TM-002");
  EXPECT_EQ(value(set, 1, "progress_pct"), "40");
  EXPECT_EQ(value(set, 1, "note"), "引号\"和,逗号");
  EXPECT_EQ(place(set.records[1].problem(field_index(What::Updates, "progress_pct"), "")), "line 3");
}

TEST(Records, JsonErrors) {
  EXPECT_EQ(error_of("{\"code\": 1}", FileFormat::Json),
            "line 1: the JSON is not an array; give an array of objects, one per record, as export writes it");
  EXPECT_EQ(error_of("[{\"code\": }]", FileFormat::Json).substr(0, 48),
            "the JSON cannot be read: parse error at line 1, ");
  const auto set = read_records("[{\"code\": \"A\", \"x\": 1},\n{\"code\": true},\n7,\n{\"code\": \"B\", \"x\": 2}]",
                                FileFormat::Json, What::Updates, false);
  ASSERT_EQ(set.errors.size(), 3u);
  EXPECT_EQ(shown(set.errors[0]).substr(0, 41), "line 1: 'x' is not a column of updates (t");
  EXPECT_EQ(shown(set.errors[1]), "line 2: code 'true' is not text or a number");
  EXPECT_EQ(shown(set.errors[2]), "line 3: record 3 is not an object; give {\"key\": value, …}");
}

// Once: a 100,000-deep value overflowed the stack printing its error, and 1e400 escaped as
// an 'unexpected error' with exit code 5.
TEST(Records, DeepNestingAndHugeNumbersAreRefusedNotCrashedOn) {
  const std::string deep = "[{\"note\": " + std::string(100000, '[') + std::string(100000, ']') + "}]";
  EXPECT_EQ(error_of(deep, FileFormat::Json),
            "the JSON nests deeper than 32 levels; give an array of flat objects, as export writes it");
  EXPECT_EQ(error_of("[{\"invested_yuan\": 1e400}]", FileFormat::Json),
            "the JSON cannot be read: number overflow parsing '1e400'");
  const auto set = read_records("[{\"note\": [1, 2]}, {\"note\": {\"a\": 1}}]", FileFormat::Json, What::Updates, false);
  ASSERT_EQ(set.errors.size(), 2u);
  EXPECT_EQ(shown(set.errors[0]), "line 1: note is an array; give text or a number");
  EXPECT_EQ(shown(set.errors[1]), "line 1: note is an object; give text or a number");
}

// Found by fuzz_records: the parser's message quoted the invalid byte it stopped at.
TEST(Records, AJsonErrorMessageIsValidTextAndShort) {
  const std::string why = error_of("[\xbf~\"invested_yuan\": 1}]", FileFormat::Json);
  EXPECT_TRUE(is_valid_utf8(why)) << why;
  EXPECT_NE(why.find("\\xbf"), std::string::npos) << why;
  const std::string long_token = error_of("[\"" + std::string(100000, 'x') + "\xff\"]", FileFormat::Json);
  EXPECT_TRUE(is_valid_utf8(long_token));
  EXPECT_LT(long_token.size(), 400u);
}

// Once the last of two equal keys won silently: the report went to WH-009.
TEST(Records, AJsonKeyGivenTwiceInOneObjectIsRefused) {
  EXPECT_EQ(error_of("[{\"project_code\": \"TM-011\", \"project_code\": \"WH-009\"}]", FileFormat::Json),
            "the JSON gives the key 'project_code' twice in one object; keep one of them");
  // The same key in two records is what a file of records is.
  EXPECT_EQ(error_of("[{\"project_code\": \"TM-011\"}, {\"project_code\": \"WH-009\"}]", FileFormat::Json), "");
}

TEST(Records, ATextLongerThanTheLimitIsReportedWhereItStands) {
  const std::string note(kMaxTextChars + 1, 'x');
  const auto csv = read_records("code,date,note\nTM-001,2026-10-31," + note + "\nTM-002,2026-10-31,ok\n",
                                FileFormat::Csv, What::Updates, false);
  ASSERT_EQ(csv.errors.size(), 1u);
  EXPECT_EQ(shown(csv.errors[0]), "line 2, column C: note 'xxxxxxxxxxxxxxxxxxxx…' is 10001 characters long; a text holds at "
                           "most 10000");
  ASSERT_EQ(csv.records.size(), 1u);  // the other rows are still read, for one report of every error
  const auto json = read_records("[{\"note\": \"" + note + "\"}]", FileFormat::Json, What::Updates, false);
  ASSERT_EQ(json.errors.size(), 1u);
  EXPECT_EQ(shown(json.errors[0]).substr(0, 16), "line 1: note 'xx");
  const std::string exactly(kMaxTextChars, 'x');
  EXPECT_TRUE(read_records("note\n" + exactly + "\n", FileFormat::Csv, What::Updates, false).errors.empty());
}

TEST(Records, FormatFromOptionOrExtension) {
  EXPECT_EQ(import_format("a.CSV", std::nullopt), FileFormat::Csv);
  EXPECT_EQ(import_format("a.json", std::nullopt), FileFormat::Json);
  EXPECT_EQ(import_format("a.dat", std::string("csv")), FileFormat::Csv);
  EXPECT_EQ(import_format("a.XLSX", std::nullopt), FileFormat::Xlsx);
  EXPECT_EQ(import_format("a.csv", std::string("xlsx")), FileFormat::Xlsx);
  // An .xls file is read as a workbook, to be refused as one (io/workbook_signature.h).
  EXPECT_EQ(import_format("a.xls", std::nullopt), FileFormat::Xlsx);
  EXPECT_THROW(import_format("a.xls", std::string("xls")), Error);
  EXPECT_THROW(import_format("a.ods", std::nullopt), Error);
}

// An import reads its CSV record by record: the same records and errors as read_records, the
// header's findings before the first record, and a file's end reached in 64 KB pieces.
TEST(Records, StreamReadsWhatReadRecordsReads) {
  std::string text = "code,,date,colour\r\n";
  for (int i = 1; i <= 3000; ++i) text += "TM-" + std::to_string(i) + ",,2026-10-31,red\r\n";
  text += "TM-9,x,2026-10-31\r\n";  // a field short, and a value in the column with no header
  const auto whole = read_records(text, FileFormat::Csv, What::Updates, false, {"dispatch.csv", ""});
  std::istringstream in(text);
  RecordSet set;
  std::vector<Record> records;
  std::size_t known_before_first = 0;
  stream_csv_records(in, {"dispatch.csv", ""}, What::Updates, false, set, [&](const Record& r) {
    if (records.empty())
      for (bool p : set.present) known_before_first += p ? 1 : 0;
    records.push_back(r);
  });
  EXPECT_EQ(known_before_first, 2u);  // project_code and reported_on
  EXPECT_TRUE(set.records.empty());
  ASSERT_EQ(set.errors.size(), 3u);
  EXPECT_EQ(shown(set.errors[0]), "line 1, column B: the column has values but no header; name it or delete it");
  EXPECT_EQ(shown(set.errors[1]).substr(0, 40), "line 1, column D: 'colour' is not a colu");
  EXPECT_EQ(shown(set.errors[2]),
            "line 3002, column D: 3 fields where the header has 4; a value holding a comma must be in double quotes");
  EXPECT_EQ(set.errors, whole.errors);
  ASSERT_EQ(records.size(), 3000u);
  ASSERT_EQ(whole.records.size(), 3000u);
  EXPECT_EQ(records[2999].line, 3001u);
  EXPECT_EQ(records[2999].values, whole.records[2999].values);
  for (std::size_t f = 0; f < records[2999].values.size(); ++f)
    EXPECT_EQ(records[2999].problem(f, ""), whole.records[2999].problem(f, ""));
}

TEST(Records, StreamErrorsNameTheFile) {
  RecordSet set;
  auto error_of_stream = [&](const std::string& text) -> std::string {
    std::istringstream in(text);
    try {
      stream_csv_records(in, {"dispatch.csv", ""}, What::Updates, false, set, [](const Record&) {});
    } catch (const Error& e) {
      return e.what();
    }
    return "";
  };
  EXPECT_EQ(error_of_stream(""), "dispatch.csv line 1: the file is empty; its first line must name the columns");
  EXPECT_EQ(error_of_stream("code\n\"TM"),
            "dispatch.csv line 2, column A: the quoted field that opens here is never closed; end it with a double "
            "quote");
  // A byte of neither encoding in the first 64 KiB beyond ASCII: the reader names the first
  // field that is not UTF-8 (GBK's 天门, CC EC C3 C5, in column A), saying it is neither.
  EXPECT_EQ(error_of_stream("name,date\n\xCC\xEC\xC3\xC5,\xFF\n"),
            "dispatch.csv line 2, column A: the text is neither UTF-8 nor GB18030 (GBK); save it as \"CSV UTF-8\"");
  // Past them, in a file read as GB18030, the byte itself is named.
  std::string gbk = "name\n";
  std::size_t lines = 1;
  for (; gbk.size() <= TextDecoder::kDetectWindow + 16; ++lines) gbk += "\xCC\xEC\n";
  EXPECT_EQ(error_of_stream(gbk + "\x80\n"),
            "dispatch.csv line " + std::to_string(lines + 1) +
                ", column A: the text is not GB18030 (GBK), the encoding it was read in; save it as \"CSV UTF-8\"");
}

// A GBK sheet streams as its UTF-8 twin; told UTF-8, it is refused as before.
TEST(Records, StreamDecodesGbk) {
  auto names = [](const std::string& text, Encoding encoding) {
    std::istringstream in(text);
    RecordSet set;
    std::vector<std::string> out;
    stream_csv_records(in, {"d.csv", ""}, What::Updates, false, set,
                       [&](const Record& r) {  // name_zh and reported_on
                         out.push_back(r.values[2].value_or("") + "|" + r.values[3].value_or(""));
                       },
                       encoding);
    return out;
  };
  // 项目名称,调度日期 then 天门,2026-10-31 and 荆门 (BE A3 C3 C5), in GBK.
  const std::string gbk = "\xCF\xEE\xC4\xBF\xC3\xFB\xB3\xC6,date\r\n\xCC\xEC\xC3\xC5,2026-10-31\r\n\xBE\xA3\xC3\xC5,2026-10-31\r\n";
  const auto detected = names(gbk, Encoding::Detect);
  EXPECT_EQ(detected, (std::vector<std::string>{"天门|2026-10-31", "荆门|2026-10-31"}));
  EXPECT_EQ(detected, names("项目名称,date\r\n天门,2026-10-31\r\n荆门,2026-10-31\r\n", Encoding::Detect));
  EXPECT_EQ(names(gbk, Encoding::Gb18030), detected);
  EXPECT_THROW(names(gbk, Encoding::Utf8), Error);
}

}  // namespace
}  // namespace keyproj
