#include "output/row_writer.h"

#include <charconv>
#include <ostream>

#include <nlohmann/json.hpp>

#include "output/json_stream.h"
#include "util/error.h"
#include "util/money.h"
#include "util/text.h"

namespace keyproj {

namespace {

void append_csv_field(std::string& out, std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    out.append(s);
    return;
  }
  out += '"';
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace

std::string csv_field(std::string_view s) {
  std::string out;
  append_csv_field(out, s);
  return out;
}

namespace {

// The shortest text that reads back as the same number (0.2304, not 0.2 nor 0.23039999…),
// as JSON prints it: CSV must not lose what JSON keeps. Always in fixed notation: a share of
// 0.0003 is not written 3e-04, which an officer's spreadsheet may read as text.
std::string number_text(double d) {
  char buf[400];  // the longest fixed form of a double (1.8e308 has 309 digits)
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed);
  return ec == std::errc() ? std::string(buf, end) : std::string("nan");
}

// The exact form for machine formats: money as integer yuan.
std::string plain_text(const Cell& c) {
  struct {
    std::string operator()(std::monostate) const { return ""; }
    std::string operator()(std::int64_t v) const { return std::to_string(v); }
    std::string operator()(double v) const { return number_text(v); }
    std::string operator()(const MoneyCell& m) const { return std::to_string(m.yuan); }
    std::string operator()(const std::string& s) const { return s; }
  } visit;
  return std::visit(visit, c);
}

// A cell's text without copying it when it is text already (most cells are): other cells are
// written into `scratch`, which the caller keeps from row to row. `table` picks cell_text's
// form, else plain_text's.
std::string_view cell_view(const Cell& c, std::string& scratch, bool table) {
  if (const auto* s = std::get_if<std::string>(&c)) return *s;
  if (const auto* v = std::get_if<std::int64_t>(&c)) {
    char buf[24];
    const auto end = std::to_chars(buf, buf + sizeof buf, *v).ptr;
    scratch.assign(buf, end);
    return scratch;
  }
  scratch = table ? cell_text(c) : plain_text(c);
  return scratch;
}

// A spreadsheet opening the file would run a text cell that starts like a formula
// (=HYPERLINK(…) in a project's name): such a cell is written with a leading apostrophe, as
// OWASP advises, and the CSV reader of import takes exactly one off again. A leading
// apostrophe is itself escaped so that the round trip keeps the text as it was.
bool formula_like(std::string_view text) {
  return !text.empty() && std::string_view("=+-@\t\r'").find(text.front()) != std::string_view::npos;
}

class CsvWriter : public RowWriter {
 public:
  CsvWriter(std::ostream& out, const std::vector<Column>& columns, Lang lang) : out_(out) {
    std::string line;
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (i) line += ',';
      line += csv_field(lang == Lang::Zh ? columns[i].label_zh : columns[i].key);
    }
    out_ << line << "\r\n";
  }
  void row(const std::vector<Cell>& cells) override {
    line_.clear();
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) line_ += ',';
      const auto* text = std::get_if<std::string>(&cells[i]);
      if (text && formula_like(*text)) {
        scratch_.assign(1, '\'');
        scratch_ += *text;
        append_csv_field(line_, scratch_);
      } else {
        append_csv_field(line_, cell_view(cells[i], scratch_, false));
      }
    }
    line_ += "\r\n";
    out_.write(line_.data(), static_cast<std::streamsize>(line_.size()));
  }
  void finish() override { out_.flush(); }

 private:
  std::ostream& out_;
  std::string line_;     // reused from row to row: no allocation per row once it has grown
  std::string scratch_;  // a number's text
};

class JsonWriter : public RowWriter {
 public:
  JsonWriter(std::ostream& out, std::vector<Column> columns) : json_(out), columns_(std::move(columns)) {}
  void row(const std::vector<Cell>& cells) override { json_.add(json_row(columns_, cells)); }
  void finish() override { json_.finish(); }

 private:
  JsonStream json_;
  std::vector<Column> columns_;
};

// Rows wait in memory only until there are kSample of them: their widths (and the header's)
// set the columns, and every later row is printed as it comes, a long name cut with "…" to its
// column as the first ones were; a code or number wider than any before it is printed whole.
// Without a width (a pipe, a file, --wide) nothing is cut: a later, longer name is printed
// whole too, since a file is read for its data, not its alignment.
// A table of a whole province's portfolio thus streams like CSV, in flat memory.
// A table is for a person: a cell holding what a terminal would obey (an escape sequence, a
// newline, a bidi override stored before keyproj refused them) is shown escaped (terminal_text),
// and measured as shown.
class TableWriter : public RowWriter {
 public:
  static constexpr std::size_t kSample = 1000;

  TableWriter(std::ostream& out, std::vector<Column> columns, const TableStyle& style)
      : out_(out), columns_(std::move(columns)), style_(style) {}
  void row(const std::vector<Cell>& cells) override {
    if (streaming_) {
      // Straight from the cells to the line: no copy of a text cell on the way.
      scratch_.resize(cells.size());
      views_.clear();
      for (std::size_t i = 0; i < cells.size(); ++i) {
        std::string_view v = cell_view(cells[i], scratch_[i], true);
        if (!terminal_safe(v)) {
          scratch_[i] = terminal_text(v);
          v = scratch_[i];
        }
        views_.push_back(v);
      }
      print_line(views_, width_);
      return;
    }
    std::vector<std::string> texts;
    texts.reserve(cells.size());
    for (const auto& c : cells) texts.push_back(terminal_text(cell_text(c)));
    rows_.push_back(std::move(texts));
    if (rows_.size() >= kSample) start_streaming();
  }
  void finish() override {
    if (!streaming_) start_streaming();
    out_.flush();
  }

 private:
  // Sets the widths from the rows so far, prints them under the header, and prints every later
  // row as it comes.
  void start_streaming() {
    const std::size_t n = columns_.size();
    width_.assign(n, 0);
    std::vector<std::string> header(n);
    for (std::size_t i = 0; i < n; ++i) {
      header[i] = style_.lang == Lang::Zh ? columns_[i].label_zh : columns_[i].label_en;
      width_[i] = display_width(header[i]);
    }
    for (const auto& r : rows_)
      for (std::size_t i = 0; i < n && i < r.size(); ++i) width_[i] = std::max(width_[i], display_width(r[i]));
    fit(width_, header);
    print_line(views_of(header), width_);
    std::string rule;
    for (std::size_t i = 0; i < n; ++i) rule += (i ? "  " : "") + std::string(width_[i], '-');
    out_ << rule << "\n";
    for (const auto& r : rows_) print_line(views_of(r), width_);
    rows_.clear();
    rows_.shrink_to_fit();
    streaming_ = true;
  }

  // Shrinks the shrinkable columns one column at a time, always the widest, so that a long
  // name and a long owner give up space evenly; none goes below its header or 8 columns.
  void fit(std::vector<std::size_t>& width, const std::vector<std::string>& header) const {
    if (!style_.width) return;
    std::size_t total = 2 * (width.empty() ? 0 : width.size() - 1);
    for (auto w : width) total += w;
    while (total > *style_.width) {
      std::size_t widest = width.size();
      for (std::size_t i = 0; i < width.size(); ++i) {
        const std::size_t floor = std::max<std::size_t>(display_width(header[i]), 8);
        if (columns_[i].shrinkable && width[i] > floor && (widest == width.size() || width[i] > width[widest]))
          widest = i;
      }
      if (widest == width.size()) break;  // nothing left to shrink: let the line wrap
      --width[widest];
      --total;
    }
  }

  const std::vector<std::string_view>& views_of(const std::vector<std::string>& texts) {
    views_.assign(texts.begin(), texts.end());
    return views_;
  }

  // Builds the line in line_, reused from row to row, and measures each cell once.
  void print_line(const std::vector<std::string_view>& cells, const std::vector<std::size_t>& width) {
    line_.clear();
    for (std::size_t i = 0; i < width.size(); ++i) {
      const std::string_view cell = i < cells.size() ? cells[i] : std::string_view();
      if (i) line_ += "  ";
      const bool right = columns_[i].align == Align::Right;
      const bool last = i + 1 == width.size();
      // Only shrinkable columns are cut; fit() never narrows the others below their widest cell.
      const bool cut = columns_[i].shrinkable && style_.width;
      text_.clear();
      const std::size_t w = cut ? fit_to_width(cell, width[i], text_) : display_width(cell);
      const std::string_view text = cut ? std::string_view(text_) : cell;
      const std::size_t fill = w < width[i] ? width[i] - w : 0;
      if (right) line_.append(fill, ' ');
      const std::string_view sgr = style_.color && columns_[i].paint ? columns_[i].paint(text) : std::string_view();
      if (sgr.empty()) {
        line_ += text;
      } else {
        line_ += "\x1b[";
        line_ += sgr;
        line_ += 'm';
        line_ += text;
        line_ += "\x1b[0m";
      }
      if (!right && !last) line_.append(fill, ' ');
    }
    line_ += '\n';
    out_.write(line_.data(), static_cast<std::streamsize>(line_.size()));
  }

  std::ostream& out_;
  std::vector<Column> columns_;
  TableStyle style_;
  std::vector<std::vector<std::string>> rows_;  // the first rows, until the widths are set
  std::vector<std::size_t> width_;
  bool streaming_ = false;
  // Reused from row to row, so that a streamed row allocates nothing once they have grown.
  std::string line_;
  std::string text_;                    // a shrinkable cell, cut to its column
  std::vector<std::string> scratch_;    // per column: the text of a cell that is not text
  std::vector<std::string_view> views_;
};

}  // namespace

nlohmann::ordered_json json_row(const std::vector<Column>& columns, const std::vector<Cell>& cells) {
  nlohmann::ordered_json o = nlohmann::ordered_json::object();
  for (std::size_t i = 0; i < columns.size() && i < cells.size(); ++i) {
    const Cell& c = cells[i];
    auto& slot = o[columns[i].key];
    if (std::holds_alternative<std::monostate>(c)) slot = nullptr;
    else if (auto* v = std::get_if<std::int64_t>(&c)) slot = *v;
    else if (auto* d = std::get_if<double>(&c)) slot = *d;
    else if (auto* m = std::get_if<MoneyCell>(&c)) slot = m->yuan;
    else slot = std::get<std::string>(c);
  }
  return o;
}

std::string cell_text(const Cell& c) {
  if (std::holds_alternative<std::monostate>(c)) return "—";
  if (auto* m = std::get_if<MoneyCell>(&c)) return format_money(m->yuan);
  return plain_text(c);
}

std::unique_ptr<RowWriter> make_row_writer(Format format, std::ostream& out, std::vector<Column> columns,
                                           const TableStyle& style) {
  switch (format) {
    case Format::Csv: return std::make_unique<CsvWriter>(out, columns, style.lang);
    case Format::Json: return std::make_unique<JsonWriter>(out, std::move(columns));
    case Format::Table: break;
    case Format::Xlsx:
      throw usage_error("format 'xlsx' writes a workbook file; use 'keyproj export --format xlsx --out FILE'");
    case Format::Ics:
      throw usage_error("format 'ics' writes a calendar of milestones; use 'keyproj export --what milestones --format ics'");
  }
  return std::make_unique<TableWriter>(out, std::move(columns), style);
}

}  // namespace keyproj
