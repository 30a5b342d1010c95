#pragma once
// A file to import, read into records whose values are matched to the fields of one column
// table (io/columns.h), each value keeping where it stands in the file so that an error can
// point at it: "line 4, column F" in a CSV file, "line 4" (and the key) in a JSON one.

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "exchange/columns.h"

namespace keyproj {

enum class FileFormat { Csv, Json };

// --format when given (csv or json), else the file's extension. Error(Usage) otherwise.
FileFormat import_format(const std::string& path, const std::optional<std::string>& format);

// By field of the table: what the file calls it (its header or key; empty when the file does
// not carry it) and, in a CSV file, the letter of its column. A CSV file's records share one.
struct RecordLayout {
  std::vector<std::string> names;
  std::vector<std::string> columns;  // empty in a JSON file
};

struct Record {
  std::size_t line = 0;  // where the record starts
  // By field of the table: the value, or nothing when the file does not carry it (no such
  // column, an empty cell, a JSON null).
  std::vector<std::optional<std::string>> values;
  std::shared_ptr<const RecordLayout> layout;

  const std::string& name(std::size_t field) const { return layout->names[field]; }
  // Where the value of `field` is: "line 4, column F" in CSV, "line 4" in JSON; empty when
  // the file does not carry the field.
  std::string place(std::size_t field) const;
};

struct RecordSet {
  What what;
  std::vector<Record> records;
  // Records that could not be read as a whole (a CSV line with too many or too few fields),
  // each as "line L, column C: why". The others are still read, so every error is reported.
  std::vector<std::string> errors;
  // By field: whether any record carries the column at all.
  std::vector<bool> present;
};

// Reads `text`. Error(Rejected) "line L, column C: …" for a file that cannot be read at all:
// malformed CSV or JSON, a header naming no column of the table (unless `ignore_unknown`), a
// column named twice. A CSV row whose cells are all empty (spreadsheets leave them) is skipped.
RecordSet read_records(std::string_view text, FileFormat format, What what, bool ignore_unknown);

// Reads CSV from `in` piece by piece, by the rules of read_records: `set` gets the header's
// findings (what is present) before the first record goes to `fn`, and each record goes to
// `fn` as soon as it is read, so that a large file (a province's month of reports) never sits
// in memory. `set.errors` is complete, in file order, once this returns; `set.records` stays
// empty. Errors thrown open with `source`, as "FILE line 7, column B: …".
void stream_csv_records(std::istream& in, const std::string& source, What what, bool ignore_unknown, RecordSet& set,
                        const std::function<void(const Record&)>& fn);

}  // namespace keyproj
