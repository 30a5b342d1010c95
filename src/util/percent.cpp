#include "util/percent.h"

namespace keyproj {

std::optional<int> parse_percent(std::string_view text) {
  if (!text.empty() && text.back() == '%') text.remove_suffix(1);
  if (text.size() > 2 && text.substr(text.size() - 2) == ".0") text.remove_suffix(2);
  if (text.empty() || text.size() > 3) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');  // three digits at most: no overflow
  }
  if (value > 100) return std::nullopt;
  return value;
}

}  // namespace keyproj
