#pragma once
// What a workbook's styles (xl/styles.xml) say of a number in a cell: whether the officer
// sees it as a date (a serial number of days shown as 2026-11-30), as a percentage (0.45
// shown as 45%), or as the number it is. Each cell names its style by index (s="3"); the
// style names a number format, built in (14 is a date, 9 a percentage) or written out in
// the file (yyyy"年"m"月"d"日").

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace keyproj {

enum class NumberFormat { General, Date, Percent };

// The kind of format `id`, whose code (for the ids a file defines) is `code`.
NumberFormat classify_format(unsigned id, std::string_view code);

class CellStyles {
 public:
  // The format of the cell style `index`; General for a style the file does not define.
  NumberFormat format(std::size_t index) const {
    return index < formats_.size() ? formats_[index] : NumberFormat::General;
  }
  void add(NumberFormat f) { formats_.push_back(f); }

 private:
  std::vector<NumberFormat> formats_;
};

// Reads styles.xml (numFmts and cellXfs); `what` names it in errors.
CellStyles read_styles(std::string_view xml, const std::string& what);

}  // namespace keyproj
