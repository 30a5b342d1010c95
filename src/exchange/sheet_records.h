#pragma once
// The reader of records for a worksheet of an xlsx workbook (io/workbook.h): its rows, each
// cell as the officer sees it (io/xlsx_cell.h), go through the rules of exchange/row_records.h
// with the header found below any title, so that a sheet reads as the CSV saved from it would,
// line numbers being the sheet's row numbers.

#include <cstddef>
#include <functional>

#include "exchange/records.h"
#include "io/workbook.h"

namespace keyproj {

// Whether sheet `index` has a row naming a column of `what`; reads no further than that row.
bool sheet_has_header(Workbook& book, std::size_t index, What what);

// Reads sheet `index` by the contract of stream_csv_records. Errors thrown open with the file
// and the sheet, as "FILE sheet 天门 line 7, column F: …".
void stream_sheet_records(Workbook& book, std::size_t index, const RecordSource& source, What what,
                          bool ignore_unknown, RecordSet& set, const std::function<void(const Record&)>& fn);

}  // namespace keyproj
