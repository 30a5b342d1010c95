#include "exchange/sheet_records.h"

#include "exchange/record_readers.h"
#include "exchange/row_records.h"
#include "util/error.h"

namespace keyproj {
namespace {

// A row of cells as text, noting the numbers that are no date: a date column refuses one with
// a fraction (a month typed as 2026.10 is the number 2026.1), while 2026 or 20261031 read as
// the year or the day they are.
TableRow table_row(SheetRow&& row, DateSystem dates) {
  TableRow out{row.number, {}, {}, row.merged_to};
  out.fields.reserve(row.cells.size());
  out.numbers.reserve(row.cells.size());
  for (const SheetCell& cell : row.cells) {
    out.fields.push_back(cell_text(cell, dates));
    out.numbers.push_back(cell.kind == CellKind::Number && cell.format != NumberFormat::Date &&
                          cell.value.find_first_of(".eE") != std::string::npos);
  }
  return out;
}

}  // namespace

bool sheet_has_header(Workbook& book, std::size_t index, What what) {
  const ColumnTable& table = column_table(what);
  bool found = false;
  book.rows(
      index,
      [&](SheetRow&& row) {
        found = names_a_column(table, table_row(std::move(row), book.dates()).fields);
        return !found;
      },
      false);
  return found;
}

void stream_sheet_records(Workbook& book, std::size_t index, const RecordSource& source, What what,
                          bool ignore_unknown, RecordSet& set, const std::function<void(const Record&)>& fn) {
  const ColumnTable& table = column_table(what);
  set = empty_set(table, source);
  RowRecords records(table, ignore_unknown, RowRules{true, true}, set, fn);
  book.rows(index, [&](SheetRow&& row) {
    records(table_row(std::move(row), book.dates()));
    return true;
  });
  try {
    records.finish();
  } catch (const Error& e) {
    throw Error(e.code(), trf("{} sheet {}: {}", source.file, source.sheet, e.what()));
  }
}

}  // namespace keyproj
