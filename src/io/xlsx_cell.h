#pragma once
// A cell of a worksheet as the officer sees it: text, a number (shown as a date or a
// percentage when its style says so), TRUE or FALSE, or an error (#N/A) a formula left.

#include <string>

#include "io/xlsx_styles.h"

namespace keyproj {

enum class CellKind { Empty, Text, Number, Boolean, Error };

struct SheetCell {
  CellKind kind = CellKind::Empty;
  std::string value;  // text as written; a number as the file writes it ("2026.1", "1.5E+8")
  NumberFormat format = NumberFormat::General;
};

// Which day a date's serial number 0 stands before: 1900 (Excel's default) or 1904 (a
// workbook saved on an old Mac, workbookPr date1904="1").
enum class DateSystem { From1900, From1904 };

// The ISO day of a date's serial number, as Excel shows it. In the 1900 system, Excel kept
// Lotus 1-2-3's mistake that 1900 was a leap year: serial 60 is 1900-02-29, which never was,
// and is given as that text so that the date parser refuses it by name; a time of day (the
// fraction) is dropped. Empty for a serial no calendar day has (negative, past 9999).
std::string serial_day(double serial, DateSystem system);

// The text a cell gives a field: text as it is; a date as its ISO day; a percentage as the
// number of percent (0.45 shown as 45% is "45"); another number in plain digits, to the
// fifteen significant digits Excel shows (1.5E+8 is "150000000"); TRUE or FALSE.
std::string cell_text(const SheetCell& cell, DateSystem system);

}  // namespace keyproj
