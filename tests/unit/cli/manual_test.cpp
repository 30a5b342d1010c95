#include "cli/manual.h"

#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "cli/global_options.h"
#include "cli/reference.h"
#include "cli/usage.h"
#include "unit/in_language.h"
#include "util/text.h"

namespace keyproj {
namespace {

std::string manual() {
  std::ostringstream out;
  print_manual(out, "9.8.7");
  return out.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// A line as man shows it: roff's escapes undone.
std::string shown(std::string line) {
  std::string out;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size()) {
      const char next = line[++i];
      if (next == '-') out += '-';
      else if (next == 'e') out += '\\';
      // \& shows nothing
      continue;
    }
    out += line[i];
  }
  return out;
}

std::string roff(const std::string& s) {
  std::string out;
  for (char c : s) out += c == '-' ? std::string("\\-") : std::string(1, c);
  return out;
}

TEST(Manual, EveryCommandPeopleRunHasItsSectionWithEveryOption) {
  const std::string page = manual();
  EXPECT_TRUE(page.starts_with(".\\\" keyproj(1)")) << page.substr(0, 80);
  EXPECT_NE(page.find(".TH KEYPROJ 1 \"\" \"keyproj 9.8.7\""), std::string::npos);
  for (const Command* c : all_commands()) {
    std::string title(c->name);
    if (!c->operands.empty()) title.append(" ").append(c->operands);
    const bool has = page.find(".SS \"" + roff(title) + "\"\n") != std::string::npos;
    EXPECT_EQ(has, !c->hidden) << c->name;
    if (c->hidden) continue;
    po::options_description options;
    po::positional_options_description positional;
    c->declare(options, positional);
    const std::size_t at = page.find(".SS \"" + roff(title) + "\"\n");
    const std::size_t end = page.find(".SS", at + 1);
    const std::string section = page.substr(at, end - at);
    for (const auto& o : options.options())
      EXPECT_NE(section.find(roff("--" + o->long_name())), std::string::npos) << c->name << " --" << o->long_name();
  }
  const auto globals = global_options();
  for (const auto& o : globals.options())
    EXPECT_NE(page.find(roff("--" + o->long_name())), std::string::npos) << o->long_name();
}

TEST(Manual, ExitCodesAndEnvironmentFromTheirTables) {
  const std::string page = manual();
  const std::size_t exit = page.find(".SH EXIT STATUS\n");
  const std::size_t env = page.find(".SH ENVIRONMENT\n");
  ASSERT_NE(exit, std::string::npos);
  ASSERT_NE(env, std::string::npos);
  std::string expected;
  for (const Described& d : exit_codes()) expected += ".TP\n.B " + std::string(d.name) + "\n" + roff(d.text) + "\n";
  EXPECT_EQ(page.substr(exit + 16, expected.size()), expected);
  expected.clear();
  for (const Described& d : environment_variables())
    expected += ".TP\n.B " + std::string(d.name) + "\n" + roff(d.text) + "\n";
  EXPECT_EQ(page.substr(env + 16, expected.size()), expected);
}

// Every line is a request of the page's own or text; text never begins as a request would,
// and fits the page's width as a terminal shows it (a Chinese character takes two columns).
void check_lines(const std::string& page) {
  const std::set<std::string> requests = {".\\\"", ".TH", ".SH", ".SS", ".nf", ".fi", ".sp", ".TP", ".B", ".nh", ".ad"};
  bool laid_out = false;
  for (const std::string& line : lines_of(page)) {
    if (line.starts_with(".") || line.starts_with("'")) {
      EXPECT_TRUE(requests.count(line.substr(0, line.find(' ')))) << line;
      if (line == ".nf") laid_out = true;
      if (line == ".fi") laid_out = false;
      continue;
    }
    if (laid_out) {
      EXPECT_LE(display_width(shown(line)), kManualWidth) << line;
    }
  }
}

TEST(Manual, TextIsLaidOutByDisplayWidthInEitherLanguage) {
  const std::string en = manual();
  check_lines(en);
  InLanguage zh(Lang::Zh);
  const std::string page = manual();
  check_lines(page);
  EXPECT_NE(page.find(".SH 命令\n"), std::string::npos);
  EXPECT_NE(page.find(".SH 退出码\n"), std::string::npos);
  EXPECT_NE(page.find("退出码："), std::string::npos);
}

TEST(Manual, TextIsEscapedForRoff) {
  EXPECT_EQ(roff_text("--db PATH"), "\\-\\-db PATH");
  EXPECT_EQ(roff_text("C:\\dir"), "C:\\edir");
  EXPECT_EQ(roff_text(".TH looks like a request"), "\\&.TH looks like a request");
  EXPECT_EQ(roff_text("'so does this"), "\\&'so does this");
  EXPECT_EQ(roff_text("a.b 'c'"), "a.b 'c'");
  EXPECT_EQ(roff_text("天门"), "天门");
  EXPECT_EQ(manual().find("\n--"), std::string::npos);
}

}  // namespace
}  // namespace keyproj
