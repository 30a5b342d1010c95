#include "output/dispatch_workbook.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <filesystem>
#include <memory>

#include "output/xlsx_library.h"
#include "output/xlsx_support.h"
#include "util/error.h"
#include "util/text.h"

namespace keyproj {
namespace {

// The rows a county may add below the list (a project the office missed) keep the checks.
constexpr lxw_row_t kSpareRows = 200;

class DispatchWriter {
 public:
  DispatchWriter(const std::string& path, const std::string& shown_path, Lang lang) : path_(shown_path), lang_(lang) {
    // The library's own temporary files go beside the workbook.
    const auto folder = std::filesystem::path(path).parent_path();
    tmpdir_ = folder.empty() ? std::string(".") : folder.string();
    // Rows stream out as written (inline strings, as keyproj's other workbooks): memory stays
    // flat for a province's list.
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = tmpdir_.data();
    book_.reset(lib().workbook_new_opt(path.c_str(), &options));
    if (!book_) throw database_error("file " + quote(path_) + " cannot be written");
    title_ = format(nullptr, true);
    header_ = format(nullptr, true);
    lib().format_set_text_wrap(header_);
    locked_ = format(nullptr);
    money_ = format("#,##0.00");
    share_ = format("0.00%");
    date_ = format("yyyy-mm-dd");
    fill_ = format(nullptr, false, true);
    fill_money_ = format("0.00", false, true);
    fill_text_ = format(nullptr, false, true);
    lib().format_set_text_wrap(fill_text_);
  }

  void sheet(const TemplateSheet& s, const std::vector<TemplateColumn>& columns,
             const std::vector<std::string>& stage_names) {
    lxw_worksheet* ws = lib().workbook_add_worksheet(book_.get(), s.name.c_str());
    if (!ws) throw database_error("file " + quote(path_) + " cannot be written: sheet " + quote(s.name));
    const auto last = static_cast<lxw_col_t>(columns.size() - 1);
    check(lib().worksheet_merge_range(ws, 0, 0, 0, last, xml_text(s.title).c_str(), title_));
    std::vector<std::size_t> width(columns.size(), 8);
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const std::string label = header(columns[c].column);
      check(lib().worksheet_write_string(ws, 1, col(c), label.c_str(), header_));
      width[c] = std::max(width[c], display_width(label) / 2 + 2);
    }
    lxw_row_t row = 2;
    for (const auto& cells : *s.rows) {
      for (std::size_t c = 0; c < columns.size() && c < cells.size(); ++c) {
        // A project's fill-in cells are written, blank and unlocked, so that every reader sees
        // them open (the spare rows below take their column's format).
        if (columns[c].fill) check(lib().worksheet_write_blank(ws, row, col(c), fill_format(columns[c])));
        else write(ws, row, c, cells[c], columns[c], width);
      }
      ++row;
    }
    const lxw_row_t end = row + kSpareRows;
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const TemplateColumn& t = columns[c];
      lxw_format* f = t.fill ? fill_format(t) : nullptr;
      if (t.fill) width[c] = std::max<std::size_t>(width[c], t.check == FillCheck::None ? 30 : 12);
      lib().worksheet_set_column(ws, col(c), col(c), static_cast<double>(std::min<std::size_t>(width[c], 50)), f);
      if (t.check != FillCheck::None) validate(ws, c, end, t.check, stage_names);
    }
    lib().worksheet_freeze_panes(ws, 2, 3);
    lxw_protection protection{};
    protection.no_select_locked_cells = LXW_FALSE;
    protection.format_columns = LXW_TRUE;  // a county may widen a column to read it
    protection.format_rows = LXW_TRUE;
    lib().worksheet_protect(ws, nullptr, &protection);
  }

  void finish() {
    const lxw_error err = lib().workbook_close(book_.release());
    if (err != LXW_NO_ERROR) throw database_error("file " + quote(path_) + " cannot be written: " + lib().lxw_strerror(err));
  }

 private:
  static const XlsxLibrary& lib() { return xlsx_library(); }
  static lxw_col_t col(std::size_t c) { return static_cast<lxw_col_t>(c); }

  lxw_format* format(const char* number_format, bool bold = false, bool unlocked = false) {
    lxw_format* f = lib().workbook_add_format(book_.get());
    if (bold) lib().format_set_bold(f);
    if (number_format) lib().format_set_num_format(f, number_format);
    if (unlocked) {
      lib().format_set_unlocked(f);
      lib().format_set_bg_color(f, 0xFFF2CC);  // the pale yellow forms use for "fill in here"
    }
    return f;
  }

  lxw_format* fill_format(const TemplateColumn& t) const {
    return t.check == FillCheck::Money ? fill_money_ : t.check == FillCheck::None ? fill_text_ : fill_;
  }

  // The header as given, in the sheet's language (a money column's names its unit, 万元).
  std::string header(const Column& c) const { return lang_ == Lang::Zh ? c.label_zh : c.label_en; }

  void write(lxw_worksheet* ws, lxw_row_t row, std::size_t c, const Cell& cell, const TemplateColumn& t,
             std::vector<std::size_t>& width) {
    if (std::holds_alternative<std::monostate>(cell)) return;
    if (const auto* m = std::get_if<MoneyCell>(&cell)) {
      check(lib().worksheet_write_number(ws, row, col(c), static_cast<double>(m->yuan) / 10000.0, money_));
      width[c] = std::max<std::size_t>(width[c], std::to_string(m->yuan / 10000).size() + 6);
    } else if (const auto* d = std::get_if<double>(&cell)) {
      check(lib().worksheet_write_number(ws, row, col(c), *d, t.column.kind == Kind::Share ? share_ : locked_));
    } else if (const auto* i = std::get_if<std::int64_t>(&cell)) {
      check(lib().worksheet_write_number(ws, row, col(c), static_cast<double>(*i), locked_));
    } else {
      const std::string& s = std::get<std::string>(cell);
      if (const auto serial = t.column.kind == Kind::Date ? excel_serial(s) : std::nullopt) {
        check(lib().worksheet_write_number(ws, row, col(c), static_cast<double>(*serial), date_));
        width[c] = std::max<std::size_t>(width[c], 12);
        return;
      }
      const std::string text = xml_text(s);
      if (utf8_chars(text) > kMaxCellChars) check(LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED);
      check(lib().worksheet_write_string(ws, row, col(c), text.c_str(), locked_));
      width[c] = std::max(width[c], display_width(text) + 2);
    }
  }

  void validate(lxw_worksheet* ws, std::size_t c, lxw_row_t end, FillCheck what, const std::vector<std::string>& stages) {
    lxw_data_validation v{};
    v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    std::string title, message;
    std::vector<std::string> names = stages;
    std::vector<char*> list;
    if (what == FillCheck::Money) {
      v.validate = LXW_VALIDATION_TYPE_DECIMAL;
      v.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
      v.value_number = 0;
      message = lang_ == Lang::Zh ? "请填写本月完成投资（万元），不小于 0" : "this month's investment in 万元, 0 or more";
    } else if (what == FillCheck::Percent) {
      v.validate = LXW_VALIDATION_TYPE_INTEGER;
      v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
      v.minimum_number = 0;
      v.maximum_number = 100;
      message = lang_ == Lang::Zh ? "请填写 0 至 100 的整数" : "a whole percentage from 0 to 100";
    } else {
      v.validate = LXW_VALIDATION_TYPE_LIST;
      for (auto& n : names) list.push_back(n.data());
      list.push_back(nullptr);
      v.value_list = list.data();
      message = lang_ == Lang::Zh ? "请从下拉列表中选择阶段" : "choose the stage from the list";
    }
    title = lang_ == Lang::Zh ? "填写有误" : "Not accepted";
    v.error_title = title.data();
    v.error_message = message.data();
    check(lib().worksheet_data_validation_range(ws, 2, col(c), end, col(c), &v));
  }

  void check(lxw_error err) const {
    if (err == LXW_NO_ERROR) return;
    if (err == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
      throw rejected("a cell of " + quote(path_) + " is longer than the 32767 characters an Excel cell holds");
    throw database_error("file " + quote(path_) + " cannot be written: " + lib().lxw_strerror(err));
  }

  StderrSilenced silenced_;  // first: stderr is back before an error reaches the officer
  std::string path_;
  Lang lang_;
  std::string tmpdir_;
  std::unique_ptr<lxw_workbook, WorkbookCloser> book_;
  lxw_format *title_ = nullptr, *header_ = nullptr, *locked_ = nullptr, *money_ = nullptr, *share_ = nullptr,
             *date_ = nullptr, *fill_ = nullptr, *fill_money_ = nullptr, *fill_text_ = nullptr;
};

}  // namespace

void write_dispatch_workbook(const std::string& path, const std::string& shown_path,
                             const std::vector<TemplateColumn>& columns, const std::vector<TemplateSheet>& sheets,
                             const std::vector<std::string>& stage_names, Lang lang) {
  DispatchWriter w(path, shown_path, lang);
  for (const auto& s : sheets) w.sheet(s, columns, stage_names);
  w.finish();
}

}  // namespace keyproj
