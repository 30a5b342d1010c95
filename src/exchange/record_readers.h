#pragma once
// The readers of records, one per file format, and what they share. Each gets the column
// table the import looked up and reports its file's problems as values; a new format (a
// workbook's sheet) is one more reader beside these, and one more case in read_records.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "exchange/records.h"

namespace keyproj {

bool blank(std::string_view s);

RecordSet empty_set(const ColumnTable& table, const RecordSource& source);
std::shared_ptr<RecordLayout> empty_layout(const ColumnTable& table, const RecordSource& source);
Record empty_record(std::size_t line, std::shared_ptr<const RecordLayout> layout);

// What is wrong with a header or key that names no column of `table`.
std::string unknown_column(const ColumnTable& table, const std::string& name);

RecordSet read_csv_records(std::string_view text, const ColumnTable& table, bool ignore_unknown,
                           const RecordSource& source);
RecordSet read_json_records(std::string_view text, const ColumnTable& table, bool ignore_unknown,
                            const RecordSource& source);

}  // namespace keyproj
