#include "util/text.h"

#include <gtest/gtest.h>

#include "util/error.h"

namespace keyproj {
namespace {

TEST(DisplayWidth, ChineseTakesTwoColumns) {
  EXPECT_EQ(display_width("abc"), 3u);
  EXPECT_EQ(display_width("天门"), 4u);
  EXPECT_EQ(display_width("TM-011 物流园"), 13u);
  EXPECT_EQ(display_width("（一期）"), 8u);
  EXPECT_EQ(display_width(""), 0u);
}

TEST(TruncateToWidth, CutsWithAnEllipsisWithinTheWidth) {
  EXPECT_EQ(truncate_to_width("天门市综合物流产业园项目", 10), "天门市综…");
  EXPECT_EQ(truncate_to_width("天门市综合物流产业园项目", 9), "天门市综…");
  EXPECT_EQ(truncate_to_width("short", 10), "short");
  EXPECT_EQ(truncate_to_width("abcdef", 4), "abc…");
  EXPECT_EQ(display_width(truncate_to_width("天门市综合物流产业园项目", 9)), 9u);
}

TEST(PadToWidth, PadsByDisplayWidth) {
  EXPECT_EQ(pad_to_width("天门", 6), "天门  ");
  EXPECT_EQ(pad_to_width("TM", 4, true), "  TM");
  EXPECT_EQ(pad_to_width("天门市", 4), "天门市");
}

TEST(Utf8, RejectsInvalidBytesAndNul) {
  EXPECT_TRUE(is_valid_utf8("天门 TM"));
  EXPECT_FALSE(is_valid_utf8("\xff\xfe"));
  EXPECT_FALSE(is_valid_utf8(std::string("a\0b", 3)));
  EXPECT_FALSE(is_valid_utf8("\xe5\xa4"));  // a cut-off character
  try {
    require_text("\xff", "note");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Rejected);
    EXPECT_STREQ(e.what(), "note '\\xff' is not valid UTF-8 text; save it as UTF-8");
  }
}

std::string refusal(std::string_view s) {
  try {
    require_text(s, "name");
  } catch (const Error& e) {
    return e.what();
  }
  return "accepted";
}

TEST(Utf8, TheRefusalNamesTheValueWithItsBadBytesEscaped) {
  EXPECT_EQ(refusal("天门\xe5\xb8"), "name '天门\\xe5\\xb8' is not valid UTF-8 text; save it as UTF-8");
  EXPECT_EQ(refusal("GBK \xcc\xec"), "name 'GBK \\xcc\\xec' is not valid UTF-8 text; save it as UTF-8");
  EXPECT_EQ(refusal(std::string("a\0b", 3)), "name 'a\\x00b' holds a NUL byte; text cannot");
  EXPECT_EQ(refusal(std::string("\xff\0", 2)), "name '\\xff\\x00' is not valid UTF-8 text; save it as UTF-8");
  // A long value is cut: the sentence stays a sentence.
  EXPECT_EQ(refusal(std::string(100000, 'x') + "\xff"),
            "name '" + std::string(60, 'x') + "…' is not valid UTF-8 text; save it as UTF-8");
  EXPECT_EQ(refusal("天门"), "accepted");
}

TEST(Utf8, TextLongerThanTheLimitIsRefusedWithItsLength) {
  EXPECT_EQ(char_count("天门 TM"), 5u);
  EXPECT_EQ(refusal(std::string(kMaxTextChars, 'x')), "accepted");
  std::string chinese;
  for (std::size_t i = 0; i <= kMaxTextChars; ++i) chinese += "天";
  EXPECT_EQ(refusal(chinese), "name '天天天天天天天天天天天天天天天天天天天天…' is 10001 characters long; a text holds at most 10000");
  // 10000 Chinese characters are 30000 bytes: the limit counts characters.
  chinese.resize(chinese.size() - 3);
  EXPECT_EQ(refusal(chinese), "accepted");
}

}  // namespace
}  // namespace keyproj
