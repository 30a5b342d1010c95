#pragma once
// How problems read in `problem list` and `problem show`, and how a typed id finds one.

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/problem.h"
#include "output/row_writer.h"
#include "store/database.h"
#include "util/date.h"

namespace keyproj {

// The problem with the id typed as `text`: Error(Usage) when it is not a number,
// Error(NotFound) when there is no such problem.
Problem problem_by_id(Database& db, const std::string& text);

// The level as the reader's language names it.
std::string problem_level_shown(ProblemLevel l, bool zh);

std::vector<Column> problem_columns();
std::vector<Cell> problem_cells(const Problem& p, const Date& as_of, bool zh);

// The card: the problem's fields, then one line for each entry of its log, oldest first.
void print_problem_card(const Problem& p, const std::vector<ProblemEntry>& entries, const Date& as_of, bool zh,
                        std::ostream& out);
nlohmann::ordered_json problem_json(const Problem& p, const std::vector<ProblemEntry>& entries, const Date& as_of);

}  // namespace keyproj
