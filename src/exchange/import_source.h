#pragma once
// The sources of records an import reads: a CSV or JSON file is one, and each sheet of a
// workbook would be one, named "FILE sheet NAME". `import FILE…` reads them in turn in one
// transaction; every problem names its source (exchange/import_problem.h).

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "exchange/records.h"
#include "io/text_encoding.h"

namespace keyproj {

struct ImportSource {
  RecordSource source;
  // Reads the records by the contract of stream_csv_records: `set` gets the header's findings
  // before the first record goes to `fn`, and its errors once this returns. Errors thrown name
  // the source.
  std::function<void(RecordSet& set, const std::function<void(const Record&)>& fn)> read;
};

// How the sources of a file are read: the kind, --ignore-unknown, --encoding (CSV), --format,
// --sheet (a workbook's sheet by name or number from 1).
struct SourceOptions {
  What what = What::Updates;
  bool ignore_unknown = false;
  Encoding encoding = Encoding::Detect;
  std::optional<std::string> format;  // csv, json or xlsx; none: the extension says
  std::optional<std::string> sheet;
  // Told of each sheet passed over for having no header.
  std::function<void(const std::string&)> warn = [](const std::string&) {};
};

// "FILE", or "FILE sheet NAME" for a sheet of a workbook.
std::string source_name(const RecordSource& source);

// The sources of the file `path`, by its format (import_format): one for CSV or JSON; for a
// workbook, the sheet --sheet names, else every sheet with a row naming the kind's columns
// (Error(Rejected) when none has). Error(Usage) for a format that cannot be imported, for
// --encoding with JSON or a workbook and --sheet with anything else; Error(Rejected) for a
// workbook given as CSV or JSON, an encrypted workbook or an old .xls.
std::vector<ImportSource> import_sources(const std::string& path, const SourceOptions& options);

}  // namespace keyproj
