#include "util/field_text.h"

#include <utf8proc.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

std::string code_point(utf8proc_int32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
  return buf;
}

// Printable ASCII and the CJK Unified Ideographs (U+4E00–U+9FFF) are their own NFC form and
// compose with nothing: a text made only of them needs no normalising (nearly every field).
bool plainly_composed(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
    } else if (b >= 0xe4 && b <= 0xe9 && s.size() - i >= 3) {
      i += 3;  // valid UTF-8 already: a lead byte E4–E9 starts U+4000–U+9FFF
      if (b == 0xe4 && static_cast<unsigned char>(s[i - 2]) < 0xb8) return false;  // below U+4E00
    } else {
      return false;
    }
  }
  return true;
}

std::string composed(const std::string& s) {
  utf8proc_uint8_t* out = nullptr;
  const utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                          static_cast<utf8proc_ssize_t>(s.size()), &out,
                                          static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
  if (n < 0) return s;  // valid UTF-8 was checked first: nothing else makes utf8proc fail
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

}  // namespace

std::string trimmed(std::string_view s) {
  constexpr std::string_view kIdeographic = "\u3000";
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'; };
  for (;;) {
    if (!s.empty() && space(s.front())) s.remove_prefix(1);
    else if (s.starts_with(kIdeographic)) s.remove_prefix(kIdeographic.size());
    else break;
  }
  for (;;) {
    if (!s.empty() && space(s.back())) s.remove_suffix(1);
    else if (s.ends_with(kIdeographic)) s.remove_suffix(kIdeographic.size());
    else break;
  }
  return std::string(s);
}

std::string clean_text(std::string_view s, std::string_view field, Lines lines) {
  require_text(s, field);
  std::string t = trimmed(s);
  for (std::size_t i = 0; i < t.size();) {
    const auto b = static_cast<unsigned char>(t[i]);
    if (b >= 0x20 && b < 0x7f) {
      ++i;
      continue;
    }
    if (b >= 0xe4 && b <= 0xe9) {  // U+4000–U+9FFF (valid UTF-8 was checked): none is refused
      i += 3;
      continue;
    }
    utf8proc_int32_t cp;
    const utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(t.data() + i),
                                                static_cast<utf8proc_ssize_t>(t.size() - i), &cp);
    i += static_cast<std::size_t>(n);
    switch (unsafe_kind(static_cast<char32_t>(cp))) {
      case Unsafe::None:
        break;
      case Unsafe::Control:
        // A sheet's cell of several lines may end them CR LF: kept as written, so that an
        // export imported again is the same file. A CR alone would overwrite a line shown.
        if (lines == Lines::Many && (cp == '\n' || cp == '\t' || (cp == '\r' && i < t.size() && t[i] == '\n'))) break;
        throw rejected(lines == Lines::Many
                           ? trf("{} {} holds a control character ({}); only newline and tab may be", field, quote(s),
                                 code_point(cp))
                           : trf("{} {} holds a control character ({}); it is one line of text", field, quote(s),
                                 code_point(cp)));
      case Unsafe::Bidi:
        throw rejected(trf("{} {} holds a bidirectional control ({}), which makes text read otherwise than it is "
                           "stored; remove it",
                           field, quote(s), code_point(cp)));
      case Unsafe::Invisible:
        throw rejected(trf("{} {} holds an invisible character ({}); remove it", field, quote(s), code_point(cp)));
    }
  }
  if (plainly_composed(t)) return t;
  // A few characters compose into more than one (U+0958 is U+0915 U+093C): the limit holds
  // for what is kept.
  std::string kept = composed(t);
  if (const std::string why = length_refusal(kept, field); !why.empty()) throw rejected(why);
  return kept;
}

}  // namespace keyproj
