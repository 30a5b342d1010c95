#pragma once
// How an annual plan entry reads in `plan list` (table, CSV, JSON) and in the sentences of
// `plan set`: one place, so that the list and the confirmation say the same.

#include <string>
#include <vector>

#include "domain/annual_plan.h"
#include "output/row_writer.h"
#include "store/plans.h"

namespace keyproj {

// The class as the reader's language shows it in a table: 新开工 or new.
std::string plan_class_label(PlanClass c, Lang lang);

// The columns of `plan list`; the class is its key (new …) in CSV and JSON, its label in a table.
std::vector<Column> plan_list_columns();
std::vector<Cell> plan_list_cells(const PlanEntryRow& row, Format format, Lang lang);

// One piece per field of the entry that `after` changes from `before` (none: every field it
// holds), as `history` reads them: "investment_yuan: — → 3亿元".
std::vector<std::string> plan_change_pieces(const std::optional<PlanEntry>& before, const PlanEntry& after);

}  // namespace keyproj
