// What reaches a terminal never carries a raw control character: text stored before keyproj
// refused them (or written by another program) is shown escaped in tables, cards, history,
// confirmations, warnings and error sentences, while CSV and JSON keep it exact. A value
// quoted in an error sentence is cut at 200 characters.

#include "e2e/tracking_fixture.h"

namespace keyproj::e2e {
namespace {

// The first thing in `s` a terminal would obey, as "byte N: XX"; "" when there is none. A
// newline ends a line and is allowed.
std::string raw_control(const std::string& s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    const auto at = [&](std::size_t n) { return i + n < s.size() ? static_cast<unsigned char>(s[i + n]) : 0u; };
    const bool c0 = (b < 0x20 && b != '\n') || b == 0x7f;
    const bool c1 = b == 0xc2 && at(1) >= 0x80 && at(1) <= 0x9f;
    const bool bidi = (b == 0xe2 && at(1) == 0x80 && ((at(2) >= 0xaa && at(2) <= 0xae) || at(2) == 0x8e || at(2) == 0x8f)) ||
                      (b == 0xe2 && at(1) == 0x81 && at(2) >= 0xa6 && at(2) <= 0xa9);
    const bool zero_width = (b == 0xe2 && at(1) == 0x80 && at(2) >= 0x8b && at(2) <= 0x8d) ||
                            (b == 0xef && at(1) == 0xbb && at(2) == 0xbf);
    if (c0 || c1 || bidi || zero_width) return "byte " + std::to_string(i) + ": " + std::to_string(b);
  }
  return "";
}

const std::string kName = "天门\x1b[31m红\xe2\x80\xae园";     // SGR red, then RIGHT-TO-LEFT OVERRIDE
const std::string kShownName = "天门\\x1b[31m红\\u202e园";
const std::string kTitle = "节点\x1b]0;pwned\x07";             // sets the terminal's title
const std::string kShownTitle = "节点\\x1b]0;pwned\\x07";

class TerminalText : public Tracking {
 protected:
  void SetUp() override {
    Tracking::SetUp();
    ok({"milestone", "add", "TM-011", "--title", "主体完工", "--due", "2026-06"});
    // What an older database (or another program) may hold.
    s.sql("UPDATE project SET name_zh = ? WHERE code = 'TM-011'", {kName});
    s.sql("UPDATE owner SET name = ? WHERE name = '天门市商务局'", {"商务局\x1b[8m"});
    s.sql("UPDATE milestone SET title = ?", {kTitle});
    // Reports are append-only: one written with such a note.
    s.sql("INSERT INTO progress_update (project_id, reported_on, progress_pct, note, author, created_at) "
          "SELECT id, '2026-10-01', 20, ?, 'tester', '2026-10-01 09:00:00' FROM project WHERE code = 'TM-011'",
          {"一\n二\x1b[2J三"});
  }
  void expect_clean(const std::vector<std::string>& args) {
    const Outcome r = s.keyproj(args);
    EXPECT_EQ(r.code, 0) << args[0] << r.err;
    EXPECT_EQ(raw_control(r.out), "") << args[0] << " " << (args.size() > 1 ? args[1] : "") << "\n" << r.out;
    EXPECT_EQ(raw_control(r.err), "") << args[0] << "\n" << r.err;
  }
};

TEST_F(TerminalText, TablesCardsAndHistoryShowStoredControlsEscaped) {
  for (const auto& args : std::vector<std::vector<std::string>>{{"project", "list"},
                                                                {"project", "show", "TM-011"},
                                                                {"history", "TM-011"},
                                                                {"milestone", "list"},
                                                                {"overdue"},
                                                                {"report", "--by", "owner"},
                                                                {"owner", "list"}})
    expect_clean(args);
  const std::string list = ok({"project", "list"});
  EXPECT_NE(list.find(kShownName), std::string::npos) << list;
  const std::string card = ok({"project", "show", "TM-011"});
  EXPECT_NE(card.find(kShownName), std::string::npos) << card;
  EXPECT_NE(card.find(kShownTitle), std::string::npos) << card;
  EXPECT_NE(card.find("二\\x1b[2J三"), std::string::npos) << card;
  EXPECT_NE(ok({"milestone", "list"}).find(kShownTitle), std::string::npos);
}

TEST_F(TerminalText, ConfirmationsWarningsAndErrorsShowThemEscaped) {
  Outcome r = s.keyproj({"log", "TM-011", "--progress", "30"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "logged report 2 for TM-011 " + kShownName + " on 2026-11-22\n");
  s.sql("UPDATE project SET code = ?, budget_yuan = 100 WHERE code = 'TM-012'", {"TM-9\x1b[1m"});
  r = s.keyproj({"log", "TM-9\x1b[1m", "--invested", "200"});  // beyond the budget: a warning
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(raw_control(r.out), "") << r.out;
  EXPECT_EQ(raw_control(r.err), "") << r.err;
  EXPECT_NE(r.err.find("keyproj: warning: invested total 200元 of TM-9\\x1b[1m is beyond"), std::string::npos) << r.err;
  // An error sentence naming stored names: the candidates of an ambiguous look-up.
  r = s.keyproj({"project", "show", "天门"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(raw_control(r.err), "") << r.err;
  EXPECT_NE(r.err.find("TM-011 " + kShownName), std::string::npos) << r.err;
  // An import's dry run lists names as it would change them.
  const std::string file = s.write("p.csv", "code,budget\nTM-011,3亿\n");
  r = s.keyproj({"import", file, "--what", "projects", "--dry-run"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(raw_control(r.out), "") << r.out;
}

TEST_F(TerminalText, ExportsKeepTheStoredTextExact) {
  const std::string csv = ok({"export", "--what", "projects", "--format", "csv"});
  EXPECT_NE(csv.find(kName), std::string::npos) << csv;
  const json j = json::parse(ok({"project", "show", "TM-011", "--format", "json"}));
  EXPECT_EQ(j["name_zh"], kName);
  EXPECT_EQ(j["milestones"][0]["title"], kTitle);
  const std::string milestones = ok({"export", "--what", "milestones", "--format", "csv"});
  EXPECT_NE(milestones.find(kTitle), std::string::npos) << milestones;
}

TEST_F(TerminalText, AValueInAnErrorSentenceIsCutAt200Characters) {
  std::string long_name;
  for (int i = 0; i < 300; ++i) long_name += "园";
  std::string cut;
  for (int i = 0; i < 200; ++i) cut += "园";
  Outcome r = s.keyproj({"project", "show", long_name});
  EXPECT_EQ(r.code, 3);
  EXPECT_EQ(r.err, "keyproj: project '" + cut + "…' is not a code nor part of any project's name\n");
  r = s.keyproj({"log", "TM-012", "--progress", std::string(500, '9')});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.err, "keyproj: progress '" + std::string(200, '9') +
                       "…' is not a percentage; give a whole number from 0 to 100\n");
  // Exactly 200 characters are shown whole.
  r = s.keyproj({"project", "show", cut});
  EXPECT_EQ(r.err, "keyproj: project '" + cut + "' is not a code nor part of any project's name\n");
}

}  // namespace
}  // namespace keyproj::e2e
