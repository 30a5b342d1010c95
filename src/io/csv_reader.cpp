#include "io/csv_reader.h"

#include <csv.h>

#include "util/error.h"

namespace keyproj {
namespace {

// Owns one libcsv parser.
class Parser {
 public:
  Parser() {
    if (csv_init(&p_, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0) throw std::bad_alloc();
  }
  ~Parser() { csv_free(&p_); }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;
  csv_parser* get() { return &p_; }

 private:
  csv_parser p_{};
};

struct State {
  const std::function<void(const CsvRecord&)>* fn;
  CsvRecord record;
  std::size_t line = 1;          // the line being fed
  std::size_t next_start = 1;    // where the next record starts
  bool pending_cr = false;       // a CR was reported; an LF right after it ends the same line
};

void on_field(void* s, std::size_t len, void* data) {
  auto* st = static_cast<State*>(data);
  if (st->record.fields.empty()) st->record.line = st->next_start;
  st->record.fields.emplace_back(static_cast<const char*>(s), len);
}

void on_record(int c, void* data) {
  auto* st = static_cast<State*>(data);
  // With CSV_REPALL_NL every unquoted CR and LF arrives here; a CRLF pair is one line end.
  const bool lf_after_cr = c == '\n' && st->pending_cr;
  st->pending_cr = c == '\r';
  if (!st->record.fields.empty()) {
    (*st->fn)(st->record);
    st->record.fields.clear();
  }
  if (!lf_after_cr) st->next_start = st->line + 1;
}

}  // namespace

void read_csv(std::string_view text, std::string_view source, const std::function<void(const CsvRecord&)>& fn) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  Parser parser;
  State st;
  st.fn = &fn;
  auto fail = [&](std::size_t line) {
    throw rejected(std::string(source) + " line " + std::to_string(line) +
                   ": a quote is out of place or a quoted field is not closed");
  };
  // Fed a line at a time so that the parser's position is always a known line.
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    end = end == std::string_view::npos ? text.size() : end + 1;
    const std::string_view chunk = text.substr(pos, end - pos);
    if (csv_parse(parser.get(), chunk.data(), chunk.size(), on_field, on_record, &st) != chunk.size())
      fail(st.record.fields.empty() ? st.line : st.record.line);
    pos = end;
    if (chunk.back() == '\n') ++st.line;
  }
  if (csv_fini(parser.get(), on_field, on_record, &st) != 0) fail(st.next_start);
}

}  // namespace keyproj
