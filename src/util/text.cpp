#include "util/text.h"

#include <utf8proc.h>

#include <vector>

#include "util/error.h"
#include "util/translate.h"

namespace keyproj {
namespace {

// Decodes one code point at `s[i]`; returns its byte length, and -1 in `cp` for an invalid byte.
std::size_t next(std::string_view s, std::size_t i, utf8proc_int32_t& cp) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i);
  const utf8proc_ssize_t n = utf8proc_iterate(p, static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0) {
    cp = -1;
    return 1;
  }
  return static_cast<std::size_t>(n);
}

std::size_t width_of(utf8proc_int32_t cp) {
  if (cp < 0) return 1;
  const int w = utf8proc_charwidth(cp);
  return w < 0 ? 0 : static_cast<std::size_t>(w);
}

// One character of `s` at `i`: its bytes and its columns.
struct Glyph {
  std::size_t bytes;
  std::size_t width;
};

// The characters almost every cell is made of are answered here, without utf8proc's table
// look-ups (a table of 30,000 overdue rows spent an eighth of its time in them): ASCII (one
// column, none for a control character, as utf8proc says) and the CJK Unified Ideographs
// U+4E00–U+9FFF, wide (W) as a whole block in Unicode's EastAsianWidth.txt, assigned or not.
// Everything else goes to utf8proc. tests/unit/util/text_test.cpp checks both ranges against it.
Glyph glyph_at(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {1, b0 >= 0x20 && b0 != 0x7f ? 1u : 0u};
  if (b0 >= 0xe4 && b0 <= 0xe9 && s.size() - i >= 3) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    if ((b1 & 0xc0) == 0x80 && (b2 & 0xc0) == 0x80) {
      const unsigned cp = (b0 & 0x0fu) << 12 | (b1 & 0x3fu) << 6 | (b2 & 0x3fu);
      if (cp >= 0x4e00) return {3, 2};  // at most U+9FFF from these lead bytes
    }
  }
  utf8proc_int32_t cp;
  const std::size_t n = next(s, i, cp);
  return {n, width_of(cp)};
}

}  // namespace

bool is_valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    // ASCII other than NUL is valid by itself: every field of an import passes here.
    const auto b = static_cast<unsigned char>(s[i]);
    if (b != 0 && b < 0x80) {
      ++i;
      continue;
    }
    // So is a three-byte character led by E1–EC (U+1000–U+CFFF: the CJK ideographs among
    // them): no overlong form and no surrogate starts so.
    if (b >= 0xe1 && b <= 0xec && s.size() - i >= 3 && (static_cast<unsigned char>(s[i + 1]) & 0xc0) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) & 0xc0) == 0x80) {
      i += 3;
      continue;
    }
    utf8proc_int32_t cp;
    i += next(s, i, cp);
    if (cp <= 0) return false;  // invalid, or NUL
  }
  return true;
}

std::size_t display_width(std::string_view s) {
  std::size_t w = 0;
  for (std::size_t i = 0; i < s.size();) {
    const Glyph g = glyph_at(s, i);
    i += g.bytes;
    w += g.width;
  }
  return w;
}

// Text that fits is measured once and appended. Text too wide keeps its head and its tail,
// half the columns each (the head takes the odd one), with "…" between them: names of one
// city share their beginning (鄂州市…) and tell themselves apart at the end (…枢纽项目).
std::size_t fit_to_width(std::string_view s, std::size_t width, std::string& out) {
  std::size_t used = 0;
  for (std::size_t i = 0; i < s.size() && used <= width;) {
    const Glyph g = glyph_at(s, i);
    used += g.width;
    i += g.bytes;
  }
  if (used <= width) {
    out.append(s);
    return used;
  }
  if (width == 0) return 0;
  const std::size_t room = width - 1;  // beside the ellipsis
  // The head: as many characters as fit in its half, and the marks that follow them.
  std::size_t head = 0;
  std::size_t head_used = 0;
  for (std::size_t i = 0; i < s.size();) {
    const Glyph g = glyph_at(s, i);
    if (head_used + g.width > (room + 1) / 2) break;
    head_used += g.width;
    i += g.bytes;
    head = i;
  }
  // The tail: the characters that fit in the rest, found from the end. A character's start is
  // a byte that is not a UTF-8 continuation (an invalid byte counts as one of its own).
  std::vector<std::size_t> starts;
  for (std::size_t i = head; i < s.size();) {
    starts.push_back(i);
    i += glyph_at(s, i).bytes;
  }
  std::size_t tail = s.size();
  std::size_t tail_used = 0;
  for (auto it = starts.rbegin(); it != starts.rend(); ++it) {
    const Glyph g = glyph_at(s, *it);
    if (head_used + tail_used + g.width > room) break;
    tail_used += g.width;
    tail = *it;
  }
  // A tail that would open with a combining mark, its base cut off, opens after it.
  while (tail < s.size()) {
    const Glyph g = glyph_at(s, tail);
    if (g.width != 0) break;
    tail += g.bytes;
  }
  out.append(s.substr(0, head));
  out.append("…");
  out.append(s.substr(tail));
  return head_used + 1 + tail_used;
}

std::string truncate_to_width(std::string_view s, std::size_t width) {
  std::string out;
  fit_to_width(s, width, out);
  return out;
}

std::string pad_to_width(std::string_view s, std::size_t width, bool right) {
  const std::size_t w = display_width(s);
  const std::string fill(w < width ? width - w : 0, ' ');
  return right ? fill + std::string(s) : std::string(s) + fill;
}

Unsafe unsafe_kind(char32_t cp) {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return Unsafe::Control;
  if (cp < 0x600) return Unsafe::None;
  if (cp == 0x061c || cp == 0x200e || cp == 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069))
    return Unsafe::Bidi;
  if ((cp >= 0x200b && cp <= 0x200d) || cp == 0x2060 || cp == 0xfeff) return Unsafe::Invisible;
  return Unsafe::None;
}

std::string escape_bytes(std::string_view s, std::size_t max_chars) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size(); ++chars) {
    if (chars == max_chars) return out + "…";
    utf8proc_int32_t cp;
    const std::size_t n = next(s, i, cp);
    if (cp <= 0 || cp < 0x20 || cp == 0x7f) {
      const auto b = static_cast<unsigned char>(s[i]);
      out += "\\x";
      out += kHex[b >> 4];
      out += kHex[b & 15];
    } else if (unsafe_kind(static_cast<char32_t>(cp)) != Unsafe::None) {
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(cp >> shift) & 15];
    } else {
      out.append(s.substr(i, n));
    }
    i += n;
  }
  return out;
}

bool terminal_safe(std::string_view s) {
  // Most cells are printable ASCII and CJK ideographs: they are passed on without decoding.
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b >= 0x20 && b < 0x7f) {
      ++i;
      continue;
    }
    if (b >= 0xe4 && b <= 0xe9 && s.size() - i >= 3 && (static_cast<unsigned char>(s[i + 1]) & 0xc0) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) & 0xc0) == 0x80) {
      i += 3;
      continue;
    }
    utf8proc_int32_t cp;
    i += next(s, i, cp);
    if (cp <= 0 || unsafe_kind(static_cast<char32_t>(cp)) != Unsafe::None) return false;
  }
  return true;
}

std::string terminal_text(std::string_view s) {
  return terminal_safe(s) ? std::string(s) : escape_bytes(s, std::string_view::npos);
}

// Built by appending: "'" + a temporary string makes GCC 12 warn of an overlap (-Wrestrict).
std::string quote(std::string_view value) {
  std::string out = "'";
  out += escape_bytes(value, kQuotedChars);
  out += '\'';
  return out;
}

std::size_t char_count(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++n) {
    utf8proc_int32_t cp;
    i += next(s, i, cp);
  }
  return n;
}

std::string length_refusal(std::string_view s, std::string_view field) {
  if (s.size() <= kMaxTextChars) return "";  // fewer bytes than the limit: fewer characters too
  const std::size_t n = char_count(s);
  if (n <= kMaxTextChars) return "";
  return trf("{} '{}' is {} characters long; a text holds at most {}", field, escape_bytes(s, 20), n, kMaxTextChars);
}

void require_text(std::string_view s, std::string_view field) {
  if (is_valid_utf8(s)) {
    if (const std::string why = length_refusal(s, field); !why.empty()) throw rejected(why);
    return;
  }
  // The value is named with its bad bytes escaped, so that the sentence is itself valid text
  // (and a 10 MB value does not become a 10 MB message).
  const std::string shown = escape_bytes(s, 60);
  std::string without_nul(s);
  std::erase(without_nul, '\0');
  if (without_nul.size() != s.size() && is_valid_utf8(without_nul))
    throw rejected(trf("{} '{}' holds a NUL byte; text cannot", field, shown));
  throw rejected(trf("{} '{}' is not valid UTF-8 text; save it as UTF-8", field, shown));
}

}  // namespace keyproj
