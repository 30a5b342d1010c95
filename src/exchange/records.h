#pragma once
// A file to import, read into records whose values are matched to the fields of one column
// table (exchange/columns.h), each value keeping where it stands in the file so that a
// problem can point at it: line 4, column F in a CSV file; line 4 and the key in a JSON one.
// Each format has its reader (exchange/record_readers.h); they share what is here.

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "exchange/columns.h"
#include "exchange/import_problem.h"
#include "io/text_encoding.h"
#include "util/field_text.h"  // trimmed: the spaces a sheet leaves around a cell or a header

namespace keyproj {

enum class FileFormat { Csv, Json, Xlsx };

// --format when given (csv, json or xlsx), else the file's extension (.xls too, for the
// sentence that refuses it). Error(Usage) otherwise.
FileFormat import_format(const std::string& path, const std::optional<std::string>& format);

// Where records come from: the file as the user named it and, in a workbook, the sheet.
struct RecordSource {
  std::string file;
  std::string sheet;
};

// What a file's records share: the table their values are matched to, where they come from,
// and by field of the table what the file calls it (its header or key; empty when the file
// does not carry it) and, in a file with columns, the letter of its column.
struct RecordLayout {
  const ColumnTable* table = nullptr;
  RecordSource source;
  std::vector<std::string> names;
  std::vector<std::string> columns;  // empty in a JSON file
  // By field: for money, the unit of a bare number as the header names it (exchange/columns.h).
  std::vector<std::optional<MoneyUnit>> units;
};

struct Record {
  std::size_t line = 0;  // where the record starts
  // By field of the table: the value, or nothing when the file does not carry it (no such
  // column, an empty cell, a JSON null).
  std::vector<std::optional<std::string>> values;
  std::shared_ptr<const RecordLayout> layout;

  const ColumnTable& table() const { return *layout->table; }
  const std::string& name(std::size_t field) const { return layout->names[field]; }
  // A problem with the value of `field` (at its column, under its header), or with the
  // record as a whole when the file does not carry the field or none is given.
  ImportProblem problem(std::optional<std::size_t> field, std::string text) const;
};

struct RecordSet {
  const ColumnTable* table = nullptr;
  RecordSource source;
  std::vector<Record> records;
  // The file's own problems: its header, and records that could not be read as a whole (a
  // CSV line with too many or too few fields). The others are still read, so every problem
  // is reported. In the order of sort_by_place.
  std::vector<ImportProblem> errors;
  // By field: whether any record carries the column at all.
  std::vector<bool> present;
  // The headers --ignore-unknown skipped, as "'备注2' (column H)", for the officer to see.
  std::vector<std::string> ignored;
};

// Reads CSV or JSON `text` (a workbook is read by exchange/sheet_records.h; Xlsx gives an
// empty set here), looking the kind's column table up once. Error(Rejected) "line L: …" for a
// file that cannot be read at all: malformed CSV or JSON, an empty file. A header naming no
// column of the table (unless `ignore_unknown`), or a column named twice, is a problem of the
// set. A CSV row whose cells are all empty (spreadsheets leave them) is skipped.
RecordSet read_records(std::string_view text, FileFormat format, What what, bool ignore_unknown,
                       const RecordSource& source = {});

// Reads CSV from `in` piece by piece, by the rules of read_records: `set` gets the header's
// findings (what is present) before the first record goes to `fn`, and each record goes to
// `fn` as soon as it is read, so that a large file (a province's month of reports) never sits
// in memory. `set.errors` is complete once this returns; `set.records` stays empty. Errors
// thrown open with the file, as "FILE line 7, column B: …". The bytes are decoded from
// `encoding` (io/text_encoding.h: by default UTF-8 or GB18030, whichever the text is).
void stream_csv_records(std::istream& in, const RecordSource& source, What what, bool ignore_unknown,
                        RecordSet& set, const std::function<void(const Record&)>& fn,
                        Encoding encoding = Encoding::Detect);

}  // namespace keyproj
