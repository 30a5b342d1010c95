#include "io/csv_reader.h"

#include <csv.h>
#include <malloc.h>

#include <algorithm>
#include <cstdlib>

#include "util/error.h"
#include "util/shared_library.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

// libcsv, opened the first time a CSV file is read (util/shared_library.h says why).
struct LibCsv {
  decltype(&::csv_init) csv_init;
  decltype(&::csv_set_space_func) csv_set_space_func;
  decltype(&::csv_set_realloc_func) csv_set_realloc_func;
  decltype(&::csv_free) csv_free;
  decltype(&::csv_parse) csv_parse;
  decltype(&::csv_error) csv_error;
  decltype(&::csv_fini) csv_fini;
};

const LibCsv& libcsv() {
  static const LibCsv lib = [] {
    const SharedLibrary library({"libcsv.so.3", "libcsv.so"}, N_("the CSV reader (libcsv)"), "libcsv3");
    LibCsv l{};
    library.bind(l.csv_init, "csv_init");
    library.bind(l.csv_set_space_func, "csv_set_space_func");
    library.bind(l.csv_set_realloc_func, "csv_set_realloc_func");
    library.bind(l.csv_free, "csv_free");
    library.bind(l.csv_parse, "csv_parse");
    library.bind(l.csv_error, "csv_error");
    library.bind(l.csv_fini, "csv_fini");
    return l;
  }();  // a failed load throws, and is tried again next time
  return lib;
}

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// RFC 4180 keeps spaces: " 12" is a value with a leading space. libcsv trims spaces and tabs
// around unquoted fields unless told that nothing is a space.
int no_spaces(unsigned char) { return 0; }

bool is_line_end(unsigned char c) { return c == '\r' || c == '\n'; }

// libcsv grows its field buffer by a fixed 128 bytes each time it fills, so a long field is
// copied again and again: a 10 MB note took minutes wherever realloc cannot extend in place
// (under AddressSanitizer, always). Growing to at least twice the usable size makes the
// copies add up to the field's length once; libcsv's later small requests then fit without
// a call to realloc.
void* grow_geometrically(void* buffer, std::size_t size) {
  const std::size_t usable = buffer ? malloc_usable_size(buffer) : 0;
  if (size <= usable) return buffer;
  return std::realloc(buffer, std::max(size, 2 * usable));
}

}  // namespace

std::string column_letter(std::size_t index) {
  std::string letters;
  for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return letters;
}

CsvReader::CsvReader(Sink sink, std::string source)
    : parser_(new csv_parser), sink_(std::move(sink)), source_(std::move(source)) {
  if (libcsv().csv_init(parser_, CSV_STRICT | CSV_STRICT_FINI) != 0) {
    delete parser_;
    throw std::bad_alloc();
  }
  libcsv().csv_set_space_func(parser_, no_spaces);
  libcsv().csv_set_realloc_func(parser_, grow_geometrically);
}

CsvReader::~CsvReader() {
  libcsv().csv_free(parser_);
  delete parser_;
}

void CsvReader::fail(std::size_t line, std::size_t field, const std::string& why) const {
  if (source_.empty()) throw rejected(trf("line {}, column {}: {}", line, column_letter(field), why));
  throw rejected(trf("{} line {}, column {}: {}", source_, line, column_letter(field), why));
}

// libcsv is C: an exception must not cross it, so the callbacks only note a problem or a
// complete record, and feed() raises or delivers it once csv_parse has returned.
void CsvReader::on_field(void* data, std::size_t size, void* self_ptr) {
  auto* self = static_cast<CsvReader*>(self_ptr);
  std::string value(static_cast<const char*>(data), size);
  if (!self->problem_ && !is_valid_utf8(value)) {
    // A NUL byte in otherwise good text is no encoding problem: saying 'GBK?' would mislead.
    std::string without_nul = value;
    std::erase(without_nul, '\0');
    std::string why =
        without_nul.size() != value.size() && is_valid_utf8(without_nul)
            ? tr("the text holds a NUL byte, which a CSV file of text cannot hold; remove it")
            : self->bad_text_;
    if (why.empty()) why = tr("the text is not UTF-8 (a file saved as GBK or ANSI?); save it as \"CSV UTF-8\"");
    self->problem_ = Problem{self->field_line_, self->current_.fields.size(), std::move(why)};
  }
  self->current_.fields.push_back(std::move(value));
  // The next field starts right after the delimiter, on this line; after a record's end,
  // where the next record starts (parse() sets it then).
  self->field_line_ = self->line_;
}

void CsvReader::on_record(int, void* self_ptr) {
  auto* self = static_cast<CsvReader*>(self_ptr);
  const std::size_t width = self->current_.fields.size();
  self->complete_.push_back(std::move(self->current_));
  self->current_ = CsvRecord{};
  self->current_.fields.reserve(width);  // the next record is most likely as wide
  self->at_record_start_ = true;
}

void CsvReader::feed(std::string_view text) {
  if (bom_done_) return parse(text);
  // The first bytes are held until they are known not to begin a byte-order mark, so that a
  // mark split between two pieces is dropped as a whole one is. A tool that adds a mark to a
  // file that had one leaves two: both are dropped, or the second would hide inside the
  // first header ('\ufeffcode' is not a column).
  lead_.append(text);
  for (;;) {
    if (lead_.starts_with(kBom)) lead_.erase(0, kBom.size());
    else if (kBom.starts_with(lead_)) return;  // may still become a mark: wait for more
    else break;
  }
  bom_done_ = true;
  const std::string held = std::move(lead_);
  lead_.clear();
  parse(held);
}

void CsvReader::parse(std::string_view text) {
  // libcsv is fed one line at a time, its line end included: a record can only end at a line
  // end, so every position libcsv reports lies on the line being fed, and a field ends either
  // at a delimiter on that line or at its end. (Fed one byte at a time, reading a million
  // reports cost more than checking them.)
  while (!text.empty()) {
    // A plain loop: find_first_of("\r\n") calls memchr over the two for every byte.
    std::size_t end = 0;
    while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
    const std::size_t length = end == text.size() ? text.size() : end + 1;
    const std::string_view piece = text.substr(0, length);
    text.remove_prefix(length);
    const bool only_line_end = length == 1 && is_line_end(static_cast<unsigned char>(piece[0]));
    // Blank lines between records are skipped by libcsv and start nothing.
    if (at_record_start_ && !only_line_end) {
      current_.line = line_;
      field_line_ = line_;
      at_record_start_ = false;
    }
    const std::size_t parsed = libcsv().csv_parse(parser_, piece.data(), piece.size(), on_field, on_record, this);
    // A problem a field noted comes before a parse error further along the line.
    if (problem_) fail(problem_->line, problem_->field, problem_->why);
    if (parsed != piece.size()) {
      const std::size_t field = current_.fields.size();
      if (libcsv().csv_error(parser_) != CSV_EPARSE) fail(line_, field, tr("the field is too large to read"));
      if (parser_->quoted)
        fail(line_, field,
             tr("text follows the closing quote of a quoted field; a quote inside quotes is written twice (\"\")"));
      fail(line_, field, tr("a double quote inside a field that does not start with one; put the whole field in "
                            "double quotes and write the quote twice (\"\")"));
    }
    deliver();
    // CR LF is one line end; a lone CR (old Mac files) is one too.
    const auto last = static_cast<unsigned char>(piece.back());
    if (last == '\n') {
      if (!(pending_cr_ && length == 1)) ++line_;
    } else if (last == '\r') {
      ++line_;
    }
    pending_cr_ = last == '\r';
  }
}

void CsvReader::deliver() {
  for (auto& r : complete_) sink_(std::move(r));
  complete_.clear();
}

void CsvReader::finish() {
  if (!bom_done_) {
    bom_done_ = true;
    const std::string held = std::move(lead_);
    lead_.clear();
    parse(held);  // the start of a mark, never completed: bytes like any others
  }
  if (libcsv().csv_fini(parser_, on_field, on_record, this) != 0)
    fail(field_line_, current_.fields.size(),
         tr("the quoted field that opens here is never closed; end it with a double quote"));
  if (problem_) fail(problem_->line, problem_->field, problem_->why);
  deliver();
}

void read_csv(std::string_view text, std::string_view source, const std::function<void(const CsvRecord&)>& fn) {
  CsvReader reader([&](CsvRecord&& r) { fn(r); }, std::string(source));
  reader.feed(text);
  reader.finish();
}

}  // namespace keyproj
