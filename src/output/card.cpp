#include "output/card.h"

#include <algorithm>
#include <ostream>

#include "util/text.h"

namespace keyproj {

void Card::line(std::string label, std::string_view value) {
  std::string shown;
  for (std::size_t start = 0;;) {
    const std::size_t end = value.find('\n', start);
    shown += terminal_text(value.substr(start, end - start));
    if (end == std::string_view::npos) break;
    shown += '\n';
    start = end + 1;
  }
  lines_.emplace_back(std::move(label), std::move(shown));
}

void Card::print(std::ostream& out) const {
  std::size_t width = 0;
  for (const auto& [label, value] : lines_) width = std::max(width, display_width(label));
  for (const auto& [label, value] : lines_) {
    // Continuation lines of a long value line up under its first line.
    std::string indented;
    for (char c : value) {
      indented += c;
      if (c == '\n') indented += std::string(width + 2, ' ');
    }
    out << pad_to_width(label, width) << "  " << indented << "\n";
  }
}

}  // namespace keyproj
