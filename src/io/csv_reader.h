#pragma once
// Reading CSV as officers' spreadsheets save it: RFC 4180 through libcsv, UTF-8 (a leading
// byte-order mark, which Excel writes, is dropped), CRLF or LF line ends, quoted fields that
// hold commas, doubled quotes and line breaks. Every error names the line and the column
// (as a spreadsheet letter: A, B, … AA) where it is. The seed loader and import share it.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct csv_parser;

namespace keyproj {

struct CsvRecord {
  std::size_t line = 0;  // the line (1-based) the record starts on
  std::vector<std::string> fields;
};

// "A" for column 0, "Z" for 25, "AA" for 26: the letters a spreadsheet shows.
std::string column_letter(std::size_t index);

// A libcsv parser in strict mode that keeps the line of every byte it is fed, so that an
// error can say where it is. Feed it text in pieces of any size, then finish(); each record
// goes to the sink as soon as it is complete, so a large file never sits in memory twice.
class CsvReader {
 public:
  using Sink = std::function<void(CsvRecord&&)>;
  // `source` (a file name) opens every error message when given.
  explicit CsvReader(Sink sink, std::string source = "");
  ~CsvReader();
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  // Parses more text. Throws Error(Rejected) "line L, column C: …" on malformed CSV or text
  // that is not UTF-8. Whatever the sink throws passes through unchanged.
  void feed(std::string_view text);
  // Ends the input: a last record without a line break counts. Blank lines are no records.
  void finish();
  // What a field that is not UTF-8 is told: the text is not in the encoding it was read in
  // (io/text_encoding.h's sentence()). Empty, the default: that it is not UTF-8.
  void name_bad_text(std::string why) { bad_text_ = std::move(why); }

 private:
  static void on_field(void* data, std::size_t size, void* self);
  static void on_record(int terminator, void* self);
  [[noreturn]] void fail(std::size_t line, std::size_t field, const std::string& why) const;
  void parse(std::string_view text);  // feeds libcsv, once the byte-order marks are dropped
  void deliver();

  struct Problem {
    std::size_t line;
    std::size_t field;
    std::string why;
  };

  csv_parser* parser_;
  Sink sink_;
  std::string source_;
  std::string bad_text_;
  std::optional<Problem> problem_;  // noted by a callback, raised by feed()
  std::vector<CsvRecord> complete_;  // records libcsv has ended, not yet given to the sink
  CsvRecord current_;
  std::size_t line_ = 1;          // the line of the next byte
  bool at_record_start_ = true;   // no byte of the current record seen yet
  std::size_t field_line_ = 1;    // where the current field started
  bool bom_done_ = false;         // past the byte-order marks a file may open with
  std::string lead_;              // the first bytes, held while they may still be a mark
  bool pending_cr_ = false;       // the last byte was CR: a following LF is the same line end
};

// Calls `fn` for each record of `text`; errors start with `source`, e.g.
// "TM/projects.csv line 7, column B: the quoted field that opens here is never closed; …".
void read_csv(std::string_view text, std::string_view source, const std::function<void(const CsvRecord&)>& fn);

}  // namespace keyproj
