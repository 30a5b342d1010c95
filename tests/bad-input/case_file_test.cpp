// The corpus reader itself: a case it misread would test nothing.

#include "bad-input/case_file.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace keyproj::bad_input {
namespace {

TEST(CaseFile, ReadsExitMessageAndShellLikeWords) {
  const auto cases = parse_cases(
      "# comment\n"
      "\n"
      "4 | budget '-1' is negative | project add --name '天门 物流' --budget=-1 \"a\\x00b\\xff\\t\"\n",
      "money.cases");
  ASSERT_EQ(cases.size(), 1u);
  const Case& k = cases[0];
  EXPECT_EQ(k.id, "money_3");
  EXPECT_EQ(k.where, "money.cases:3");
  EXPECT_EQ(k.exit, 4);
  EXPECT_EQ(k.message, "budget '-1' is negative");
  ASSERT_EQ(k.args.size(), 6u);
  EXPECT_EQ(k.args[3].text, "天门 物流");
  EXPECT_EQ(k.args[4].text, "--budget=-1");
  EXPECT_EQ(k.args[5].text, std::string("a\0b\xff\t", 5));
  for (const auto& w : k.args) EXPECT_EQ(w.kind, Word::Kind::Text);
}

TEST(CaseFile, ACaseAboutTheSqliteFileIsMarked) {
  const auto cases = parse_cases(
      "sqlite 5 | is a directory | --db {db:dir} project list\n"
      "sqlite\t3 | no database at | --db {db:missing} seed\n"
      "4 | sqlite | project show sqlite\n",
      "database.cases");
  ASSERT_EQ(cases.size(), 3u);
  EXPECT_TRUE(cases[0].sqlite_only);
  EXPECT_EQ(cases[0].id, "database_1");
  EXPECT_EQ(cases[0].exit, 5);
  EXPECT_EQ(cases[0].message, "is a directory");
  ASSERT_EQ(cases[0].args.size(), 4u);
  EXPECT_EQ(cases[0].args[1].text, "db:dir");
  EXPECT_TRUE(cases[1].sqlite_only);
  EXPECT_EQ(cases[1].exit, 3);
  EXPECT_FALSE(cases[2].sqlite_only);
  EXPECT_EQ(cases[2].message, "sqlite");
  EXPECT_THROW(parse_cases("sqlitex 4 | m | init\n", "x.cases"), std::runtime_error);
  EXPECT_THROW(parse_cases("sqlite | m | init\n", "x.cases"), std::runtime_error);
}

TEST(CaseFile, PlaceholdersInputsAndStdin) {
  const auto cases = parse_cases(
      "input big.txt = \"ab\"*3 \"\\r\\n\"\n"
      "5 | is a directory | --db {db:dir} import {big.txt} <{big.txt} '{db}'\n",
      "io.cases");
  ASSERT_EQ(cases.size(), 1u);
  const auto& a = cases[0].args;
  ASSERT_EQ(a.size(), 6u);
  EXPECT_EQ(a[1].kind, Word::Kind::Placeholder);
  EXPECT_EQ(a[1].text, "db:dir");
  EXPECT_EQ(a[3].kind, Word::Kind::Placeholder);
  EXPECT_EQ(a[4].kind, Word::Kind::Stdin);
  EXPECT_EQ(a[4].text, "big.txt");
  EXPECT_EQ(a[5].kind, Word::Kind::Text);  // quoted: taken as written
  EXPECT_EQ(a[5].text, "{db}");
  EXPECT_EQ(cases[0].inputs->at("big.txt"), "ababab\r\n");
}

TEST(CaseFile, FilePiecesAreReadFromTheFolder) {
  const auto dir = std::filesystem::temp_directory_path() / ("kp-cases-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir / "sub");
  std::ofstream(dir / "sub" / "a.bin", std::ios::binary) << std::string("P\0K", 3);
  const auto cases = parse_cases("input a.xlsx = \"<\" file \"sub/a.bin\" \">\"\n4 | x | import {a.xlsx}\n", "w.cases", dir);
  EXPECT_EQ(cases.at(0).inputs->at("a.xlsx"), std::string("<P\0K>", 5));
  EXPECT_THROW(parse_cases("input b = file \"sub/none\"\n", "w.cases", dir), std::runtime_error);
  std::filesystem::remove_all(dir);
}

TEST(CaseFile, MalformedLinesAreRefusedWithFileAndLine) {
  const auto error = [](const std::string& text) {
    try {
      parse_cases(text, "x.cases");
    } catch (const std::runtime_error& e) {
      return std::string(e.what());
    }
    return std::string("accepted");
  };
  EXPECT_EQ(error("4 | no arguments |\n").substr(0, 10), "x.cases:1:");
  EXPECT_NE(error("4 | only two fields\n").find("EXIT | MESSAGE | ARGUMENTS"), std::string::npos);
  EXPECT_NE(error("four | m | init\n").find("EXIT must be a number"), std::string::npos);
  EXPECT_NE(error("4 |  | init\n").find("MESSAGE is empty"), std::string::npos);
  EXPECT_NE(error("4 | m | init \"open\n").find("unterminated double quote"), std::string::npos);
  EXPECT_NE(error("4 | m | import {missing.csv}\n").find("input 'missing.csv' is not defined"), std::string::npos);
  EXPECT_NE(error("4 | m | init \"\\q\"\n").find("unknown escape"), std::string::npos);
}

}  // namespace
}  // namespace keyproj::bad_input
