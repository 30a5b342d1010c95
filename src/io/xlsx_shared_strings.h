#pragma once
// A workbook's shared-string table (xl/sharedStrings.xml): Excel, WPS and LibreOffice write
// each distinct text once there, and a cell names it by index (t="s"). Rich text (runs of
// several fonts) reads as its plain text; the phonetic guides Japanese sheets carry (rPh) are
// no part of it.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace keyproj {

// The most characters a cell holds (Excel's limit).
inline constexpr std::size_t kMaxCellChars = 32767;

struct SharedStrings {
  std::vector<std::string> strings;
  // The string `index`, or nullptr past the table's end.
  const std::string* at(std::size_t index) const { return index < strings.size() ? &strings[index] : nullptr; }
};

// The table whose bytes `pieces` hands, in pieces, to the function it is given (a part of a
// zip as it inflates); `what` names it in errors.
using XmlPieces = std::function<void(const std::function<void(std::string_view)>&)>;
SharedStrings read_shared_strings(const XmlPieces& pieces, const std::string& what);
// The table of `xml` at once (a test's, the fuzz target's).
SharedStrings read_shared_strings(std::string_view xml, const std::string& what);

}  // namespace keyproj
