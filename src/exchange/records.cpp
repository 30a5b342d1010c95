#include "exchange/records.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <functional>
#include <istream>
#include <set>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "io/csv_reader.h"
#include "util/error.h"
#include "util/text.h"

namespace keyproj {
namespace {

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

std::string known_columns(What what) {
  std::string list;
  for (const Field& f : fields_of(what)) list += (list.empty() ? "" : ", ") + f.key;
  return list;
}

std::string unknown_column(What what, const std::string& where, const std::string& name) {
  return where + ": '" + name + "' is not a column of " + std::string(what_name(what)) + " (they are " +
         known_columns(what) + "); pass --ignore-unknown to skip it";
}

RecordSet empty_set(What what) {
  RecordSet set{what, {}, {}, std::vector<bool>(fields_of(what).size(), false)};
  return set;
}

std::shared_ptr<RecordLayout> empty_layout(What what) {
  const std::size_t n = fields_of(what).size();
  return std::make_shared<RecordLayout>(RecordLayout{std::vector<std::string>(n), std::vector<std::string>(n)});
}

Record empty_record(What what, std::size_t line, std::shared_ptr<const RecordLayout> layout) {
  return Record{line, std::vector<std::optional<std::string>>(fields_of(what).size()), std::move(layout)};
}

// The CSV rules, applied to records as the reader delivers them: the first names the columns,
// each later one becomes a Record for `fn`. Errors go to `set.errors` in file order, header
// first; a column with values but no header is only known at the end, and is reported then,
// in its place among the header's errors.
class CsvRecords {
 public:
  CsvRecords(What what, bool ignore_unknown, RecordSet& set, const std::function<void(const Record&)>& fn)
      : what_(what), ignore_unknown_(ignore_unknown), set_(set), fn_(fn) {}

  void operator()(CsvRecord&& row) {
    if (!header_) take_header(std::move(row));
    else take_row(row);
  }

  void finish() {
    if (!header_) throw rejected("line 1: the file is empty; its first line must name the columns");
    std::vector<std::string> errors;
    for (std::size_t c = 0, next = 0; c <= header_->fields.size(); ++c) {
      for (; next < header_errors_.size() && header_errors_[next].first == c; ++next)
        errors.push_back(header_errors_[next].second);
      if (c < header_->fields.size() && unnamed_used_[c] && !ignore_unknown_)
        errors.push_back(where(c) + ": the column has values but no header; name it or delete it");
    }
    errors.insert(errors.end(), set_.errors.begin() + static_cast<std::ptrdiff_t>(header_error_count_),
                  set_.errors.end());
    set_.errors = std::move(errors);
  }

 private:
  std::string where(std::size_t c) const {
    return "line " + std::to_string(header_->line) + ", column " + column_letter(c);
  }

  void header_error(std::size_t c, std::string e) {
    set_.errors.push_back(e);
    header_errors_.emplace_back(c, std::move(e));
  }

  void take_header(CsvRecord&& header) {
    header_ = std::move(header);
    const auto& names = header_->fields;
    // Which field each column holds; columns with no field (ignored, or in error) are skipped.
    field_of_.assign(names.size(), std::nullopt);
    unnamed_.assign(names.size(), false);
    unnamed_used_.assign(names.size(), false);
    std::vector<std::optional<std::size_t>> column_of(fields_of(what_).size());
    for (std::size_t c = 0; c < names.size(); ++c) {
      const std::string& name = names[c];
      if (blank(name)) {
        unnamed_[c] = true;
        continue;
      }
      const auto f = find_field(what_, name);
      if (!f) {
        if (!ignore_unknown_) header_error(c, unknown_column(what_, where(c), name));
        continue;
      }
      if (column_of[*f]) {
        header_error(c, where(c) + ": '" + name + "' names the same column as '" + names[*column_of[*f]] +
                            "' in column " + column_letter(*column_of[*f]) + "; keep one of them");
        continue;
      }
      column_of[*f] = c;
      field_of_[c] = f;
      set_.present[*f] = true;
    }
    header_error_count_ = set_.errors.size();
    auto layout = empty_layout(what_);
    for (std::size_t c = 0; c < names.size(); ++c) {
      if (!field_of_[c]) continue;
      layout->names[*field_of_[c]] = names[c];
      layout->columns[*field_of_[c]] = column_letter(c);
    }
    layout_ = std::move(layout);
  }

  void take_row(CsvRecord& row) {
    bool all_blank = true;
    for (const auto& v : row.fields) all_blank = all_blank && blank(v);
    if (all_blank) return;
    const std::size_t columns = header_->fields.size();
    for (std::size_t c = 0; c < row.fields.size() && c < columns; ++c)
      if (unnamed_[c] && !blank(row.fields[c])) unnamed_used_[c] = true;
    if (row.fields.size() != columns) {
      const std::size_t at = std::min(row.fields.size(), columns);
      set_.errors.push_back("line " + std::to_string(row.line) + ", column " + column_letter(at) + ": " + std::to_string(row.fields.size()) +
                            " fields where the header has " + std::to_string(columns) +
                            "; a value holding a comma must be in double quotes");
      return;
    }
    Record rec = empty_record(what_, row.line, layout_);
    bool ok = true;
    for (std::size_t c = 0; c < row.fields.size(); ++c) {
      if (!field_of_[c]) continue;
      const std::size_t f = *field_of_[c];
      // The apostrophe export puts before a text that a spreadsheet would take for a formula.
      if (!row.fields[c].empty() && row.fields[c].front() == '\'') row.fields[c].erase(0, 1);
      if (const std::string why = length_refusal(row.fields[c], header_->fields[c]); !why.empty()) {
        set_.errors.push_back(rec.place(f) + ": " + why);
        ok = false;
      } else if (!blank(row.fields[c])) {
        rec.values[f] = std::move(row.fields[c]);
      }
    }
    if (ok) fn_(rec);
  }

  What what_;
  bool ignore_unknown_;
  RecordSet& set_;
  const std::function<void(const Record&)>& fn_;
  std::optional<CsvRecord> header_;
  std::shared_ptr<const RecordLayout> layout_;  // the header's, shared by every record
  std::vector<std::optional<std::size_t>> field_of_;
  std::vector<bool> unnamed_;       // columns with no header
  std::vector<bool> unnamed_used_;  // … that hold a value in some row
  std::vector<std::pair<std::size_t, std::string>> header_errors_;  // by column
  std::size_t header_error_count_ = 0;
};

RecordSet read_csv_records(std::string_view text, What what, bool ignore_unknown) {
  RecordSet set = empty_set(what);
  const std::function<void(const Record&)> keep = [&](const Record& r) { set.records.push_back(r); };
  CsvRecords records(what, ignore_unknown, set, keep);
  CsvReader reader([&](CsvRecord&& r) { records(std::move(r)); });
  reader.feed(text);
  reader.finish();
  records.finish();
  return set;
}

// The line on which each element of the top-level array starts. The text is known to be
// valid JSON (nlohmann parsed it), so strings and nesting are all there is to follow.
std::vector<std::size_t> element_lines(std::string_view text) {
  std::vector<std::size_t> lines;
  std::size_t line = 1;
  int depth = 0;
  bool in_string = false;
  bool escaped = false;
  bool expect_element = false;
  for (const char c : text) {
    if (c == '\n') ++line;
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    if (depth == 1 && expect_element) {
      lines.push_back(line);
      expect_element = false;
    }
    if (c == '"') in_string = true;
    else if (c == '[' || c == '{') {
      if (++depth == 1) expect_element = true;
    } else if (c == ']' || c == '}') --depth;
    else if (c == ',' && depth == 1) expect_element = true;
  }
  return lines;
}

RecordSet read_json_records(std::string_view text, What what, bool ignore_unknown) {
  RecordSet set = empty_set(what);
  nlohmann::json doc;
  // A record is a flat object: nesting past a few levels is no keyproj file, and deep enough
  // it would overflow the stack of anything that walks it (a 100,000-deep value crashed the
  // error message that printed it). Refused while parsing, before anything walks it.
  constexpr int kMaxDepth = 32;
  // A key given twice in one object would leave only its last value (nlohmann keeps one), so
  // {"project_code": "TM-011", "project_code": "WH-009"} reported on WH-009 without a word.
  std::vector<std::set<std::string>> keys;  // of each object being read, innermost last
  const auto shallow = [&keys](int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
    using Event = nlohmann::json::parse_event_t;
    if (depth > kMaxDepth)
      throw rejected("the JSON nests deeper than " + std::to_string(kMaxDepth) +
                     " levels; give an array of flat objects, as export writes it");
    if (event == Event::object_start) keys.emplace_back();
    else if (event == Event::object_end && !keys.empty()) keys.pop_back();
    else if (event == Event::key && !keys.empty() && !keys.back().insert(parsed.get<std::string>()).second)
      throw rejected("the JSON gives the key '" + parsed.get<std::string>() +
                     "' twice in one object; keep one of them");
    return true;
  };
  try {
    doc = nlohmann::json::parse(text, shallow);
  } catch (const nlohmann::json::exception& e) {
    // parse_error for bad syntax, out_of_range for a number past a double (1e400).
    std::string why = e.what();
    if (const auto at = why.find("] "); at != std::string::npos) why = why.substr(at + 2);
    // nlohmann quotes the bytes it last read, which may be invalid UTF-8 or a whole long
    // string: escaped and cut, so that the sentence stays one line of text (found by fuzzing).
    throw rejected("the JSON cannot be read: " + escape_bytes(why, 200));
  }
  if (!doc.is_array())
    throw rejected("line 1: the JSON is not an array; give an array of objects, one per record, as export writes it");
  const auto lines = element_lines(text);
  // Unknown keys, each reported once: a set, as a file may hold hundreds of thousands of them.
  std::unordered_set<std::string> reported;
  for (std::size_t i = 0; i < doc.size(); ++i) {
    const std::size_t line_no = i < lines.size() ? lines[i] : 0;
    const std::string line = "line " + std::to_string(line_no);
    const auto& element = doc[i];
    if (!element.is_object()) {
      set.errors.push_back(line + ": record " + std::to_string(i + 1) + " is not an object; give {\"key\": value, …}");
      continue;
    }
    auto layout = empty_layout(what);
    Record rec = empty_record(what, line_no, layout);
    bool ok = true;
    for (const auto& [key, value] : element.items()) {
      const auto f = find_field(what, key);
      if (!f) {
        if (!ignore_unknown && reported.insert(key).second) set.errors.push_back(unknown_column(what, line, key));
        continue;
      }
      if (!layout->names[*f].empty()) {
        set.errors.push_back(line + ": '" + key + "' names the same column as '" + layout->names[*f] +
                             "'; keep one of them");
        ok = false;
        continue;
      }
      layout->names[*f] = key;
      set.present[*f] = true;
      if (value.is_null()) continue;
      if (value.is_string()) {
        const std::string s = value.get<std::string>();
        if (!is_valid_utf8(s)) {
          set.errors.push_back(line + ": " + key + " holds a NUL character; remove it");
          ok = false;
        } else if (const std::string why = length_refusal(s, key); !why.empty()) {
          set.errors.push_back(line + ": " + why);
          ok = false;
        } else if (!blank(s)) {
          rec.values[*f] = s;
        }
      } else if (value.is_number()) {
        rec.values[*f] = value.dump();
      } else if (value.is_structured()) {
        // Not dumped: an array or object may be megabytes long.
        set.errors.push_back(line + ": " + key + " is " + (value.is_array() ? "an array" : "an object") +
                             "; give text or a number");
        ok = false;
      } else {
        set.errors.push_back(line + ": " + key + " '" + value.dump() + "' is not text or a number");
        ok = false;
      }
    }
    if (ok) set.records.push_back(std::move(rec));
  }
  return set;
}

}  // namespace

std::string Record::place(std::size_t field) const {
  if (layout->names[field].empty()) return {};
  std::string at = "line " + std::to_string(line);
  if (!layout->columns[field].empty()) at += ", column " + layout->columns[field];
  return at;
}

FileFormat import_format(const std::string& path, const std::optional<std::string>& format) {
  std::string f = format ? *format : std::filesystem::path(path).extension().string();
  if (!f.empty() && f.front() == '.') f.erase(0, 1);
  for (char& c : f) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (f == "csv" || f == "txt") return FileFormat::Csv;
  if (f == "json") return FileFormat::Json;
  if (format) throw usage_error("format '" + *format + "' cannot be imported; use csv or json");
  throw usage_error("file '" + path + "' has no .csv or .json extension; say which it is with --format csv|json");
}

void stream_csv_records(std::istream& in, const std::string& source, What what, bool ignore_unknown, RecordSet& set,
                        const std::function<void(const Record&)>& fn) {
  set = empty_set(what);
  CsvRecords records(what, ignore_unknown, set, fn);
  CsvReader reader([&](CsvRecord&& r) { records(std::move(r)); }, source);
  std::vector<char> chunk(1 << 16);
  while (in) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    if (in.gcount() > 0) reader.feed(std::string_view(chunk.data(), static_cast<std::size_t>(in.gcount())));
  }
  if (in.bad()) throw not_found(source + " cannot be read to its end");
  reader.finish();
  try {
    records.finish();
  } catch (const Error& e) {
    throw Error(e.code(), source + " " + e.what());
  }
}

RecordSet read_records(std::string_view text, FileFormat format, What what, bool ignore_unknown) {
  return format == FileFormat::Csv ? read_csv_records(text, what, ignore_unknown)
                                   : read_json_records(text, what, ignore_unknown);
}

}  // namespace keyproj
