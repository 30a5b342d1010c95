#pragma once
// Rows out as an Excel workbook (libxlsxwriter): one sheet, the header row in the chosen
// language, bold and frozen with a filter on it, columns as wide as their contents, money as
// numbers Excel can sum. The workbook streams row by row (constant-memory mode), so memory
// stays flat however many rows; the file is complete only once finish() has returned.
//
// Two layouts. An export is a sheet import reads back: the header is the keys (English) or the
// Chinese labels, money exact yuan, dates as export writes them in CSV. A sheet for people
// (report, overdue, plan list) has a title row above the header (what it is, the as-of date,
// the filters), the header in words, money in 万元 with two decimals shown (a number, so Excel
// sums it) and dates as Excel dates (Column::kind says which). Both show shares as percentages.

#include <memory>
#include <string>
#include <vector>

#include "output/row_writer.h"

namespace keyproj {

struct SheetLayout {
  std::string sheet;  // the tab's name
  Lang lang = Lang::En;
  bool for_people = false;  // the second layout above; else an export's
  std::string title;        // for people: the first row
};

// Writes to `path` (replaced if there). Error(Database) naming `shown_path` (the officer's
// file, where `path` is its temporary) when it cannot be written; Error(Rejected) for a cell
// Excel cannot hold (more than 32767 characters). Characters XML cannot hold are written as
// U+FFFD. The library's own messages never reach stderr.
std::unique_ptr<RowWriter> make_xlsx_writer(const std::string& path, const std::string& shown_path,
                                            const SheetLayout& layout, std::vector<Column> columns);
// An export's sheet.
std::unique_ptr<RowWriter> make_xlsx_writer(const std::string& path, const std::string& shown_path,
                                            const std::string& sheet, std::vector<Column> columns, Lang lang);

}  // namespace keyproj
