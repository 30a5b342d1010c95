#pragma once
// One record as export writes it: the cells in the order of its column table (io/columns.h).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/annual_plan.h"
#include "domain/model.h"
#include "output/row_writer.h"
#include "store/overdue.h"

namespace keyproj {

std::vector<Cell> project_cells(const Project& p);
std::vector<Cell> owner_cells(const Owner& o, std::int64_t projects);
// `name_zh` is the project's name; `reason` the reason of the milestone's latest move.
std::vector<Cell> milestone_cells(const Milestone& m, const std::string& name_zh, const Text& reason);
std::vector<Cell> plan_cells(const PlanEntry& e);
std::vector<Cell> update_cells(const ProgressUpdate& u, const std::string& name_zh);
// `kind` as the reader wants it: "milestone", or 里程碑逾期 in a Chinese table or workbook.
std::vector<Cell> overdue_cells(const OverdueRow& r, std::string_view kind);

}  // namespace keyproj
