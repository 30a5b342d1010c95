#include "output/xlsx_library.h"

#include <string>

#include "util/error.h"
#include "util/shared_library.h"

namespace keyproj {
namespace {

XlsxLibrary load() {
  // The shared object of Debian's libxlsxwriter4 (the -dev package adds the unversioned name).
  const SharedLibrary library({"libxlsxwriter.so.4", "libxlsxwriter.so"});
  if (!library.loaded())
    throw database_error("the Excel writer cannot be loaded (" + library.error() +
                         "); install the Debian package libxlsxwriter4");
  XlsxLibrary lib{};
  auto bind = [&](auto& fn, const char* symbol) {
    if (!library.bind(fn, symbol))
      throw database_error(std::string("the Excel writer lacks ") + symbol + "; install libxlsxwriter4 1.1 or newer");
  };
  bind(lib.workbook_new_opt, "workbook_new_opt");
  bind(lib.workbook_add_worksheet, "workbook_add_worksheet");
  bind(lib.workbook_add_format, "workbook_add_format");
  bind(lib.workbook_close, "workbook_close");
  bind(lib.format_set_bold, "format_set_bold");
  bind(lib.format_set_num_format, "format_set_num_format");
  bind(lib.worksheet_write_string, "worksheet_write_string");
  bind(lib.worksheet_write_number, "worksheet_write_number");
  bind(lib.worksheet_freeze_panes, "worksheet_freeze_panes");
  bind(lib.worksheet_set_column, "worksheet_set_column");
  bind(lib.worksheet_autofilter, "worksheet_autofilter");
  bind(lib.lxw_strerror, "lxw_strerror");
  bind(lib.format_set_unlocked, "format_set_unlocked");
  bind(lib.format_set_text_wrap, "format_set_text_wrap");
  bind(lib.format_set_bg_color, "format_set_bg_color");
  bind(lib.worksheet_merge_range, "worksheet_merge_range");
  bind(lib.worksheet_data_validation_range, "worksheet_data_validation_range");
  bind(lib.worksheet_protect, "worksheet_protect");
  bind(lib.worksheet_write_blank, "worksheet_write_blank");
  return lib;
}

}  // namespace

const XlsxLibrary& xlsx_library() {
  static const XlsxLibrary lib = load();  // a failed load throws, and is tried again next time
  return lib;
}

}  // namespace keyproj
