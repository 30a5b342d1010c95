#pragma once
// The rules of a file of rows (a CSV file, a worksheet) as records: a header row names the
// columns, each later row becomes a Record for the sink. CSV's header is its first line; a
// worksheet's is the first row with a cell naming a column of the kind, so that a title and
// notes above it are passed over, and a header whose cells are merged down over two rows
// (a group title above its sub-headers) is read as one, each column named by its lowest cell.
// A column with values but no header is only known at the end, and is reported then.

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "exchange/records.h"

namespace keyproj {

struct TableRow {
  std::size_t line = 0;
  std::vector<std::string> fields;
  // By field: the cell holds a number that is not shown as a date, which a date column
  // refuses (2026.10 typed into a number cell is 2026.1). Empty for CSV.
  std::vector<bool> numbers;
  // The last row of cells merged down from this one; a header spans them all.
  std::size_t merged_to = 0;
};

// Whether a cell of `fields` names a column of `table` (a header row does; a title does not).
bool names_a_column(const ColumnTable& table, const std::vector<std::string>& fields);

struct RowRules {
  bool find_header = false;  // else the first row is the header
  bool ragged = false;       // rows may be shorter or longer than the header (a sheet's are)
};

class RowRecords {
 public:
  RowRecords(const ColumnTable& table, bool ignore_unknown, RowRules rules, RecordSet& set,
             const std::function<void(const Record&)>& fn);

  void operator()(TableRow&& row);
  // Error(Rejected) when no header was found; else puts every problem in its place.
  void finish();

 private:
  void header_problem(std::size_t c, std::string header, std::string text);
  void take_header();
  void take_row(TableRow& row);
  void widen(std::size_t columns);

  const ColumnTable& table_;
  bool ignore_unknown_;
  RowRules rules_;
  RecordSet& set_;
  const std::function<void(const Record&)>& fn_;
  std::optional<TableRow> header_;
  bool header_done_ = false;
  std::shared_ptr<const RecordLayout> layout_;  // the header's, shared by every record
  std::vector<std::optional<std::size_t>> field_of_;
  std::vector<bool> unnamed_;       // columns with no header
  std::vector<bool> unnamed_used_;  // … that hold a value in some row
};

}  // namespace keyproj
