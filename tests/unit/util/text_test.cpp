#include "util/text.h"

#include <gtest/gtest.h>
#include <utf8proc.h>

#include "util/error.h"
#include "unit/in_language.h"
#include "unit/refusal.h"

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
  // Head and tail, half the columns each, the ellipsis between.
  EXPECT_EQ(truncate_to_width("天门市综合物流产业园项目", 10), "天门…项目");
  EXPECT_EQ(truncate_to_width("天门市综合物流产业园项目", 9), "天门…项目");
  EXPECT_EQ(truncate_to_width("天门市综合物流产业园项目", 11), "天门…园项目");  // the head's odd column goes to the tail
  EXPECT_EQ(truncate_to_width("short", 10), "short");
  EXPECT_EQ(truncate_to_width("abcdef", 4), "ab…f");
  EXPECT_EQ(truncate_to_width("abcdef", 1), "…");
  EXPECT_EQ(display_width(truncate_to_width("天门市综合物流产业园项目", 9)), 9u);
}

// display_width's own answer for the commonest characters must be utf8proc's, character for
// character: what utf8proc says a string takes, summed the way text.cpp did before its fast path.
std::size_t utf8proc_width(std::string_view s) {
  std::size_t w = 0;
  for (std::size_t i = 0; i < s.size();) {
    utf8proc_int32_t cp;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                    static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {
      w += 1;  // an invalid byte: one column
      i += 1;
      continue;
    }
    const int cw = utf8proc_charwidth(cp);
    w += cw < 0 ? 0 : static_cast<std::size_t>(cw);
    i += static_cast<std::size_t>(n);
  }
  return w;
}

std::string utf8(utf8proc_int32_t cp) {
  utf8proc_uint8_t buf[4];
  const auto n = utf8proc_encode_char(cp, buf);
  return std::string(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

TEST(DisplayWidth, EveryAsciiCharacterAsUtf8procSays) {
  for (int c = 0; c < 0x80; ++c) {
    const std::string s(1, static_cast<char>(c));
    EXPECT_EQ(display_width(s), utf8proc_width(s)) << "U+" << std::hex << c;
  }
  EXPECT_EQ(display_width("\t\x1b[31mred\x7f"), 7u);  // control characters take no column
}

TEST(DisplayWidth, EveryCjkIdeographAndItsNeighboursAsUtf8procSays) {
  // The block the fast path answers (U+4E00–U+9FFF), and around it what shares its lead bytes
  // or borders it: extension A, the Yijing hexagrams (U+4DC0–U+4DFF), the Yi syllables.
  for (utf8proc_int32_t cp = 0x3400; cp <= 0xa0ff; ++cp) {
    const std::string s = utf8(cp);
    ASSERT_EQ(display_width(s), utf8proc_width(s)) << "U+" << std::hex << cp;
  }
}

TEST(DisplayWidth, OtherScriptsMarksEmojiAndBadBytesAsUtf8procSays) {
  for (const std::string s : {"e\u0301", "\u5929\u0301\u95e8", "\u200b", "\U0001F600", "\U0001F1E8\U0001F1F3",
                              "\uff08\u4e00\uff09", "\u3000\u3001", "\uac00\ud7a3", "\U00020000", "Stra\u00dfe \u0394",
                              "\xe4\xb8", "\xe4\xb8" "a", "\xe9\xbf\xbf\xea\x80\x80", "\xff\xfe", "\xed\xa0\x80",
                              "\xe0\x80\x80", "\xc0\xaf", "\u2026"}) {
    EXPECT_EQ(display_width(s), utf8proc_width(s)) << s;
  }
  EXPECT_EQ(display_width("e\u0301"), 1u);         // a combining mark takes no column
  EXPECT_EQ(display_width("\U0001F600"), 2u);      // an emoji takes two
  EXPECT_EQ(display_width("\xe4\xb8"), 2u);        // a cut-off ideograph: two bad bytes
}

TEST(TruncateToWidth, NamesAlikeAtTheStartStayApart) {
  // Three projects of one city, cut to 17 columns: each keeps its own end.
  EXPECT_EQ(truncate_to_width("鄂州国际航空货运枢纽项目", 17), "鄂州国际…枢纽项目");
  EXPECT_EQ(truncate_to_width("鄂州国际航空货运物流园区", 17), "鄂州国际…物流园区");
  EXPECT_EQ(truncate_to_width("鄂州国际航空货运冷链中心", 17), "鄂州国际…冷链中心");
  // A wide character that does not fit the head's half leaves its column to the tail.
  EXPECT_EQ(truncate_to_width("a天门市物流b", 8), "a天…流b");
}

TEST(TruncateToWidth, CutsMixedAndBrokenTextAtCharacters) {
  EXPECT_EQ(truncate_to_width("TM-011 \u7269\u6d41\u56ed", 9), "TM-0\u2026\u6d41\u56ed");
  EXPECT_EQ(truncate_to_width("TM-011 \u7269\u6d41\u56ed", 10), "TM-01\u2026\u6d41\u56ed");
  EXPECT_EQ(truncate_to_width("TM-011 \u7269\u6d41\u56ed", 8), "TM-0\u2026\u56ed");  // no half ideograph
  EXPECT_EQ(truncate_to_width("e\u0301e\u0301e\u0301", 2), "e\u0301\u2026");  // no mark without its letter
  EXPECT_EQ(truncate_to_width("e\u0301e\u0301e\u0301e\u0301", 3), "e\u0301\u2026e\u0301");
  EXPECT_EQ(truncate_to_width("\xe4\xb8\xe4\xb8", 3), "\xe4\u2026\xb8");
  EXPECT_EQ(truncate_to_width("abc", 0), "");
  std::string out = "x";
  EXPECT_EQ(fit_to_width("\u5929\u95e8\u5e02", 5, out), 5u);
  EXPECT_EQ(out, "x\u5929\u2026\u5e02");
  EXPECT_EQ(fit_to_width("ab", 5, out), 2u);
  EXPECT_EQ(out, "x\u5929\u2026\u5e02ab");
  // What fit_to_width says it appended is what display_width measures, cut or not.
  for (const std::string s : {"\u5929\u95e8\u5e02 TM", "e\u0301\u0301xyz", "\U0001F600\U0001F600\U0001F600", "\xff\xfe" "abc"})
    for (std::size_t width = 0; width < 8; ++width) {
      std::string cut;
      const std::size_t said = fit_to_width(s, width, cut);
      EXPECT_EQ(said, display_width(cut)) << s << " in " << width;
      EXPECT_LE(display_width(cut), width);
    }
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

// is_valid_utf8 answers ASCII and the common three-byte characters itself: it must agree with
// utf8proc on every one- and two-byte text and on every three-byte text led by E0–EF.
TEST(Utf8, AgreesWithUtf8procOnEveryShortText) {
  auto reference = [](const std::string& s) {
    for (std::size_t i = 0; i < s.size();) {
      utf8proc_int32_t cp;
      const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                      static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
      if (n <= 0 || cp <= 0) return false;
      i += static_cast<std::size_t>(n);
    }
    return true;
  };
  std::size_t differing = 0;
  for (int a = 0; a < 256; ++a) {
    const std::string one(1, static_cast<char>(a));
    differing += is_valid_utf8(one) != reference(one);
    for (int b = 0; b < 256; ++b) {
      const std::string two{static_cast<char>(a), static_cast<char>(b)};
      differing += is_valid_utf8(two) != reference(two);
      if (a < 0xe0 || a > 0xef) continue;
      for (int c = 0; c < 256; ++c) {
        const std::string three{static_cast<char>(a), static_cast<char>(b), static_cast<char>(c)};
        differing += is_valid_utf8(three) != reference(three);
      }
    }
  }
  EXPECT_EQ(differing, 0u);
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

TEST(TerminalText, EscapesWhatATerminalWouldObey) {
  EXPECT_EQ(terminal_text("天门 TM-011"), "天门 TM-011");
  EXPECT_EQ(terminal_text("a\x1b[31mb"), "a\\x1b[31mb");
  EXPECT_EQ(terminal_text("a\tb\nc\rd\x7f"), "a\\x09b\\x0ac\\x0dd\\x7f");
  EXPECT_EQ(terminal_text("\xc2\x85"), "\\u0085");                 // C1: NEL
  EXPECT_EQ(terminal_text("abc\xe2\x80\xae" "fed"), "abc\\u202efed");  // RIGHT-TO-LEFT OVERRIDE
  EXPECT_EQ(terminal_text("a\xe2\x81\xa6" "b"), "a\\u2066b");         // LEFT-TO-RIGHT ISOLATE
  EXPECT_EQ(terminal_text("\xd8\x9c"), "\\u061c");                 // ARABIC LETTER MARK
  EXPECT_EQ(terminal_text("a\xe2\x80\x8b" "b"), "a\\u200bb");         // ZERO WIDTH SPACE
  EXPECT_EQ(terminal_text("\xef\xbb\xbf" "a"), "\\ufeffa");           // BOM
  EXPECT_EQ(terminal_text("a\xff" "b"), "a\\xffb");                    // not UTF-8
  EXPECT_EQ(terminal_text("é中文（一期）"), "é中文（一期）");
}

TEST(Quote, CutsALongValueAtACharacterBoundary) {
  EXPECT_EQ(quote("TM-011"), "'TM-011'");
  // Built by appending: "'" + a temporary string makes GCC 12 warn of an overlap (-Wrestrict).
  EXPECT_EQ(quote(std::string(kQuotedChars, 'x')), std::string("'").append(kQuotedChars, 'x').append("'"));
  EXPECT_EQ(quote(std::string(kQuotedChars + 1, 'x')), std::string("'").append(kQuotedChars, 'x').append("…'"));
  std::string chinese;
  for (int i = 0; i < 300; ++i) chinese += "天";
  std::string cut;
  for (std::size_t i = 0; i < kQuotedChars; ++i) cut += "天";
  EXPECT_EQ(quote(chinese), "'" + cut + "…'");
  EXPECT_TRUE(is_valid_utf8(quote(chinese)));
  EXPECT_EQ(quote("a\x1b" "b"), "'a\\x1bb'");
}

TEST(RequireText, ARefusalUnderChineseIsAChineseSentence) {
  InLanguage zh(Lang::Zh);
  EXPECT_EQ(refusal_of([] { require_text("天门\xff", "--name"); }), "--name '天门\\xff' 不是有效的 UTF-8 文字；请存为 UTF-8");
  EXPECT_EQ(refusal_of([] { require_text(std::string("a\0b", 3), "note"); }), "note 'a\\x00b' 含有 NUL 字节；文字中不能有");
  const std::string long_text(kMaxTextChars + 1, 'x');
  EXPECT_EQ(refusal_of([&] { require_text(long_text, "--note"); }),
            std::string("--note '").append(20, 'x').append("…' 长 ") + std::to_string(kMaxTextChars + 1) +
                " 个字符；文字最多 " + std::to_string(kMaxTextChars) + " 个字符");
}

}  // namespace
}  // namespace keyproj
