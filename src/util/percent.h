#pragma once
// A percentage as officers and spreadsheets write it, read one way for `log --progress` and for
// an import's progress column, so that both accept the same words.

#include <optional>
#include <string_view>

namespace keyproj {

// "45", "45%", or "40.0" (a whole number as a spreadsheet saves it): a whole number from 0 to
// 100. Empty for anything else (a fraction such as 4.5, a sign, a space, more than 100).
std::optional<int> parse_percent(std::string_view text);

}  // namespace keyproj
