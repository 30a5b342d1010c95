#include "util/field_text.h"

#include <gtest/gtest.h>

#include "util/error.h"
#include "util/text.h"

namespace keyproj {
namespace {

// The sentence clean_text refuses `s` with, or "kept: <text>".
std::string outcome(std::string_view s, Lines lines = Lines::One) {
  try {
    return "kept: " + clean_text(s, "name", lines);
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Rejected);
    return e.what();
  }
}

TEST(Trimmed, DropsAsciiAndIdeographicSpacesAtBothEnds) {
  EXPECT_EQ(trimmed(" \t中建三局\xe3\x80\x80\r\n"), "中建三局");
  EXPECT_EQ(trimmed("中建\xe3\x80\x80三局"), "中建\xe3\x80\x80三局");
  EXPECT_EQ(trimmed("\xe3\x80\x80 \xe3\x80\x80"), "");
}

TEST(CleanText, TrimsAndComposes) {
  EXPECT_EQ(outcome(" 中建三局\xe3\x80\x80"), "kept: 中建三局");
  EXPECT_EQ(outcome("Cafe\xcc\x81"), "kept: Caf\xc3\xa9");          // e + U+0301 → U+00E9
  EXPECT_EQ(outcome("\xe1\x84\x92\xe1\x85\xa1"), "kept: \xed\x95\x98");  // Hangul jamo → 하
  EXPECT_EQ(outcome("   "), "kept: ");  // blank: whether that is allowed is the caller's rule
  EXPECT_EQ(outcome("天门 TM-011（一期）"), "kept: 天门 TM-011（一期）");
}

TEST(CleanText, RefusesControlsNamingTheFieldAndTheCharacter) {
  EXPECT_EQ(outcome("a\x1b[31mb"), "name 'a\\x1b[31mb' holds a control character (U+001B); it is one line of text");
  EXPECT_EQ(outcome("a\nb"), "name 'a\\x0ab' holds a control character (U+000A); it is one line of text");
  EXPECT_EQ(outcome("a\x7f"), "name 'a\\x7f' holds a control character (U+007F); it is one line of text");
  EXPECT_EQ(outcome("a\xc2\x9b" "b"), "name 'a\\u009bb' holds a control character (U+009B); it is one line of text");
  EXPECT_EQ(outcome("a\x1b", Lines::Many),
            "name 'a\\x1b' holds a control character (U+001B); only newline and tab may be");
  EXPECT_EQ(outcome("a\rb", Lines::Many), "name 'a\\x0db' holds a control character (U+000D); only newline and tab may be");
  EXPECT_EQ(outcome("一\n二\t三\r\n四", Lines::Many), "kept: 一\n二\t三\r\n四");
}

TEST(CleanText, RefusesBidiAndZeroWidthCharacters) {
  EXPECT_EQ(outcome("\xe2\x80\xae" "abc"),
            "name '\\u202eabc' holds a bidirectional control (U+202E), which makes text read otherwise than it is "
            "stored; remove it");
  for (const char* bidi : {"\xe2\x80\xaa", "\xe2\x80\xad", "\xe2\x81\xa6", "\xe2\x81\xa9", "\xe2\x80\x8e", "\xe2\x80\x8f",
                           "\xd8\x9c"})
    EXPECT_NE(outcome(std::string("x") + bidi + "y").find("bidirectional control"), std::string::npos) << bidi;
  EXPECT_EQ(outcome("天\xe2\x80\x8b门"), "name '天\\u200b门' holds an invisible character (U+200B); remove it");
  for (const char* zw : {"\xe2\x80\x8c", "\xe2\x80\x8d", "\xe2\x81\xa0", "\xef\xbb\xbf"})
    EXPECT_NE(outcome(std::string("x") + zw + "y").find("invisible character"), std::string::npos) << zw;
}

TEST(CleanText, KeepsTheRulesOfRequireText) {
  EXPECT_EQ(outcome("\xff"), "name '\\xff' is not valid UTF-8 text; save it as UTF-8");
  EXPECT_NE(outcome(std::string(kMaxTextChars + 1, 'x')).find("characters long"), std::string::npos);
}

TEST(CleanText, AQuotedValueIsCutAt200Characters) {
  std::string long_name;
  for (int i = 0; i < 300; ++i) long_name += "天";
  const std::string why = outcome(long_name + "\x1b");
  std::string cut;
  for (std::size_t i = 0; i < kQuotedChars; ++i) cut += "天";
  EXPECT_EQ(why, "name '" + cut + "…' holds a control character (U+001B); it is one line of text");
}

}  // namespace
}  // namespace keyproj
