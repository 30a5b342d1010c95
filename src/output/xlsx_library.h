#pragma once
// libxlsxwriter, loaded the first time a workbook is written instead of when keyproj starts.
// Linked normally it brought minizip and libcrypto into every process, and resolving their
// symbols took about 8 ms of each command's start, `project show` included (bench/RESULTS.md).
// Only an Excel export needs it.

#include <xlsxwriter.h>

namespace keyproj {

// The functions of libxlsxwriter that keyproj's writers call.
struct XlsxLibrary {
  decltype(&::workbook_new_opt) workbook_new_opt;
  decltype(&::workbook_add_worksheet) workbook_add_worksheet;
  decltype(&::workbook_add_format) workbook_add_format;
  decltype(&::workbook_close) workbook_close;
  decltype(&::format_set_bold) format_set_bold;
  decltype(&::format_set_num_format) format_set_num_format;
  decltype(&::worksheet_write_string) worksheet_write_string;
  decltype(&::worksheet_write_number) worksheet_write_number;
  decltype(&::worksheet_freeze_panes) worksheet_freeze_panes;
  decltype(&::worksheet_set_column) worksheet_set_column;
  decltype(&::worksheet_autofilter) worksheet_autofilter;
  decltype(&::lxw_strerror) lxw_strerror;
  // The dispatch template's: cells a county may fill in, their checks, a protected sheet.
  decltype(&::format_set_unlocked) format_set_unlocked;
  decltype(&::format_set_text_wrap) format_set_text_wrap;
  decltype(&::format_set_bg_color) format_set_bg_color;
  decltype(&::worksheet_merge_range) worksheet_merge_range;
  decltype(&::worksheet_data_validation_range) worksheet_data_validation_range;
  decltype(&::worksheet_protect) worksheet_protect;
  decltype(&::worksheet_write_blank) worksheet_write_blank;
};

// Loads the library on first use. Error(Database) saying which package to install when it
// cannot be loaded.
const XlsxLibrary& xlsx_library();

}  // namespace keyproj
