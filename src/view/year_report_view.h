#pragma once
// How `report --year` reads: the figures of the annual plan's bulletin per group and in total
// (domain/year_tally.h), with each group's rank by % of plan. A table prints two blocks (money
// and 序时进度; starts and completions) so each fits a terminal; CSV and JSON give one row per
// group with every column, the total last.

#include <optional>
#include <string>
#include <vector>

#include "domain/year_tally.h"
#include "output/row_writer.h"
#include "store/report.h"

namespace keyproj {

struct YearGroupRow {
  std::optional<ReportGroup> group;  // none for the total
  YearTally tally;
  std::optional<std::int64_t> rank;  // 排名 by % of plan; none without a % (and for the total)
};

// Ranks the groups by % of plan, highest first; equal shares share a rank (1, 2, 2, 4).
void rank_by_percent_of_plan(std::vector<YearGroupRow>& rows);

// The header of a group column for `by`.
Column year_group_column(ReportBy by);

// Every column, for CSV and JSON: shares as fractions (0.309 is 30.90%), points as numbers.
std::vector<Column> year_machine_columns();
std::vector<Cell> year_machine_cells(const YearGroupRow& row, std::int64_t schedule);

// The table's two blocks.
std::vector<Column> year_plan_columns(ReportBy by);
std::vector<Cell> year_plan_cells(const std::string& label, const YearGroupRow& row, std::int64_t schedule);
std::vector<Column> year_start_columns(ReportBy by);
std::vector<Cell> year_start_cells(const std::string& label, const YearGroupRow& row);

}  // namespace keyproj
