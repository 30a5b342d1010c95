#include "cli/help_layout.h"

#include <gtest/gtest.h>

#include <sstream>

#include "unit/in_language.h"

namespace keyproj {
namespace {

namespace po = boost::program_options;

std::string laid_out(const std::vector<HelpRow>& rows, std::size_t width) {
  return two_columns(rows, option_column(rows, width), width);
}

// Options of every shape, in English (Boost measures bytes, so only ASCII compares with it).
void declare_sample(po::options_description& o) {
  o.add_options()
      ("db", po::value<std::string>(), "database file (else $KEYPROJ_DB, else ~/.local/share/keyproj/keyproj.db)")
      ("verbose,v", po::bool_switch(), "also show notes: a backup made, each migration applied")
      ("stage", po::value<std::string>(), "new stage: planned, preparing, building, completed, operating, suspended, "
                                          "cancelled, or any of the stages the officers of a city use every day")
      ("two", po::value<std::string>(), "a first paragraph\nand a second one, long enough to be wrapped by the width")
      ("path", po::value<std::string>(), "a/very/long/path/that/never/fits/in/one/line/of/the/description/at/all.csv")
      ("a-very-long-option-name-indeed-longer-than-the-column", po::bool_switch(), "its text on the next line")
      ("bare", po::bool_switch(), "");
}

TEST(HelpLayout, EnglishIsLaidOutAsBoostLaysItOut) {
  po::options_description o;
  declare_sample(o);
  for (unsigned width : {80u, 100u}) {
    po::options_description boost_layout(width);
    declare_sample(boost_layout);
    std::ostringstream boost;
    boost << boost_layout;
    EXPECT_EQ(laid_out(option_rows(o), width), boost.str()) << width;
  }
}

// The rows at `width`: their text starts at `column`, and the lines are `lines`.
void expect_layout(const std::vector<HelpRow>& rows, std::size_t width, std::size_t column,
                   const std::vector<std::string>& lines) {
  EXPECT_EQ(option_column(rows, width), column);
  std::string expected;
  for (const std::string& line : lines) expected += line + "\n";
  EXPECT_EQ(laid_out(rows, width), expected);
}

TEST(HelpLayout, AnEnglishDescriptionBreaksAtSpaces) {
  // 40 columns: the description starts at column 20 and fills 19 (the last column stays free);
  // a line ends at the last space unless that leaves half the line empty, when the word is cut.
  expect_layout({{"  --db arg", "database file (else $KEYPROJ_DB, else ~/.local/share/keyproj/keyproj.db)"}}, 40, 20,
                {"  --db arg" + std::string(10, ' ') + "database file (else",
                 std::string(20, ' ') + "$KEYPROJ_DB, else ",
                 std::string(20, ' ') + "~/.local/share/keyp",
                 std::string(20, ' ') + "roj/keyproj.db)"});
}

TEST(HelpLayout, AChineseDescriptionBreaksBetweenCharactersByWidth) {
  // Two columns a character: nine in the 19 columns, never half of one; a line neither begins
  // with "、" nor "，" (the character before goes down with it).
  expect_layout({{"  --stage arg", "只列出处于该阶段的项目，阶段可写谋划、前期、在建、竣工或投产运营"}}, 40, 20,
                {"  --stage arg" + std::string(7, ' ') + "只列出处于该阶段的",
                 std::string(20, ' ') + "项目，阶段可写谋",
                 std::string(20, ' ') + "划、前期、在建、竣",
                 std::string(20, ' ') + "工或投产运营"});
}

TEST(HelpLayout, AWordLongerThanHalfTheLineIsCutBetweenCharacters) {
  expect_layout({{"  --out arg", "file /a/very/long/path/that/does/not/fit.csv here"}}, 30, 15,
                {"  --out arg" + std::string(4, ' ') + "file /a/very/l",
                 std::string(15, ' ') + "ong/path/that/",
                 std::string(15, ' ') + "does/not/fit.c",
                 std::string(15, ' ') + "sv here"});
}

TEST(HelpLayout, ANarrowTerminalPutsTheTextUnderAnOptionWiderThanItsColumn) {
  // 20 columns: the option column is half the line; an option reaching it has its text below.
  expect_layout({{"  --ignore-unknown ", "one two three four"}, {"  -q ", "三四"}}, 20, 10,
                {"  --ignore-unknown ",
                 std::string(10, ' ') + "one two ",
                 std::string(10, ' ') + "three ",
                 std::string(10, ' ') + "four",
                 "  -q " + std::string(5, ' ') + "三四"});
  // A line of one column still shows a wide character whole.
  EXPECT_EQ(wrap_text("三四", 0, 2), "三\n四");
}

TEST(HelpLayout, AParagraphWrapsWithItsIndent) {
  EXPECT_EQ(wrap_text("Run 'keyproj help COMMAND' for a command's options.", 2, 24),
            "Run 'keyproj help \n  COMMAND' for a \n  command's options.");
  EXPECT_EQ(wrap_text("运行 keyproj help COMMAND 查看命令的选项。", 0, 20),
            "运行 keyproj help \nCOMMAND 查看命令的\n选项。");
  EXPECT_EQ(wrap_text("", 0, 20), "");
}

TEST(HelpLayout, TheValuePlaceholderIsInTheReadersLanguage) {
  po::options_description o;
  o.add_options()("db", po::value<std::string>(), "d")("verbose,v", po::bool_switch(), "v");
  const auto en = option_rows(o);
  ASSERT_EQ(en.size(), 2u);
  EXPECT_EQ(en[0].left, "  --db arg");
  EXPECT_EQ(en[0].text, "d");
  EXPECT_EQ(en[1].left, "  -v [ --verbose ] ");
  InLanguage zh(Lang::Zh);
  EXPECT_EQ(option_rows(o)[0].left, "  --db 值");
}

}  // namespace
}  // namespace keyproj
