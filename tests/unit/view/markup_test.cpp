#include "view/markup.h"

#include <gtest/gtest.h>

#include <string>

namespace keyproj {
namespace {

TEST(MarkupText, WritesTheFiveSpecialCharactersAsEntities) {
  EXPECT_EQ(markup_text("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
  EXPECT_EQ(markup_text("A&B \"x\" 'y'"), "A&amp;B &quot;x&quot; &#39;y&#39;");
  EXPECT_EQ(markup_text("&amp;"), "&amp;amp;");
}

TEST(MarkupText, KeepsOrdinaryTextAsItIs) {
  EXPECT_EQ(markup_text("天门市商务局 TM-011 45%"), "天门市商务局 TM-011 45%");
  EXPECT_EQ(markup_text(""), "");
  EXPECT_EQ(markup_text("a\tb\nc\rd"), "a\tb\nc\rd");
}

TEST(MarkupText, DropsWhatXmlForbids) {
  EXPECT_EQ(markup_text(std::string("a\0b", 3)), "ab");
  EXPECT_EQ(markup_text("a\x01\x08\x0b\x0c\x1b[31mb\x1f"), "a[31mb");
  EXPECT_EQ(markup_text("x\xEF\xBF\xBEy\xEF\xBF\xBFz"), "xyz");  // U+FFFE, U+FFFF
}

TEST(MarkupText, ReplacesBytesThatAreNotUtf8) {
  EXPECT_EQ(markup_text(std::string("a\xff") + "b"), std::string("a\xEF\xBF\xBD") + "b");
  EXPECT_EQ(markup_text("\xE5\xA4"), "\xEF\xBF\xBD\xEF\xBF\xBD");                  // a character cut short
  EXPECT_EQ(markup_text("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  EXPECT_EQ(markup_text("\xC0\xBC"), "\xEF\xBF\xBD\xEF\xBF\xBD");                  // an overlong <
}

}  // namespace
}  // namespace keyproj
