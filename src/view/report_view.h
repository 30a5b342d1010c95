#pragma once
// `keyproj report`'s rows as CSV and JSON give them (and a workbook, and the bulletin's JSON):
// every column, "row" telling a group from the total.

#include <string>
#include <vector>

#include "domain/tally.h"
#include "output/row_writer.h"

namespace keyproj {

Cell rate_cell(const std::optional<double>& v);
// The budget total, or an empty cell when no project of the group states a budget.
Cell budget_cell(const Tally& t);

std::vector<Column> report_machine_columns();
std::vector<Cell> report_machine_cells(const std::string& row, Cell group, const Tally& t);

}  // namespace keyproj
