#pragma once
// How a project reads in lists, cards and JSON: one place, so that `project list` and
// `project show` never disagree.

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/globals.h"
#include "domain/light.h"
#include "domain/model.h"
#include "output/row_writer.h"
#include "util/date.h"
#include "store/database.h"

namespace keyproj {

// The columns of `project list` in table and CSV form, the light last.
std::vector<Column> project_list_columns();
// A table speaks the reader's language (the stage 在建, the light 红); CSV keeps the stored words.
std::vector<Cell> project_list_cells(const Project& p, std::optional<Light> light, const Globals& g);

// The JSON object of a project (show and list), with its light, and its milestones and reports
// as they stood on `as_of`.
nlohmann::ordered_json project_json(Database& db, const Project& p, std::optional<Light> light, const Date& as_of);

// A project's completion (domain/completion.h): "33.3%" and 0.3333; "—" and empty without a budget.
std::string completion_text(const Project& p);
std::optional<double> completion_rate(const Project& p);

// One milestone and one progress report as project_json lists them.
nlohmann::ordered_json milestone_json(const Milestone& m);
nlohmann::ordered_json update_json(const ProgressUpdate& u);

// Text or a NULL cell.
Cell text_cell(const Text& t);
Cell money_cell(const Money& m);

}  // namespace keyproj
