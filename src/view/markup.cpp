#include "view/markup.h"

#include <utf8proc.h>

namespace keyproj {
namespace {

// The entity that stands for `c` in text and in a quoted attribute, or "" when `c` stands for
// itself.
std::string_view entity_of(char c) {
  switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return "&#39;";
    default: return "";
  }
}

}  // namespace

std::string markup_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      if (const std::string_view entity = entity_of(static_cast<char>(b)); !entity.empty())
        out += entity;
      else if (b >= 0x20 || b == '\t' || b == '\n' || b == '\r')
        out += static_cast<char>(b);
      continue;
    }
    utf8proc_int32_t cp = -1;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                    static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0 || cp < 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD: the byte said as unreadable, not dropped unseen
      ++i;
      continue;
    }
    if (cp != 0xfffe && cp != 0xffff) out.append(s.substr(i, static_cast<std::size_t>(n)));
    i += static_cast<std::size_t>(n);
  }
  return out;
}

}  // namespace keyproj
