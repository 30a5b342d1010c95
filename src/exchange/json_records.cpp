// The JSON reader of records: an array of flat objects, as export writes it, each object a
// record and each key a column.

#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "exchange/record_readers.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

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

}  // namespace

RecordSet read_json_records(std::string_view text, const ColumnTable& table, bool ignore_unknown,
                            const RecordSource& source) {
  RecordSet set = empty_set(table, source);
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
      throw rejected(trf("the JSON nests deeper than {} levels; give an array of flat objects, as export writes it",
                         int{kMaxDepth}));
    if (event == Event::object_start) keys.emplace_back();
    else if (event == Event::object_end && !keys.empty()) keys.pop_back();
    else if (event == Event::key && !keys.empty() && !keys.back().insert(parsed.get<std::string>()).second)
      throw rejected(trf("the JSON gives the key {} twice in one object; keep one of them",
                         quote(parsed.get<std::string>())));
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
    throw rejected(trf("the JSON cannot be read: {}", escape_bytes(why, 200)));
  }
  if (!doc.is_array())
    throw rejected(tr("line 1: the JSON is not an array; give an array of objects, one per record, as export writes it"));
  const auto lines = element_lines(text);
  // Unknown keys, each reported once: a set, as a file may hold hundreds of thousands of them.
  std::unordered_set<std::string> reported;
  for (std::size_t i = 0; i < doc.size(); ++i) {
    const std::size_t line = i < lines.size() ? lines[i] : 0;
    auto problem = [&](std::string header, std::string why) {
      set.errors.push_back(ImportProblem{source.file, source.sheet, line, "", std::move(header), std::move(why)});
    };
    const auto& element = doc[i];
    if (!element.is_object()) {
      problem("", trf("record {} is not an object; give {{\"key\": value, …}}", i + 1));
      continue;
    }
    auto layout = empty_layout(table, source);
    Record rec = empty_record(line, layout);
    bool ok = true;
    for (const auto& [key, value] : element.items()) {
      if (ColumnTable::ignored(key)) continue;
      const auto m = table.match(key);
      if (!m) {
        if (reported.insert(key).second) {
          if (!ignore_unknown) problem(key, unknown_column(table, key));
          else set.ignored.push_back(quote(key));
        }
        continue;
      }
      if (!m->problem.empty()) {
        if (reported.insert(key).second) problem(key, m->problem);
        ok = false;
        continue;
      }
      const std::optional<std::size_t> f = m->field;
      if (!layout->names[*f].empty()) {
        problem(key, trf("{} names the same column as {}; keep one of them", quote(key), quote(layout->names[*f])));
        ok = false;
        continue;
      }
      layout->names[*f] = key;
      layout->units[*f] = m->unit;
      set.present[*f] = true;
      if (value.is_null()) continue;
      if (value.is_string()) {
        const std::string s = value.get<std::string>();
        if (!is_valid_utf8(s)) {
          problem(key, trf("{} holds a NUL character; remove it", key));
          ok = false;
        } else if (const std::string why = length_refusal(s, key); !why.empty()) {
          problem(key, why);
          ok = false;
        } else if (!blank(s)) {
          rec.values[*f] = s;
        }
      } else if (value.is_number()) {
        rec.values[*f] = value.dump();
      } else if (value.is_structured()) {
        // Not dumped: an array or object may be megabytes long.
        problem(key, value.is_array() ? trf("{} is an array; give text or a number", key)
                                      : trf("{} is an object; give text or a number", key));
        ok = false;
      } else {
        problem(key, trf("{} {} is not text or a number", key, quote(value.dump())));
        ok = false;
      }
    }
    if (ok) set.records.push_back(std::move(rec));
  }
  return set;
}

}  // namespace keyproj
