#pragma once
// An .xlsx workbook opened for reading: its sheets in the order the officer sees their tabs,
// with their names (xl/workbook.xml and its relationships), the shared strings and the
// styles, and each sheet's rows streamed (io/sheet_xml.h). Refused with a sentence: a file
// that is no zip (an old .xls, an encrypted workbook: io/workbook_signature.h), a damaged or
// cut-short one, one whose parts inflate past kMaxInflated.

#include <cstddef>
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

class Workbook {
 public:
  // 256 MB of XML: a county's month is a few hundred kilobytes, the largest sheet keyproj
  // exports a few tens of megabytes; a zip bomb is refused long before memory or minutes run out.
  static constexpr std::size_t kMaxInflated = std::size_t{256} << 20;

  explicit Workbook(const std::string& path, std::size_t budget = kMaxInflated);

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
