#include "util/text.h"

#include <utf8proc.h>

#include "util/error.h"

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

}  // namespace

bool is_valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    utf8proc_int32_t cp;
    i += next(s, i, cp);
    if (cp <= 0) return false;  // invalid, or NUL
  }
  return true;
}

std::size_t display_width(std::string_view s) {
  std::size_t w = 0;
  for (std::size_t i = 0; i < s.size();) {
    utf8proc_int32_t cp;
    i += next(s, i, cp);
    w += width_of(cp);
  }
  return w;
}

std::string truncate_to_width(std::string_view s, std::size_t width) {
  if (display_width(s) <= width) return std::string(s);
  if (width == 0) return {};
  std::string out;
  std::size_t used = 0;
  for (std::size_t i = 0; i < s.size();) {
    utf8proc_int32_t cp;
    const std::size_t n = next(s, i, cp);
    const std::size_t w = width_of(cp);
    if (used + w > width - 1) break;  // keep one column for the ellipsis
    out.append(s.substr(i, n));
    used += w;
    i += n;
  }
  return out + "…";
}

std::string pad_to_width(std::string_view s, std::size_t width, bool right) {
  const std::size_t w = display_width(s);
  const std::string fill(w < width ? width - w : 0, ' ');
  return right ? fill + std::string(s) : std::string(s) + fill;
}

std::string escape_bytes(std::string_view s, std::size_t max_chars) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size(); ++chars) {
    if (chars == max_chars) return out + "…";
    utf8proc_int32_t cp;
    const std::size_t n = next(s, i, cp);
    if (cp <= 0) {
      const auto b = static_cast<unsigned char>(s[i]);
      out += "\\x";
      out += kHex[b >> 4];
      out += kHex[b & 15];
    } else {
      out.append(s.substr(i, n));
    }
    i += n;
  }
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
  return std::string(field) + " '" + escape_bytes(s, 20) + "' is " + std::to_string(n) +
         " characters long; a text holds at most " + std::to_string(kMaxTextChars);
}

void require_text(std::string_view s, std::string_view field) {
  if (is_valid_utf8(s)) {
    if (const std::string why = length_refusal(s, field); !why.empty()) throw rejected(why);
    return;
  }
  // The value is named with its bad bytes escaped, so that the sentence is itself valid text
  // (and a 10 MB value does not become a 10 MB message).
  const std::string shown = std::string(field) + " '" + escape_bytes(s, 60) + "'";
  std::string without_nul(s);
  std::erase(without_nul, '\0');
  if (without_nul.size() != s.size() && is_valid_utf8(without_nul))
    throw rejected(shown + " holds a NUL byte; text cannot");
  throw rejected(shown + " is not valid UTF-8 text; save it as UTF-8");
}

}  // namespace keyproj
