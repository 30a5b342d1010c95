#include "io/sheet_xml.h"

#include <algorithm>
#include <charconv>

#include "io/csv_reader.h"
#include "io/xml_parser.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

bool parse_count(std::string_view text, std::size_t& n) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  return ec == std::errc() && end == text.data() + text.size();
}

class MergeHandler : public XmlHandler {
 public:
  void start(std::string_view name, const char** attrs) override {
    if (name != "mergeCell") return;
    const char* ref = xml_attribute(attrs, "ref");
    if (!ref) return;
    const std::string_view r(ref);
    const std::size_t colon = r.find(':');
    if (colon == std::string_view::npos) return;
    CellRange range;
    if (!parse_cell_ref(r.substr(0, colon), range.first_column, range.first_row) ||
        !parse_cell_ref(r.substr(colon + 1), range.last_column, range.last_row))
      return;
    if (range.last_row < range.first_row || range.last_column < range.first_column) return;
    ranges.push_back(range);
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}

  std::vector<CellRange> ranges;
};

class RowsHandler : public XmlHandler {
 public:
  RowsHandler(const SharedStrings& strings, const CellStyles& styles, std::vector<CellRange> merged,
              SheetXml::Sink sink, std::string what)
      : strings_(strings), styles_(styles), merged_(std::move(merged)), sink_(std::move(sink)), what_(std::move(what)) {
    std::stable_sort(merged_.begin(), merged_.end(),
                     [](const CellRange& a, const CellRange& b) { return a.first_row < b.first_row; });
  }

  void start(std::string_view name, const char** attrs) override {
    if (name == "sheetData") {
      in_data_ = true;
    } else if (!in_data_) {
      return;
    } else if (name == "row") {
      start_row(xml_attribute(attrs, "r"));
    } else if (name == "c") {
      start_cell(attrs);
    } else if (name == "v") {
      in_value_ = true;
    } else if (name == "is") {
      in_inline_ = true;
    } else if (name == "rPh") {
      ++phonetic_;
    } else if (name == "t" && in_inline_ && !phonetic_) {
      in_value_ = true;
    }
  }

  void end(std::string_view name) override {
    if (!in_data_) return;
    if (name == "v" || name == "t") in_value_ = false;
    else if (name == "is") in_inline_ = false;
    else if (name == "rPh" && phonetic_) --phonetic_;
    else if (name == "c" && in_cell_) end_cell();
    else if (name == "row" && in_row_) end_row();
    else if (name == "sheetData") in_data_ = false;
  }

  void text(std::string_view chars) override {
    if (!in_value_ || !in_cell_) return;
    value_.append(chars);
    // Four bytes at most to a character: past this the cell is over the limit for certain,
    // and is refused before a crafted one fills memory.
    if (value_.size() > 4 * kMaxCellChars) too_long();
  }

 private:
  [[noreturn]] void fail(const std::string& why) const {
    throw rejected(trf("{} line {}, column {}: {}", what_, row_.number, column_letter(column_), why));
  }
  [[noreturn]] void too_long() const {
    fail(trf("the cell holds more than the {} characters a cell can hold", kMaxCellChars));
  }

  void start_row(const char* r) {
    // A row without a number, or with one no row has (0), follows the one before it.
    std::size_t number = row_.number + 1;
    if (r && (!parse_count(r, number) || number == 0)) number = row_.number + 1;
    if (number > kMaxRows)
      throw rejected(trf("{} line {}: a sheet has at most {} rows; split the sheet", what_, number, kMaxRows));
    row_ = SheetRow{number, {}, number};
    in_row_ = true;
    column_ = 0;
    next_column_ = 0;
  }

  void start_cell(const char** attrs) {
    if (!in_row_) start_row(nullptr);
    std::size_t column = next_column_;
    std::size_t row = 0;  // the reference's row: the row element has said it already
    if (const char* r = xml_attribute(attrs, "r"); !r || !parse_cell_ref(r, column, row)) column = next_column_;
    column_ = column;
    if (column >= kMaxColumns) fail(trf("a sheet has at most {} columns (A to XFD)", kMaxColumns));
    next_column_ = column + 1;
    const char* t = xml_attribute(attrs, "t");
    type_ = t ? t : "n";
    style_ = 0;
    if (const char* s = xml_attribute(attrs, "s")) parse_count(s, style_);
    value_.clear();
    in_cell_ = true;
  }

  void end_cell() {
    in_cell_ = false;
    in_value_ = false;
    SheetCell cell;
    if (type_ == "s") {
      std::size_t index = 0;
      const std::string* s = parse_count(value_, index) ? strings_.at(index) : nullptr;
      if (!s) fail(trf("the cell names shared string {}, which the workbook does not have", quote(value_)));
      cell = SheetCell{CellKind::Text, *s, NumberFormat::General};
    } else if (type_ == "inlineStr" || type_ == "str") {
      cell = SheetCell{CellKind::Text, value_, NumberFormat::General};
    } else if (type_ == "d") {
      cell = SheetCell{CellKind::Text, value_.substr(0, 10), NumberFormat::General};  // ISO 8601
    } else if (type_ == "b") {
      cell = SheetCell{CellKind::Boolean, value_ == "1" ? "TRUE" : "FALSE", NumberFormat::General};
    } else if (type_ == "e") {
      cell = SheetCell{CellKind::Error, value_, NumberFormat::General};
    } else if (!value_.empty()) {
      cell = SheetCell{CellKind::Number, value_, styles_.format(style_)};
    }
    if (cell.kind == CellKind::Empty || cell.value.empty()) return;
    if (char_count(cell.value) > kMaxCellChars) too_long();
    if (row_.cells.size() <= column_) row_.cells.resize(column_ + 1);
    row_.cells[column_] = std::move(cell);
  }

  void end_row() {
    in_row_ = false;
    const std::size_t n = row_.number;
    // Ranges merged down from an earlier row give their value to this one.
    std::erase_if(pending_, [&](const Pending& p) { return p.last_row < n; });
    for (const Pending& p : pending_) {
      if (row_.cells.size() <= p.column) row_.cells.resize(p.column + 1);
      if (row_.cells[p.column].kind == CellKind::Empty) row_.cells[p.column] = p.cell;
    }
    while (next_merge_ < merged_.size() && merged_[next_merge_].first_row < n) ++next_merge_;
    for (std::size_t m = next_merge_; m < merged_.size() && merged_[m].first_row == n; ++m) {
      const CellRange& range = merged_[m];
      if (range.last_row == n || range.first_column >= row_.cells.size()) continue;
      row_.merged_to = std::max(row_.merged_to, range.last_row);
      pending_.push_back(Pending{range.last_row, range.first_column, row_.cells[range.first_column]});
    }
    while (!row_.cells.empty() && row_.cells.back().kind == CellKind::Empty) row_.cells.pop_back();
    sink_(std::move(row_));
    row_ = SheetRow{n, {}, n};
  }

  struct Pending {
    std::size_t last_row;
    std::size_t column;
    SheetCell cell;
  };

  const SharedStrings& strings_;
  const CellStyles& styles_;
  std::vector<CellRange> merged_;  // by first row
  std::size_t next_merge_ = 0;
  std::vector<Pending> pending_;
  SheetXml::Sink sink_;
  std::string what_;
  bool in_data_ = false;
  bool in_row_ = false;
  bool in_cell_ = false;
  bool in_value_ = false;
  bool in_inline_ = false;
  int phonetic_ = 0;
  SheetRow row_;
  std::size_t column_ = 0;
  std::size_t next_column_ = 0;
  std::string type_;
  std::size_t style_ = 0;
  std::string value_;
};

}  // namespace

bool parse_cell_ref(std::string_view ref, std::size_t& column, std::size_t& row) {
  std::size_t i = 0;
  std::size_t c = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 3) c = c * 26 + static_cast<std::size_t>(ref[i++] - 'A' + 1);
  if (i == 0 || i == ref.size()) return false;
  std::size_t r = 0;
  if (!parse_count(ref.substr(i), r) || r == 0) return false;
  column = c - 1;
  row = r;
  return true;
}

struct MergeScan::Impl {
  MergeHandler handler;
  XmlParser parser;
  explicit Impl(std::string what) : parser(handler, std::move(what)) {}
};

MergeScan::MergeScan(std::string what) : impl_(std::make_unique<Impl>(std::move(what))) {}
MergeScan::~MergeScan() = default;
void MergeScan::feed(std::string_view xml) { impl_->parser.feed(xml); }
std::vector<CellRange> MergeScan::finish() {
  impl_->parser.finish();
  return std::move(impl_->handler.ranges);
}

struct SheetXml::Impl {
  RowsHandler handler;
  XmlParser parser;
  Impl(const SharedStrings& strings, const CellStyles& styles, std::vector<CellRange> merged, Sink sink,
       const std::string& what)
      : handler(strings, styles, std::move(merged), std::move(sink), what), parser(handler, what) {}
};

SheetXml::SheetXml(const SharedStrings& strings, const CellStyles& styles, std::vector<CellRange> merged, Sink sink,
                   std::string what)
    : impl_(std::make_unique<Impl>(strings, styles, std::move(merged), std::move(sink), what)) {}
SheetXml::~SheetXml() = default;
void SheetXml::feed(std::string_view xml) { impl_->parser.feed(xml); }
void SheetXml::finish() { impl_->parser.finish(); }

}  // namespace keyproj
