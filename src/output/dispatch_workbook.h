#pragma once
// The dispatch template as a workbook (exchange/dispatch_template.h fills it): sheets each with
// a title row, the header and a row per project. Each sheet is protected without a password:
// only the cells a county fills in are unlocked, the investment takes a number of 万元 of at
// least 0, 形象进度 a whole percentage, the stage one of a drop-down's names, so that what comes
// back reads as the office sent it.

#include <string>
#include <vector>

#include "output/row_writer.h"

namespace keyproj {

// How a cell a county fills in is checked as it is typed (a workbook's data validation).
enum class FillCheck { None, Money, Percent, Stage };

struct TemplateColumn {
  Column column;  // its header (a money column's names 万元) and kind: Money (written in 万元), Date, Share
  bool fill = false;  // a county fills it in: the only unlocked cells
  FillCheck check = FillCheck::None;
};

struct TemplateSheet {
  std::string name;   // the tab
  std::string title;  // the first row
  const std::vector<std::vector<Cell>>* rows = nullptr;  // a cell per column
};

// Writes the sheets to `path`; the header in `lang`, the drop-down of a FillCheck::Stage column
// of `stage_names`. Error(Database) naming `shown_path` when it cannot be written.
void write_dispatch_workbook(const std::string& path, const std::string& shown_path,
                             const std::vector<TemplateColumn>& columns, const std::vector<TemplateSheet>& sheets,
                             const std::vector<std::string>& stage_names, Lang lang);

}  // namespace keyproj
