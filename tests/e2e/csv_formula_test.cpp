// A CSV export opened in a spreadsheet must not run what a user typed: a text cell that starts
// like a formula (=, +, -, @, a tab, a carriage return, or the apostrophe itself) is written
// with one leading apostrophe, numbers stay numbers, and an import of the file takes the
// apostrophe off again, so that export, import, export gives the same bytes.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "e2e/harness.h"

namespace keyproj::e2e {
namespace {

void ok(const Sandbox& s, const std::vector<std::string>& args) {
  const Outcome r = s.keyproj(args);
  ASSERT_EQ(r.code, 0) << args[0] << ": " << r.err;
}

// Values as officers type them: a phone number with its country code, a name pasted from a
// cell that held a formula, a blocker that opens with a minus, a place with an apostrophe.
void build(const Sandbox& s) {
  ok(s, {"init"});
  ok(s, {"owner", "add", "--name", "@天门市商务局", "--kind", "unit", "--contact", "+86 0728-5"});
  ok(s, {"project", "add", "--code", "TM-101", "--name==HYPERLINK(\"http://x\",\"物流园\")", "--region", "TM",
         "--owner", "@天门市商务局", "--budget", "1.5亿", "--scale=-2万平方米", "--location", "'城东"});
  ok(s, {"log", "TM-101", "--date", "2026-10-31", "--stage", "building", "--progress", "40", "--invested", "500万",
         "--note", "=1+1 主体施工", "--blocker=-征地"});
}

std::string exported(const Sandbox& s, const std::string& what) {
  // Owners with their contacts (personal data, written only when asked for).
  std::vector<std::string> args{"export", "--what", what, "--format", "csv"};
  if (what == "owners") args.push_back("--contacts");
  const Outcome r = s.keyproj(args);
  EXPECT_EQ(r.code, 0) << r.err;
  return r.out;
}

TEST(CsvFormula, TextThatOpensLikeAFormulaGetsOneApostropheAndNumbersNone) {
  Sandbox s;
  build(s);
  EXPECT_EQ(exported(s, "owners"), "name,kind,contact,projects\r\n'@天门市商务局,unit,'+86 0728-5,1\r\n");
  const std::string projects = exported(s, "projects");
  // The name holds a comma and quotes: quoted as RFC 4180 says, the apostrophe inside.
  EXPECT_NE(projects.find(",\"'=HYPERLINK(\"\"http://x\"\",\"\"物流园\"\")\","), std::string::npos) << projects;
  EXPECT_NE(projects.find(",'-2万平方米,"), std::string::npos) << projects;
  EXPECT_NE(projects.find(",''城东,"), std::string::npos) << projects;
  EXPECT_NE(projects.find(",'@天门市商务局,"), std::string::npos) << projects;
  EXPECT_NE(projects.find(",150000000,5000000,40,"), std::string::npos) << projects;
  const std::string updates = exported(s, "updates");
  EXPECT_NE(updates.find(",'=1+1 主体施工,'-征地,"), std::string::npos) << updates;
  EXPECT_NE(updates.find(",40,5000000,"), std::string::npos) << updates;
  // JSON keeps the text as it is.
  const auto owners = nlohmann::json::parse(s.keyproj({"export", "--what", "owners", "--format", "json", "--contacts"}).out);
  EXPECT_EQ(owners.at(0).at("contact"), "+86 0728-5");
}

TEST(CsvFormula, ImportTakesTheApostropheOffSoTheRoundTripKeepsTheBytes) {
  Sandbox original;
  build(original);
  Sandbox copy;
  ok(copy, {"init"});
  for (const std::string what : {"owners", "projects", "updates"}) {
    const std::string file = copy.write(what + ".csv", exported(original, what));
    ok(copy, {"import", file, "--what", what});
  }
  for (const std::string what : {"owners", "projects", "updates"})
    EXPECT_EQ(exported(copy, what), exported(original, what)) << what;
  const auto projects = nlohmann::json::parse(copy.keyproj({"export", "--what", "projects", "--format", "json"}).out);
  EXPECT_EQ(projects.at(0).at("name_zh"), "=HYPERLINK(\"http://x\",\"物流园\")");
  EXPECT_EQ(projects.at(0).at("location"), "'城东");
  EXPECT_EQ(projects.at(0).at("scale"), "-2万平方米");
}

}  // namespace
}  // namespace keyproj::e2e
