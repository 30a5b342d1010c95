#include "io/csv_reader.h"

#include <csv.h>
#include <malloc.h>

#include <algorithm>
#include <cstdlib>

#include "util/error.h"
#include "util/text.h"

namespace keyproj {
namespace {

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
  if (csv_init(parser_, CSV_STRICT | CSV_STRICT_FINI) != 0) {
    delete parser_;
    throw std::bad_alloc();
  }
  csv_set_space_func(parser_, no_spaces);
  csv_set_realloc_func(parser_, grow_geometrically);
}

CsvReader::~CsvReader() {
  csv_free(parser_);
  delete parser_;
}

void CsvReader::fail(std::size_t line, std::size_t field, const std::string& why) const {
  throw rejected((source_.empty() ? "" : source_ + " ") + "line " + std::to_string(line) + ", column " +
                 column_letter(field) + ": " + why);
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
    self->problem_ = Problem{self->field_line_, self->current_.fields.size(),
                             without_nul.size() != value.size() && is_valid_utf8(without_nul)
                                 ? "the text holds a NUL byte, which a CSV file of text cannot hold; remove it"
                                 : "the text is not UTF-8 (a file saved as GBK or ANSI?); save it as \"CSV UTF-8\""};
  }
  self->current_.fields.push_back(std::move(value));
  self->at_field_start_ = true;
  self->in_quotes_ = false;
}

void CsvReader::on_record(int, void* self_ptr) {
  auto* self = static_cast<CsvReader*>(self_ptr);
  self->complete_.push_back(std::move(self->current_));
  self->current_ = CsvRecord{};
  self->at_record_start_ = true;
  self->at_field_start_ = true;
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
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    const std::size_t line = line_;
    // Blank lines between records are skipped by libcsv and start nothing.
    if (!(at_record_start_ && is_line_end(c))) {
      if (at_record_start_) {
        current_.line = line;
        at_record_start_ = false;
      }
      if (at_field_start_) {
        field_line_ = line;
        in_quotes_ = c == '"';
        at_field_start_ = false;
      }
    }
    // One byte at a time, so that an error is known to be at exactly this byte.
    if (csv_parse(parser_, &ch, 1, on_field, on_record, this) != 1) {
      const std::size_t field = current_.fields.size();
      if (csv_error(parser_) != CSV_EPARSE) fail(line, field, "the field is too large to read");
      if (in_quotes_)
        fail(line, field,
             "text follows the closing quote of a quoted field; a quote inside quotes is written twice (\"\")");
      fail(line, field, "a double quote inside a field that does not start with one; put the whole field in "
                        "double quotes and write the quote twice (\"\")");
    }
    if (problem_) fail(problem_->line, problem_->field, problem_->why);
    deliver();
    // CR LF is one line end; a lone CR (old Mac files) is one too.
    if (c == '\n') {
      if (!pending_cr_) ++line_;
    } else if (c == '\r') {
      ++line_;
    }
    pending_cr_ = c == '\r';
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
  if (csv_fini(parser_, on_field, on_record, this) != 0)
    fail(field_line_, current_.fields.size(),
         "the quoted field that opens here is never closed; end it with a double quote");
  if (problem_) fail(problem_->line, problem_->field, problem_->why);
  deliver();
}

std::vector<CsvRecord> parse_csv(std::string_view text) {
  std::vector<CsvRecord> records;
  CsvReader reader([&](CsvRecord&& r) { records.push_back(std::move(r)); });
  reader.feed(text);
  reader.finish();
  return records;
}

void read_csv(std::string_view text, std::string_view source, const std::function<void(const CsvRecord&)>& fn) {
  CsvReader reader([&](CsvRecord&& r) { fn(r); }, std::string(source));
  reader.feed(text);
  reader.finish();
}

}  // namespace keyproj
