#pragma once
// How milestones read in `milestone list` and on a project's card, and how a typed id finds one.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/model.h"
#include "output/row_writer.h"
#include "store/database.h"
#include "util/date.h"

namespace keyproj {

// The milestone with the id typed as `text`: Error(Usage) when it is not a number,
// Error(NotFound) when there is no such milestone.
Milestone milestone_by_id(Database& db, const std::string& text);

// Days an open milestone is past its due date as of `as_of`; empty when it is done, undated
// or not late.
std::optional<std::int64_t> days_late(const Milestone& m, const Date& as_of);

std::vector<Column> milestone_columns();
std::vector<Cell> milestone_cells(const Milestone& m, const Date& as_of);

// One line for a card: "#3 主体工程完工: due 2026-06-30 (baseline 2025-12-31), 120 days late".
std::string milestone_line(const Milestone& m, const Date& as_of, bool zh);

}  // namespace keyproj
