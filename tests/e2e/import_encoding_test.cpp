// A CSV file as WPS and a Chinese Windows save it (GBK) imports as its UTF-8 twin does:
// detected, or named with --encoding; a file in neither encoding is refused where it breaks.

#include "e2e/tracking_fixture.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace keyproj::e2e {
namespace {

std::string fixture(const std::string& name) { return std::string(KEYPROJ_SOURCE_DIR) + "/tests/fixtures/" + name; }

std::string bytes_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream all;
  all << in.rdbuf();
  return all.str();
}

class ImportEncoding : public Tracking {};

// The rows of the fixture (tests/fixtures/dispatch-utf8.csv; dispatch-gbk.csv is it through
// iconv), as the updates export writes them: 2000 under 本月完成投资（万元） is 20,000,000 yuan.
const std::string kExported =
    "id,project_code,name_zh,reported_on,stage,progress_pct,invested_yuan,note,blocker,author,corrects,reason\r\n"
    "1,TM-011,天门市综合物流产业园项目,2026-10-31,building,35,20000000,主体施工，一期封顶,征地未完成,tester,,\r\n"
    "2,TM-012,天门市冷链物流配送中心项目,2026-10-31,preparing,,,可研批复,用地指标未落实,tester,,\r\n";

TEST_F(ImportEncoding, GbkSheetIsDetected) {
  const std::string gbk = fixture("dispatch-gbk.csv");
  // The fixture is GBK indeed: 项目 is CF EE C4 BF there, E9 A1 B9 E7 9B AE in UTF-8.
  ASSERT_EQ(bytes_of(gbk).substr(0, 4), "\xCF\xEE\xC4\xBF");
  const Outcome r = s.keyproj({"import", gbk, "--what", "updates"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "imported updates from " + gbk + ": 2 added, 0 changed, 0 unchanged\n");
  EXPECT_EQ(ok({"export", "--what", "updates"}), kExported);
  // Imported again, in its UTF-8 form, it adds nothing: the same rows.
  const Outcome again = s.keyproj({"import", fixture("dispatch-utf8.csv"), "--what", "updates"});
  ASSERT_EQ(again.code, 0) << again.err;
  EXPECT_EQ(again.out, "imported updates from " + fixture("dispatch-utf8.csv") +
                           ": 0 added, 0 changed, 0 unchanged, 2 rows already recorded: the file adds nothing new\n");
}

TEST_F(ImportEncoding, EncodingNamed) {
  const std::string gbk = fixture("dispatch-gbk.csv");
  const std::string before = s.dump();
  // Told UTF-8, the GBK file is refused as before, at its first byte that is not UTF-8.
  Outcome r = s.keyproj({"import", gbk, "--what", "updates", "--encoding", "utf-8"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.err, "keyproj: " + gbk +
                       " line 1, column A: the text is not UTF-8 (a file saved as GBK or ANSI?); save it as \"CSV "
                       "UTF-8\"\n");
  EXPECT_EQ(s.dump(), before);
  r = s.keyproj({"import", gbk, "--what", "updates", "--encoding", "GBK"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(ok({"export", "--what", "updates"}), kExported);
}

// A UTF-8 sheet with one byte of another encoding (a Latin-1 é before a letter, which GB18030
// would take with the letter as one character) is refused at that byte: read as GB18030 it
// would have imported with every Chinese name garbled.
TEST_F(ImportEncoding, AStrayByteInAUtf8SheetIsRefusedWhereItStands) {
  const std::string path = (s.dir() / "stray.csv").string();
  std::string text = bytes_of(fixture("dispatch-utf8.csv"));
  const std::size_t lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
  text += "综合物流,2026-11-30,在建,40%,,Caf\xE9s,\r\n";
  std::ofstream(path, std::ios::binary) << text;
  const std::string before = s.dump();
  const Outcome r = s.keyproj({"import", path, "--what", "updates"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.err, "keyproj: " + path + " line " + std::to_string(lines + 1) +
                       ", column F: the text is not UTF-8 (a file saved as GBK or ANSI?); save it as \"CSV UTF-8\"\n");
  EXPECT_EQ(s.dump(), before);
}

TEST_F(ImportEncoding, Refusals) {
  const std::string before = s.dump();
  const std::string gbk = fixture("dispatch-gbk.csv");
  Outcome r = s.keyproj({"import", gbk, "--what", "updates", "--encoding", "latin1"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "keyproj: encoding 'latin1' is not known; use utf-8 or gb18030\n");
  const std::string json = s.write("u.json", "[]");
  r = s.keyproj({"import", json, "--what", "updates", "--encoding", "gb18030"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "keyproj: --encoding is for a CSV file; JSON is UTF-8\n");
  // Neither UTF-8 nor GB18030: FF is a byte of neither.
  const std::string neither = s.write("neither.csv", "code,date,note\nTM-011,2026-10-31,\xFF\xFE\n");
  r = s.keyproj({"import", neither, "--what", "updates"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.err, "keyproj: " + neither +
                       " line 2, column C: the text is neither UTF-8 nor GB18030 (GBK); save it as \"CSV UTF-8\"\n");
  // Detected, it names the first field that is not UTF-8 (天门 in GBK, column A).
  const std::string broken = s.write("broken.csv", "name,date,note\n\xCC\xEC\xC3\xC5,2026-10-31,x\n"
                                                   "TM-011,2026-10-31,\x80\n");
  r = s.keyproj({"import", broken, "--what", "updates"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.err, "keyproj: " + broken +
                       " line 2, column A: the text is neither UTF-8 nor GB18030 (GBK); save it as \"CSV UTF-8\"\n");
  // Read as GB18030, the byte that is not is named where it stands.
  r = s.keyproj({"import", broken, "--what", "updates", "--encoding", "gb18030"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.err, "keyproj: " + broken +
                       " line 3, column C: the text is not GB18030 (GBK), the encoding it was read in; save it as "
                       "\"CSV UTF-8\"\n");
  EXPECT_EQ(s.dump(), before);
}

}  // namespace
}  // namespace keyproj::e2e
