#include "output/xlsx_library.h"

#include "util/shared_library.h"
#include "util/translate.h"

namespace keyproj {
namespace {

XlsxLibrary load() {
  // The shared object of Debian's libxlsxwriter4 (the -dev package adds the unversioned name).
  const SharedLibrary library({"libxlsxwriter.so.4", "libxlsxwriter.so"}, N_("the Excel writer (libxlsxwriter)"),
                              "libxlsxwriter4");
  XlsxLibrary lib{};
  library.bind(lib.workbook_new_opt, "workbook_new_opt");
  library.bind(lib.workbook_add_worksheet, "workbook_add_worksheet");
  library.bind(lib.workbook_add_format, "workbook_add_format");
  library.bind(lib.workbook_close, "workbook_close");
  library.bind(lib.format_set_bold, "format_set_bold");
  library.bind(lib.format_set_num_format, "format_set_num_format");
  library.bind(lib.worksheet_write_string, "worksheet_write_string");
  library.bind(lib.worksheet_write_number, "worksheet_write_number");
  library.bind(lib.worksheet_freeze_panes, "worksheet_freeze_panes");
  library.bind(lib.worksheet_set_column, "worksheet_set_column");
  library.bind(lib.worksheet_autofilter, "worksheet_autofilter");
  library.bind(lib.lxw_strerror, "lxw_strerror");
  library.bind(lib.format_set_unlocked, "format_set_unlocked");
  library.bind(lib.format_set_text_wrap, "format_set_text_wrap");
  library.bind(lib.format_set_bg_color, "format_set_bg_color");
  library.bind(lib.worksheet_merge_range, "worksheet_merge_range");
  library.bind(lib.worksheet_data_validation_range, "worksheet_data_validation_range");
  library.bind(lib.worksheet_protect, "worksheet_protect");
  library.bind(lib.worksheet_write_blank, "worksheet_write_blank");
  return lib;
}

}  // namespace

const XlsxLibrary& xlsx_library() {
  static const XlsxLibrary lib = load();  // a failed load throws, and is tried again next time
  return lib;
}

}  // namespace keyproj
