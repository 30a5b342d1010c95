// Every file of tests/fuzz/corpus/<target>/ through its check, in the ordinary build: the
// seeds, and every input a fuzzer once failed on (saved there as crash-*), stay tested
// whether or not clang is at hand.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

#include "fuzz/properties.h"

namespace keyproj::fuzz {
namespace {

namespace fs = std::filesystem;

const std::map<std::string, std::function<std::string(std::string_view)>>& checks() {
  static const std::map<std::string, std::function<std::string(std::string_view)>> all = {
      {"money", check_money}, {"date", check_date}, {"text", check_text}, {"csv", check_csv}, {"records", check_records}, {"sheet", check_sheet}, {"ics", check_ics}, {"placeholders", check_placeholders}};
  return all;
}

TEST(FuzzReplay, EveryCorpusFileKeepsItsProperties) {
  const fs::path root = KEYPROJ_FUZZ_CORPUS;
  std::size_t replayed = 0;
  for (const auto& [target, check] : checks()) {
    ASSERT_TRUE(fs::is_directory(root / target)) << "no seed corpus for " << target;
    for (const auto& f : fs::directory_iterator(root / target)) {
      std::ifstream in(f.path(), std::ios::binary);
      std::ostringstream bytes;
      bytes << in.rdbuf();
      EXPECT_EQ(check(bytes.str()), "") << f.path();
      ++replayed;
    }
  }
  EXPECT_GT(replayed, 30u);
}

// The properties hold on both sides of each parser: what it accepts and what it refuses.
TEST(FuzzReplay, AcceptedAndRefusedInputsBothKeepTheProperties) {
  EXPECT_EQ(check_money("1.5亿"), "");
  EXPECT_EQ(check_date("2025-12-31"), "");
  EXPECT_EQ(check_text("天门"), "");
  EXPECT_EQ(check_money("-1"), "");
  EXPECT_EQ(check_date("2025-02-30"), "");
  EXPECT_EQ(check_text("\xff"), "");
  EXPECT_EQ(check_csv("code,name\r\nTM-1,\"天门, 物流\"\r\n"), "");
  EXPECT_EQ(check_csv("a,\"open\n"), "");
  EXPECT_EQ(check_sheet("0<worksheet><sheetData><row r=\"2\"><c t=\"s\"><v>2</v></c></row></sheetData></worksheet>"), "");
  EXPECT_EQ(check_sheet("0<worksheet><sheetData><row r=\"2\"><c t=\"s\"><v>7</v></c>"), "");
  EXPECT_EQ(check_sheet("1<sst><si><t>天门</t></si></sst>"), "");
  EXPECT_EQ(check_ics("天门市综合物流产业园项目：主体工程完工,含仓储;冷链\\配套\r\n二期"), "");
  EXPECT_EQ(check_ics(std::string(80, '\x80')), "");
  EXPECT_EQ(check_placeholders("SELECT :x + :x, ?, '?' -- ?"), "");
  EXPECT_EQ(check_placeholders("SELECT ?0"), "");
}

}  // namespace
}  // namespace keyproj::fuzz
