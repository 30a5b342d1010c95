#pragma once
// How a project reads in lists, cards and JSON: one place, so that `project list` and
// `project show` never disagree.

#include <vector>

#include <nlohmann/json.hpp>

#include "domain/model.h"
#include "output/row_writer.h"
#include "store/database.h"

namespace keyproj {

// The columns of `project list` in table and CSV form, the light last.
std::vector<Column> project_list_columns();
std::vector<Cell> project_list_cells(const Project& p, Cell light);

// The JSON object of a project (show and list), with its milestones.
nlohmann::ordered_json project_json(Database& db, const Project& p);

// Text or a NULL cell.
Cell text_cell(const Text& t);
Cell money_cell(const Money& m);

}  // namespace keyproj
