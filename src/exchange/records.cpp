#include "exchange/records.h"

#include <cctype>
#include <filesystem>

#include "exchange/record_readers.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

RecordSet empty_set(const ColumnTable& table, const RecordSource& source) {
  RecordSet set;
  set.table = &table;
  set.source = source;
  set.present.assign(table.fields.size(), false);
  return set;
}

std::shared_ptr<RecordLayout> empty_layout(const ColumnTable& table, const RecordSource& source) {
  const std::size_t n = table.fields.size();
  return std::make_shared<RecordLayout>(
      RecordLayout{&table, source, std::vector<std::string>(n), std::vector<std::string>(n),
                   std::vector<std::optional<MoneyUnit>>(n, MoneyUnit::Yuan)});
}

Record empty_record(std::size_t line, std::shared_ptr<const RecordLayout> layout) {
  const std::size_t n = layout->table->fields.size();
  return Record{line, std::vector<std::optional<std::string>>(n), std::move(layout)};
}

std::string unknown_column(const ColumnTable& table, const std::string& name) {
  std::string known;
  // The template's own columns are read past, not columns to write: they are not listed.
  for (const Field& f : table.fields)
    if (!f.sheet_only) known += (known.empty() ? "" : ", ") + f.key;
  return trf("{} is not a column of {} (they are {}); pass --ignore-unknown to skip it", quote(name),
             what_label(table.what), known);
}

ImportProblem Record::problem(std::optional<std::size_t> field, std::string text) const {
  ImportProblem p{layout->source.file, layout->source.sheet, line, {}, {}, std::move(text)};
  if (field && !layout->names[*field].empty()) {
    p.column = layout->columns[*field];
    p.header = layout->names[*field];
  }
  return p;
}

FileFormat import_format(const std::string& path, const std::optional<std::string>& format) {
  std::string f = format ? *format : std::filesystem::path(path).extension().string();
  if (!f.empty() && f.front() == '.') f.erase(0, 1);
  for (char& c : f) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (f == "csv" || f == "txt") return FileFormat::Csv;
  if (f == "json") return FileFormat::Json;
  if (f == "xlsx" || (!format && f == "xls")) return FileFormat::Xlsx;
  if (format) throw usage_error(trf("format {} cannot be imported; use csv, json or xlsx", quote(*format)));
  throw usage_error(
      trf("file {} has no .csv, .json or .xlsx extension; say which it is with --format csv|json|xlsx", quote(path)));
}

RecordSet read_records(std::string_view text, FileFormat format, What what, bool ignore_unknown,
                       const RecordSource& source) {
  const ColumnTable& table = column_table(what);
  switch (format) {
    case FileFormat::Csv: return read_csv_records(text, table, ignore_unknown, source);
    case FileFormat::Json: return read_json_records(text, table, ignore_unknown, source);
    case FileFormat::Xlsx: break;
  }
  return empty_set(table, source);
}

}  // namespace keyproj
