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
    EXPECT_STREQ(e.what(), "note is not valid UTF-8 text (or holds a NUL byte)");
  }
}

}  // namespace
}  // namespace keyproj
