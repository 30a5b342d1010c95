#include "cli/help_layout.h"

#include <utf8proc.h>

#include <algorithm>
#include <string_view>

#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

struct Char {
  std::size_t at;     // first byte
  std::size_t bytes;
  std::size_t width;  // columns
  char32_t cp;        // U+FFFD for a byte that begins no well-formed character
};

std::vector<Char> chars_of(std::string_view s) {
  std::vector<Char> out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                    static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    const std::size_t bytes = n > 0 ? static_cast<std::size_t>(n) : 1;
    out.push_back({i, bytes, display_width(s.substr(i, bytes)), n > 0 ? static_cast<char32_t>(cp) : U'\uFFFD'});
    i += bytes;
  }
  return out;
}

// Punctuation a line must not begin with, or end with, when it is broken between two
// characters of which one is Chinese: "，" stays with the word before it, "（" with the one after.
bool closing(char32_t c) {
  return std::u32string_view(U"，。、；：？！）》」』”’,.;:!?)]}").find(c) != std::u32string_view::npos;
}
bool opening(char32_t c) { return std::u32string_view(U"（《「『“‘([{").find(c) != std::u32string_view::npos; }

// Whether a line may end before chars[k]: at a space, as Boost breaks English, or beside a
// wide (Chinese) character, which needs no space to be broken from its neighbour.
bool may_break(const std::vector<Char>& chars, std::size_t k) {
  const Char& before = chars[k - 1];
  const Char& after = chars[k];
  if (before.cp == U' ' || after.cp == U' ') return true;
  return (before.width == 2 || after.width == 2) && !closing(after.cp) && !opening(before.cp);
}

// Boost's format_paragraph, in columns: a line takes what fits; when that ends inside a word it
// ends at the last break instead, if that leaves less than half the line empty (else the word
// is cut, between two characters). A line after the first loses one leading space.
void wrap_paragraph(std::string_view par, std::size_t indent, std::size_t line_length, std::string& out) {
  const std::vector<Char> chars = chars_of(par);
  const std::size_t n = chars.size();
  const std::size_t avail = line_length > indent ? line_length - indent : 1;
  std::size_t i = 0;
  bool first = true;
  while (i < n) {
    if (!first && chars[i].cp == U' ' && i + 1 < n && chars[i + 1].cp != U' ') ++i;
    std::size_t j = i;
    std::size_t used = 0;
    while (j < n && used + chars[j].width <= avail) used += chars[j++].width;
    if (j == i) j = i + 1;  // a wide character on a line of one column: shown whole, never split
    if (j < n && !may_break(chars, j)) {
      std::size_t k = j - 1;
      while (k > i && !may_break(chars, k)) --k;
      if (k > i) {
        std::size_t tail = 0;
        for (std::size_t t = k; t < j; ++t) tail += chars[t].width;
        if (tail < avail / 2) j = k;
      }
    }
    const std::size_t from = chars[i].at;
    const std::size_t to = j < n ? chars[j].at : par.size();
    out.append(par.substr(from, to - from));
    first = false;
    if (j < n) {
      out += '\n';
      out.append(indent, ' ');
    }
    i = j;
  }
}

// Boost keeps the terminal's last column free: a line that fills it would wrap on some terminals.
std::size_t usable(std::size_t width) { return width > 1 ? width - 1 : 1; }

}  // namespace

std::vector<HelpRow> option_rows(const boost::program_options::options_description& options) {
  std::vector<HelpRow> rows;
  for (const auto& o : options.options()) {
    std::string value = o->format_parameter();
    // TRANSLATORS: the placeholder of an option's value in help, as in "--db arg".
    if (value == "arg") value = trc("placeholder", "arg");
    rows.push_back({"  " + o->format_name() + " " + value, o->description()});
  }
  return rows;
}

std::size_t option_column(const std::vector<HelpRow>& rows, std::size_t width) {
  std::size_t natural = 23;
  for (const HelpRow& r : rows) natural = std::max(natural, display_width(r.left));
  const std::size_t limit = std::max<std::size_t>({width > 40 ? width - 40 : 0, width / 2, 1});
  return std::min(natural, limit - 1) + 1;
}

std::string wrap_text(std::string_view paragraph, std::size_t indent, std::size_t width) {
  std::string out;
  wrap_paragraph(paragraph, indent, usable(width), out);
  return out;
}

std::string two_columns(const std::vector<HelpRow>& rows, std::size_t column, std::size_t width) {
  std::string out;
  for (const HelpRow& r : rows) {
    out += r.left;
    if (!r.text.empty()) {
      const std::size_t left = display_width(r.left);
      if (left >= column) {
        out += '\n';
        out.append(column, ' ');
      } else {
        out.append(column - left, ' ');
      }
      std::string_view text = r.text;
      for (std::size_t start = 0;;) {
        const std::size_t end = text.find('\n', start);
        wrap_paragraph(text.substr(start, end - start), column, usable(width), out);
        if (end == std::string_view::npos) break;
        out += '\n';
        out.append(column, ' ');
        start = end + 1;
      }
    }
    out += '\n';
  }
  return out;
}

}  // namespace keyproj
