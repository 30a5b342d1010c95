#pragma once
// Reading CSV (RFC 4180, UTF-8) through libcsv: quoted fields with commas, quotes and line
// breaks, CRLF or LF line ends, and the byte-order mark Excel writes. Records are handed over
// one at a time, each with the line it starts on, so a large file never sits in memory twice
// and every error can name its line.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace keyproj {

struct CsvRecord {
  std::size_t line = 0;  // 1-based line the record starts on
  std::vector<std::string> fields;
};

// Calls `fn` for each record of `text` (blank lines are skipped). Throws Error(Rejected) naming
// `source` and the line for malformed input, e.g. "dispatch.csv line 7: a quoted field is not
// closed".
void read_csv(std::string_view text, std::string_view source, const std::function<void(const CsvRecord&)>& fn);

}  // namespace keyproj
