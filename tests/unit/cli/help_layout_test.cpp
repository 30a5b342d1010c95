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

TEST(HelpLayout, AnEnglishDescriptionBreaksAtSpaces) {
  const std::vector<HelpRow> rows{{"  --db arg", "database file (else $KEYPROJ_DB, else ~/.local/share/keyproj/keyproj.db)"}};
  // 40 columns: the description starts at column 20 and fills 19 (the last column stays free);
  // a line ends at the last space unless that leaves half the line empty, when the word is cut.
  EXPECT_EQ(option_column(rows, 40), 20u);
  EXPECT_EQ(laid_out(rows, 40),
            "  --db arg" + std::string(10, ' ') + "database file (else\n"
            "                    $KEYPROJ_DB, else \n"
            "                    ~/.local/share/keyp\n"
            "                    roj/keyproj.db)\n");
}

TEST(HelpLayout, AChineseDescriptionBreaksBetweenCharactersByWidth) {
  // Two columns a character: nine in the 19 columns, never half of one; a line neither begins
  // with "、" nor "，" (the character before goes down with it).
  const std::vector<HelpRow> rows{{"  --stage arg", "只列出处于该阶段的项目，阶段可写谋划、前期、在建、竣工或投产运营"}};
  EXPECT_EQ(laid_out(rows, 40),
            "  --stage arg" + std::string(7, ' ') + "只列出处于该阶段的\n"
            "                    项目，阶段可写谋\n"
            "                    划、前期、在建、竣\n"
            "                    工或投产运营\n");
}

TEST(HelpLayout, AWordLongerThanHalfTheLineIsCutBetweenCharacters) {
  const std::vector<HelpRow> rows{{"  --out arg", "file /a/very/long/path/that/does/not/fit.csv here"}};
  EXPECT_EQ(option_column(rows, 30), 15u);
  EXPECT_EQ(laid_out(rows, 30),
            "  --out arg" + std::string(4, ' ') + "file /a/very/l\n"
            "               ong/path/that/\n"
            "               does/not/fit.c\n"
            "               sv here\n");
}

TEST(HelpLayout, ANarrowTerminalPutsTheTextUnderAnOptionWiderThanItsColumn) {
  // 20 columns: the option column is half the line; an option reaching it has its text below.
  const std::vector<HelpRow> rows{{"  --ignore-unknown ", "one two three four"}, {"  -q ", "三四"}};
  EXPECT_EQ(option_column(rows, 20), 10u);
  EXPECT_EQ(laid_out(rows, 20),
            "  --ignore-unknown \n"
            "          one two \n"
            "          three \n"
            "          four\n"
            "  -q " + std::string(5, ' ') + "三四\n");
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
