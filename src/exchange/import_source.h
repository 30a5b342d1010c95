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

// How the sources of a file are read: the kind, --ignore-unknown, --encoding (CSV), --format.
struct SourceOptions {
  What what = What::Updates;
  bool ignore_unknown = false;
  Encoding encoding = Encoding::Detect;
  std::optional<std::string> format;  // csv or json; none: the extension says
};

// "FILE", or "FILE sheet NAME" for a sheet of a workbook.
std::string source_name(const RecordSource& source);

// The sources of the file `path`, by its format (import_format): one for CSV or JSON.
// Error(Usage) for a format that cannot be imported, and for --encoding with JSON.
std::vector<ImportSource> import_sources(const std::string& path, const SourceOptions& options);

}  // namespace keyproj
