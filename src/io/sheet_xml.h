#pragma once
// The rows of a worksheet part (xl/worksheets/sheetN.xml), streamed: each row goes to the
// sink as soon as its end tag is read. A cell takes its text from the shared-string table,
// from itself (an inline string, a formula's text result) or is a number, TRUE/FALSE or an
// error; its style says whether a number is a date or a percentage.
//
// Merged cells (mergeCells) come after the rows in the file, so a sheet is read twice: first
// merged_ranges() for them, then the rows, where a range merged down (a county written once
// beside its projects, a header cell spanning two header rows) gives its value to the cells
// beneath it in its first column. Refused, naming the sheet and the cell: a row past
// kMaxRows, a column past XFD, a cell over kMaxCellChars, a shared string that is not in the
// table.

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "io/xlsx_cell.h"
#include "io/xlsx_shared_strings.h"
#include "io/xlsx_styles.h"

namespace keyproj {

inline constexpr std::size_t kMaxRows = 1048576;   // Excel's rows
inline constexpr std::size_t kMaxColumns = 16384;  // A … XFD

struct CellRange {
  std::size_t first_row = 0;  // rows from 1, as the sheet shows them
  std::size_t last_row = 0;
  std::size_t first_column = 0;  // columns from 0 (A)
  std::size_t last_column = 0;
};

struct SheetRow {
  std::size_t number = 0;  // from 1
  std::vector<SheetCell> cells;  // by column from A; trailing empty cells dropped
  // The last row of the cells merged down from this one (a header that spans two rows), or
  // `number` when none is.
  std::size_t merged_to = 0;
};

// "B12" as a column (1) and a row (12); false when it is no cell reference.
bool parse_cell_ref(std::string_view ref, std::size_t& column, std::size_t& row);

// The merged ranges of a sheet whose bytes come through feed(); those not of two cells or
// more, or not well formed, are left out.
class MergeScan {
 public:
  explicit MergeScan(std::string what);
  ~MergeScan();
  void feed(std::string_view xml);
  std::vector<CellRange> finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

class SheetXml {
 public:
  using Sink = std::function<void(SheetRow&&)>;
  // `what` names the sheet in errors ("FILE sheet 天门"); the table and styles outlive it.
  SheetXml(const SharedStrings& strings, const CellStyles& styles, std::vector<CellRange> merged, Sink sink,
           std::string what);
  ~SheetXml();
  void feed(std::string_view xml);
  void finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace keyproj
