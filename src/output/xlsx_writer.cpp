#include "output/xlsx_writer.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <filesystem>
#include <optional>

#include "output/xlsx_library.h"
#include "output/xlsx_support.h"
#include "util/date.h"
#include "util/error.h"
#include "util/text.h"

namespace keyproj {
namespace {

// Excel's widths count characters of its default font; a Chinese character takes about two,
// as on a terminal, so display width is the measure. Bounded so that a long quote does not
// make a column wider than the screen.
constexpr std::size_t kMinWidth = 6;
constexpr std::size_t kMaxWidth = 60;

class XlsxWriter : public RowWriter {
 public:
  XlsxWriter(const std::string& path, const std::string& shown_path, const SheetLayout& layout,
             std::vector<Column> columns)
      : path_(shown_path), people_(layout.for_people), columns_(std::move(columns)), width_(columns_.size(), kMinWidth) {
    // The library's own temporary files go beside the workbook, or, when it is written in
    // place to a device or a FIFO, to the temporary folder.
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    const std::string tmpdir = std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)
                                   ? std::filesystem::temp_directory_path(ec).string()
                                   : std::filesystem::path(path).parent_path().string();
    tmpdir_ = tmpdir.empty() ? "." : tmpdir;
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = tmpdir_.data();
    book_.reset(xlsx_library().workbook_new_opt(path.c_str(), &options));
    if (!book_) throw database_error("file " + quote(path_) + " cannot be written");
    sheet_ = xlsx_library().workbook_add_worksheet(book_.get(), layout.sheet.c_str());
    header_ = format("", true);
    money_ = format(people_ ? "#,##0.00" : "#,##0");
    decimal_ = format(people_ ? "0.00" : "0.0");
    date_ = format("yyyy-mm-dd");
    share_ = format("0.00%");
    if (people_) {
      // The title is as long as it needs: it overflows into the empty cells beside it.
      const std::string title = xml_text(layout.title);
      check(xlsx_library().worksheet_write_string(sheet_, 0, 0, title.c_str(), header_), 0);
      ++row_;
    }
    header_row_ = row_;
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      const std::string label = header(columns_[c], layout.lang);
      check(xlsx_library().worksheet_write_string(sheet_, row_, col(c), label.c_str(), header_), c);
      widen(c, label);
    }
    xlsx_library().worksheet_freeze_panes(sheet_, row_ + 1, 0);
  }

  void row(const std::vector<Cell>& cells) override {
    ++row_;
    for (std::size_t c = 0; c < cells.size() && c < columns_.size(); ++c) {
      const Cell& cell = cells[c];
      if (std::holds_alternative<std::monostate>(cell)) continue;
      if (const auto* m = std::get_if<MoneyCell>(&cell)) {
        // For people: 万元, the unit of bulletins. The value is the exact amount over 10,000
        // (two decimals are shown, the sum of a column stays exact).
        const double value = people_ ? static_cast<double>(m->yuan) / 10000.0 : static_cast<double>(m->yuan);
        check(xlsx_library().worksheet_write_number(sheet_, row_, col(c), value, money_), c);
        widen(c, format_yuan_text(people_ ? m->yuan / 10000 : m->yuan) + (people_ ? ".00" : ""));
      } else if (const auto* i = std::get_if<std::int64_t>(&cell)) {
        check(xlsx_library().worksheet_write_number(sheet_, row_, col(c), static_cast<double>(*i), nullptr), c);
        widen(c, std::to_string(*i));
      } else if (const auto* d = std::get_if<double>(&cell)) {
        const bool share = columns_[c].kind == Kind::Share;
        check(xlsx_library().worksheet_write_number(sheet_, row_, col(c), *d, share ? share_ : decimal_), c);
        widen(c, share ? "100.00%" : "000000.0");
      } else if (const auto serial = people_ && columns_[c].kind == Kind::Date
                                         ? excel_serial(std::get<std::string>(cell))
                                         : std::nullopt) {
        check(xlsx_library().worksheet_write_number(sheet_, row_, col(c), static_cast<double>(*serial), date_), c);
        widen(c, "2026-01-01");
      } else {
        const std::string s = xml_text(std::get<std::string>(cell));
        // Checked here: the library would print its own [ERROR] line first.
        if (utf8_chars(s) > kMaxCellChars) check(LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED, c);
        check(xlsx_library().worksheet_write_string(sheet_, row_, col(c), s.c_str(), nullptr), c);
        widen(c, s);
      }
    }
  }

  void finish() override {
    for (std::size_t c = 0; c < columns_.size(); ++c)
      xlsx_library().worksheet_set_column(sheet_, col(c), col(c), static_cast<double>(std::min(width_[c] + 2, kMaxWidth)), nullptr);
    if (!columns_.empty())
      xlsx_library().worksheet_autofilter(sheet_, header_row_, 0, std::max(row_, header_row_), col(columns_.size() - 1));
    const lxw_error err = xlsx_library().workbook_close(book_.release());
    if (err != LXW_NO_ERROR)
      throw database_error("file " + quote(path_) + " cannot be written: " + xlsx_library().lxw_strerror(err));
  }

 private:
  static lxw_col_t col(std::size_t c) { return static_cast<lxw_col_t>(c); }

  lxw_format* format(const char* number_format, bool bold = false) {
    lxw_format* f = xlsx_library().workbook_add_format(book_.get());
    if (bold) xlsx_library().format_set_bold(f);
    if (*number_format) xlsx_library().format_set_num_format(f, number_format);
    return f;
  }

  // An export's header is what import reads back: the keys, or the Chinese labels. For people
  // it is words in their language, and a money column names its unit, 万元.
  std::string header(const Column& column, Lang lang) const {
    if (!people_) return lang == Lang::Zh ? column.label_zh : column.key;
    if (lang == Lang::Zh) return column.label_zh + (column.kind == Kind::Money ? "（万元）" : "");
    return column.label_en + (column.kind == Kind::Money ? " (万元)" : "");
  }

  static std::string format_yuan_text(std::int64_t yuan) {
    const std::string digits = std::to_string(yuan);
    const std::size_t sign = yuan < 0 ? 1 : 0;
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
      if (i > sign && (digits.size() - i) % 3 == 0) out += ',';
      out += digits[i];
    }
    return out;
  }

  void widen(std::size_t c, const std::string& text) {
    // A multi-line cell is as wide as its longest line.
    std::size_t start = 0;
    while (start <= text.size()) {
      const std::size_t end = std::min(text.find('\n', start), text.size());
      width_[c] = std::max(width_[c], display_width(std::string_view(text).substr(start, end - start)));
      start = end + 1;
    }
  }

  void check(lxw_error err, std::size_t c) const {
    if (err == LXW_NO_ERROR) return;
    if (err == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
      throw rejected("row " + std::to_string(row_ - header_row_) + " " + columns_[c].key +
                     " is longer than the 32767 characters an Excel cell holds; export it as csv or json");
    throw database_error("file " + quote(path_) + " cannot be written: " + xlsx_library().lxw_strerror(err));
  }

  StderrSilenced silenced_;  // first: stderr is back before an error reaches the officer
  std::string path_;
  bool people_ = false;
  std::string tmpdir_;
  std::vector<Column> columns_;
  std::vector<std::size_t> width_;
  std::unique_ptr<lxw_workbook, WorkbookCloser> book_;
  lxw_worksheet* sheet_ = nullptr;
  lxw_format* header_ = nullptr;
  lxw_format* money_ = nullptr;
  lxw_format* decimal_ = nullptr;
  lxw_format* date_ = nullptr;
  lxw_format* share_ = nullptr;
  lxw_row_t row_ = 0;
  lxw_row_t header_row_ = 0;
};

}  // namespace

std::unique_ptr<RowWriter> make_xlsx_writer(const std::string& path, const std::string& shown_path,
                                            const SheetLayout& layout, std::vector<Column> columns) {
  return std::make_unique<XlsxWriter>(path, shown_path, layout, std::move(columns));
}

std::unique_ptr<RowWriter> make_xlsx_writer(const std::string& path, const std::string& shown_path,
                                            const std::string& sheet, std::vector<Column> columns, Lang lang) {
  return make_xlsx_writer(path, shown_path, SheetLayout{sheet, lang, false, ""}, std::move(columns));
}

}  // namespace keyproj
