// Under --lang zh a refusal is a Chinese sentence: one failing case of every command, and of
// the command line itself, whose stderr holds no English word. What may stay ASCII is what the
// officer typed or types: quoted values, option names, codes and placeholders in capitals, file
// names, setting keys and the words an option takes (csv, building, …).

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <sstream>

#include "e2e/harness.h"

namespace keyproj::e2e {
namespace {

struct Case {
  std::vector<std::string> args;
  int code;
};

// The words an officer types: option values a sentence may list, and the words of the commands.
const std::set<std::string> kTyped = {
    "keyproj", "config", "add", "show", "edit", "archive", "unarchive", "table", "csv", "json", "xlsx", "ics", "zh", "en",
    "planned", "preparing", "building", "completed", "operating", "suspended", "cancelled",
    "milestone", "approval", "project", "stale", "start", "problem", "problems", "city", "province", "templates", "template", "dispatch",
    "region", "county", "program", "owner", "leader", "stage", "category", "class",
    "new", "continuing", "completing", "reserve",
    "projects", "milestones", "updates", "owners", "leaders", "plans", "overdue",
    "yuan", "wan", "yi", "help", "init", "list",
};

// What is left of a sentence once the ASCII an officer types is taken out.
std::string english_words(const std::string& err) {
  // A field before its quoted value is named as the officer typed it: an option or a column.
  std::string s = std::regex_replace(err, std::regex("^[a-z_-]+ |[a-z_-]+ '[^']*'"), " ");
  s = std::regex_replace(s, std::regex("'[^']*'"), " ");                          // quoted values
  s = std::regex_replace(s, std::regex("--?[a-z][a-z-]*"), " ");                  // option names
  s = std::regex_replace(s, std::regex("[^ \n，。；：、（）]*[./][^ \n，。；：、（）]+"), " ");  // files, keys
  s = std::regex_replace(s, std::regex("\\b[A-Z][A-Z0-9_]*\\b"), " ");            // codes, placeholders
  std::istringstream words(std::regex_replace(s, std::regex("[^A-Za-z]+"), " "));
  std::string left, w;
  while (words >> w)
    if (!kTyped.count(w)) left += w + " ";
  return left;
}

TEST(ChineseErrors, EveryCommandRefusesInChinese) {
  Sandbox s;
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  ASSERT_EQ(s.keyproj({"project", "add", "--code", "P1", "--name", "甲项目", "--region", "TM"}).code, 0);
  const std::vector<Case> cases = {
      {{"init", "--bogus"}, 2},
      {{"migrate", "--bogus"}, 2},
      {{"seed", "--region", "nowhere"}, 2},
      {{"owner", "add", "--name", ""}, 4},
      {{"owner", "list", "extra"}, 2},
      {{"owner", "rename", "无此单位", "--to", "乙"}, 3},
      {{"owner", "merge", "无此单位", "--into", "乙"}, 3},
      {{"leader", "add", "--name", "王五"}, 2},
      {{"leader", "list", "extra"}, 2},
      {{"leader", "edit", "9", "--title", "市长"}, 3},
      {{"project", "edit", "P1", "--leader", "王五"}, 3},
      {{"project", "add", "--code", "X1", "--name", "乙", "--region", "TM", "--budget", "abc"}, 4},
      {{"project", "list", "--stage", "nope"}, 4},
      {{"project", "show", "NOPE"}, 3},
      {{"project", "edit", "P1", "--stage", "nope"}, 4},
      {{"project", "archive", "NOPE"}, 3},
      {{"project", "unarchive", "P1"}, 4},
      {{"log", "P1", "--progress", "200"}, 4},
      {{"milestone", "add", "P1", "--title", "t", "--due", "notadate"}, 4},
      {{"milestone", "done", "999"}, 3},
      {{"milestone", "move", "999", "--due", "2026-12-01", "--reason", "r"}, 3},
      {{"milestone", "reopen", "999", "--reason", "r"}, 3},
      {{"milestone", "edit", "999", "--title", "t"}, 3},
      {{"milestone", "delete", "999", "--reason", "r"}, 3},
      {{"milestone", "list", "NOPE"}, 3},
      {{"milestone", "list", "--kind", "nope"}, 2},
      {{"milestone", "plan", "P1", "--template", "nope", "--from", "2026-03-01"}, 3},
      {{"milestone", "plan", "P1", "--template", "approvals"}, 2},
      {{"template", "show", "nope"}, 3},
      {{"template", "list", "extra"}, 2},
      {{"history", "NOPE"}, 3},
      {{"overdue", "--kind", "nope"}, 2},
      {{"report", "--by", "nope"}, 2},
      {{"plan", "set", "P1", "--year", "1999", "--class", "new"}, 4},
      {{"plan", "list", "--year", "abc"}, 4},
      {{"plan", "remove", "P1", "--year", "2026", "--reason", "r"}, 3},
      {{"plan", "copy", "--from", "2025", "--to", "abc"}, 4},
      {{"config", "list", "extra"}, 2},
      {{"config", "set", "nope", "1"}, 4},
      {{"import", (s.dir() / "missing.csv").string(), "--what", "projects"}, 3},
      {{"export", "--what", "nope"}, 2},
      {{"help", "nope"}, 2},
      {{"project"}, 2},
      {{"--format", "nope", "report"}, 2},
  };
  for (const Case& c : cases) {
    std::vector<std::string> args{"--lang", "zh"};
    args.insert(args.end(), c.args.begin(), c.args.end());
    const Outcome r = s.keyproj(args);
    std::string shown;
    for (const auto& a : c.args) shown += a + " ";
    EXPECT_EQ(r.code, c.code) << shown << "\n" << r.err;
    EXPECT_EQ(r.out, "") << shown;
    ASSERT_TRUE(r.err.starts_with("keyproj: ")) << shown << "\n" << r.err;
    EXPECT_EQ(english_words(r.err.substr(9)), "") << shown << "\n" << r.err;
  }
  // The global options' own refusals, Boost's parser included: the language is read first.
  const std::vector<Case> globals = {
      {{"--lang", "zh", "--as-of", "notadate", "report"}, 4},
      {{"--lang", "zh", "--db", s.db(), "--db", s.db(), "report"}, 2},
      {{"--lang=zh", "--db", s.db(), "report", "--as-of"}, 2},
  };
  for (const Case& c : globals) {
    const Outcome r = s.raw(c.args);
    EXPECT_EQ(r.code, c.code) << r.err;
    ASSERT_TRUE(r.err.starts_with("keyproj: ")) << r.err;
    EXPECT_EQ(english_words(r.err.substr(9)), "") << r.err;
  }
}

// The filter itself: an English sentence is caught, a Chinese one with typed values passes.
TEST(ChineseErrors, TheFilterCatchesEnglish) {
  EXPECT_EQ(english_words("project 'NOPE' is not known."), "is not known ");
  EXPECT_EQ(english_words("progress '200' 不是百分比"), "");
  EXPECT_EQ(english_words("name 为空；请给出一个值"), "");
  EXPECT_EQ(english_words("name is empty"), "is empty ");
  EXPECT_EQ(english_words("阶段 'nope' 无法识别；请用 planned、building 或 --stage 在建"), "");
  EXPECT_EQ(english_words("文件 /tmp/a.csv 第 3 行：budget 列"), "budget ");
  EXPECT_EQ(english_words("设置 light.red_days 须在 1 到 3650 之间；TM 天门"), "");
}

}  // namespace
}  // namespace keyproj::e2e
