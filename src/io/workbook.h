#pragma once
// An .xlsx workbook opened for reading: its sheets in the order the officer sees their tabs,
// with their names (xl/workbook.xml and its relationships), the shared strings and the
// styles, and each sheet's rows streamed (io/sheet_xml.h). Refused with a sentence: a file
// that is no zip (an old .xls, an encrypted workbook: io/workbook_signature.h), a damaged or
// cut-short one, one whose parts inflate past inflate_budget() (a zip bomb).

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "io/sheet_xml.h"
#include "io/zip_archive.h"

namespace keyproj {

struct SheetPart {
  std::string name;  // the tab's name: 天门
  std::string part;  // xl/worksheets/sheet1.xml
};

// The bytes a workbook of `file_bytes` on disk may inflate to: 100 times its size, and 64 MB
// whatever its size. Sheets deflate about 8:1 (the workbooks of tests/fixtures, Excel's and
// LibreOffice's, and bench/gen's of a million reports), a sheet of empty styled cells 30:1 or
// so, while a zip bomb is a few kilobytes that inflate a thousandfold and more. A bound in
// proportion to the file, rather than one fixed size, lets a workbook as large as a CSV of the
// same rows be read, and costs the reader no more than such a CSV would.
std::size_t inflate_budget(std::uintmax_t file_bytes);

class Workbook {
 public:
  static constexpr std::size_t kInflateRatio = 100;
  static constexpr std::size_t kMinInflateBudget = std::size_t{64} << 20;

  // With the budget of inflate_budget(), or `budget`.
  explicit Workbook(const std::string& path);
  Workbook(const std::string& path, std::size_t budget);

  const std::string& path() const { return path_; }
  const std::vector<SheetPart>& sheets() const { return sheets_; }
  DateSystem dates() const { return dates_; }

  // The rows of sheet `index`, each to `sink` until it returns false. With `merges`, the
  // merged cells are read first and carried down (SheetXml); without, the sheet is read once.
  void rows(std::size_t index, const std::function<bool(SheetRow&&)>& sink, bool merges = true);

 private:
  std::string path_;
  ZipArchive zip_;
  std::vector<SheetPart> sheets_;
  DateSystem dates_ = DateSystem::From1900;
  SharedStrings strings_;
  CellStyles styles_;
};

}  // namespace keyproj
