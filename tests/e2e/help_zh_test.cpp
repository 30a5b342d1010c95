// Help in Chinese: every help text (the overview, each group's, each command's) under --lang zh
// at 60 and 100 columns is valid UTF-8, fits the width in display columns, and has no English
// word outside what a user types as it is (options, codes, placeholders, file names, values).

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "e2e/harness.h"

namespace keyproj::e2e {
namespace {

// Every command, as the overview lists them; the test checks the overview lists exactly these.
const std::vector<std::string> kCommands = {
    "init",          "migrate",          "seed",           "owner add",         "owner list",
    "owner rename",  "owner merge",      "leader add",     "leader list",       "leader edit",
    "project add",    "project list",      "project show",
    "project edit",  "project archive",  "project unarchive", "log",            "milestone add",
    "milestone done", "milestone move",  "milestone reopen", "milestone edit",  "milestone delete",
    "milestone list", "milestone plan", "template list", "template show", "problem add",   "problem list",   "problem show",    "problem update",
    "problem resolve", "problem reopen", "history",         "overdue",        "report",          "bulletin",        "plan set",
    "plan list",     "plan remove",      "plan copy",      "config list",       "config set",
    "config profile", "user add",      "user list",      "user remove",       "import",
    "export",        "copy"};

// The code points of `s`; nullopt when it is not well-formed UTF-8 (overlong forms, surrogates
// and values past U+10FFFF included).
std::optional<std::vector<char32_t>> decode(const std::string& s) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return std::nullopt;
    char32_t cp = n == 1 ? b : b & (0x7F >> n);
    for (std::size_t k = 1; k < n; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0) != 0x80) return std::nullopt;
      cp = (cp << 6) | (c & 0x3F);
    }
    const char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < least[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
    out.push_back(cp);
    i += n;
  }
  return out;
}

// Columns a terminal gives a character: two for East Asian wide and fullwidth ones (Hangul
// Jamo, CJK punctuation and ideographs, Hangul syllables, fullwidth forms), else one.
std::size_t columns(char32_t c) {
  const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
                    (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
                    (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
                    (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
  return wide ? 2 : 1;
}

// The lines of `text` wider than `width` columns.
std::vector<std::string> too_wide(const std::string& text, std::size_t width) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::size_t w = 0;
    for (char32_t c : decode(line).value_or(std::vector<char32_t>{})) w += columns(c);
    if (w > width) out.push_back(line);
  }
  return out;
}

// The words a Chinese help may show in Latin letters, because a user types them as they are.
const std::set<std::string>& typed_words() {
  static const std::set<std::string> words = [] {
    std::set<std::string> w{
        "keyproj", "help",  // the program and its help command
        // --format and --lang values
        "table", "csv", "json", "xlsx", "ics", "zh", "en",
        // values option descriptions list: stages (--stage), --what, overdue's --kind, an owner's
        // --kind, plan classes (--class), lights (--light), report's --by, a category code (--category)
        "planned", "preparing", "building", "completed", "operating", "suspended", "cancelled",
        "projects", "milestones", "updates", "owners", "leaders", "plans", "overdue",
        "milestone", "approval", "project", "stale", "start", "problem", "problems", "unit", "enterprise",
        "templates", "approvals",  // --what templates; the template approvals, named in examples
        "dispatch",                // export --template dispatch
        "city", "province",
        "new", "continuing", "completing", "reserve", "red", "amber", "green",
        "region", "program", "owner", "stage", "category", "county", "class", "logistics",
        // config profile's names (NAME), import's --encoding
        "default", "yinchuan", "sanya", "utf-8", "gb18030",
        // --db's server form, postgresql://用户@主机/库名, and the server the user commands are for
        "postgresql", "PostgreSQL",
        // user add's --role
        "admin", "officer", "viewer"};
    for (const std::string& command : kCommands) {  // the words of the commands themselves
      std::istringstream in(command);
      for (std::string word; in >> word;) w.insert(word);
    }
    return w;
  }();
  return words;
}

// The words of `text` in Latin letters that are none of: an option (--db, -v), a code or a
// placeholder in capitals (PROJECT, TM-022, YYYY-MM-DD, NFC), an environment variable
// ($KEYPROJ_DB), a file name, path or setting key (keyproj.db, ~/.local/…, stale.days), or a
// word typed as it is (typed_words). A word is a run of ASCII letters, digits and - _ . / $ ~.
std::vector<std::string> english_words(const std::string& text) {
  std::vector<std::string> out;
  const auto chars = decode(text).value_or(std::vector<char32_t>{});
  auto word_char = [](char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           std::u32string_view(U"-_./$~").find(c) != std::u32string_view::npos;
  };
  for (std::size_t i = 0; i < chars.size();) {
    if (!word_char(chars[i])) {
      ++i;
      continue;
    }
    std::string word;
    for (; i < chars.size() && word_char(chars[i]); ++i) word += static_cast<char>(chars[i]);
    while (!word.empty() && word.back() == '.') word.pop_back();  // a full stop after a word
    const bool letters = std::any_of(word.begin(), word.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
    const bool capitals = std::none_of(word.begin(), word.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
    const bool named = word.starts_with("-") || word.starts_with("$") || word.find_first_of("./") != std::string::npos;
    if (letters && !capitals && !named && !typed_words().count(word)) out.push_back(word);
  }
  return out;
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " | ") + w;
  return out;
}

// The commands the overview lists: the first column of its "Commands" block.
std::vector<std::string> listed_commands(const std::string& overview) {
  std::vector<std::string> out;
  std::istringstream in(overview);
  bool in_block = false;
  for (std::string line; std::getline(in, line);) {
    if (line == "Commands:") in_block = true;
    else if (line.empty()) in_block = false;
    else if (in_block && line.starts_with("  ") && line[2] != ' ') out.push_back(line.substr(2, line.find("  ", 2) - 2));
  }
  return out;
}

TEST(HelpInChinese, TheCheckersFindWhatTheyLookFor) {
  // An English summary is caught, and so is a line a column too wide; Chinese with options,
  // codes, paths and typed values passes.
  EXPECT_EQ(joined(english_words("  project add       add a key project")), "a | key");
  EXPECT_EQ(joined(english_words("  project list      list projects (filters: region, stage, owner, …)")), "filters");
  EXPECT_EQ(joined(english_words("  --db 值  数据库文件（$KEYPROJ_DB、~/.local/share/keyproj/keyproj.db）用 csv、TM-022。")), "");
  EXPECT_EQ(joined(english_words("值 arg")), "arg");
  EXPECT_EQ(too_wide("一二三四五\nabcdefghij\n一二三四五六", 10), std::vector<std::string>{"一二三四五六"});
  EXPECT_FALSE(decode("\xE4\xB8").has_value());  // half of 一
}

TEST(HelpInChinese, TheOverviewListsEveryCommand) {
  Sandbox s;
  EXPECT_EQ(listed_commands(s.raw({"help"}, {"COLUMNS=200"}).out), kCommands);
}

TEST(HelpInChinese, EveryHelpIsChineseAndFitsTheWidth) {
  Sandbox s;
  std::vector<std::vector<std::string>> helps{{}};
  std::set<std::string> groups;
  for (const std::string& command : kCommands) {
    std::vector<std::string> words;
    std::istringstream in(command);
    for (std::string word; in >> word;) words.push_back(word);
    if (words.size() > 1) groups.insert(words.front());
    helps.push_back(words);
  }
  for (const std::string& group : groups) helps.push_back({group});
  EXPECT_EQ(groups.size(), 9u);  // owner, leader, project, milestone, template, problem, plan, config, user
  for (const std::string width : {"60", "100"}) {
    for (const auto& words : helps) {
      std::vector<std::string> args{"--lang", "zh", "help"};
      args.insert(args.end(), words.begin(), words.end());
      const Outcome r = s.raw(args, {"COLUMNS=" + width});
      const std::string what = "help " + joined(words) + " at " + width;
      ASSERT_EQ(r.code, 0) << what << ": " << r.err;
      EXPECT_EQ(r.err, "") << what;
      ASSERT_TRUE(decode(r.out).has_value()) << what;
      EXPECT_EQ(joined(too_wide(r.out, std::stoul(width))), "") << what;
      EXPECT_EQ(joined(english_words(r.out)), "") << what;
    }
  }
}

TEST(HelpInEnglish, FitsTheWidthToo) {
  Sandbox s;
  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{{"help"}, {"help", "import"}, {"help", "project"}}) {
    const Outcome r = s.raw(args, {"COLUMNS=60"});
    ASSERT_EQ(r.code, 0);
    EXPECT_EQ(joined(too_wide(r.out, 60)), "") << args.back();
  }
}

}  // namespace
}  // namespace keyproj::e2e
