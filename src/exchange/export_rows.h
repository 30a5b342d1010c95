#pragma once
// One record as export writes it: the cells in the order of its column table (io/columns.h).
// `words` is the language of the values keyproj stores as words (a stage, a category, a class,
// where a finish date came from, an overdue kind): English writes them as stored (CSV, JSON and
// an English workbook); Chinese writes their Chinese names, as a Chinese workbook is read by
// people. Import reads either back.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/annual_plan.h"
#include "domain/light.h"
#include "domain/model.h"
#include "domain/node_template.h"
#include "domain/problem.h"
#include "output/row_writer.h"
#include "store/overdue.h"

namespace keyproj {

// What a project's row carries beside the project's own facts, as the card works them out:
// its light as of the as-of date (none for a cancelled project) and its latest report's blocker.
struct ProjectDerived {
  std::optional<Light> light;
  Text last_blocker;
};
std::vector<Cell> project_cells(const Project& p, Lang words, const ProjectDerived& derived = {});
std::vector<Cell> owner_cells(const Owner& o, std::int64_t projects);
std::vector<Cell> leader_cells(const Leader& l, std::int64_t projects);  // the phone too: see output_cells
// `name_zh` is the project's name; `reason` the reason of the milestone's latest move.
// Its kind and whether it marks the start last, in `words`.
std::vector<Cell> milestone_cells(const Milestone& m, const std::string& name_zh, const Text& reason, Lang words);
// A template's nodes, a row each in its order.
std::vector<std::vector<Cell>> template_rows(const NodeTemplate& t, Lang words);
std::vector<Cell> plan_cells(const PlanEntry& e, Lang words);
std::vector<Cell> update_cells(const ProgressUpdate& u, const std::string& name_zh, Lang words);
// Every field of the kind's columns (exchange/columns.h), contacts too: output_cells cuts them.
std::vector<Cell> overdue_cells(const OverdueRow& r, Lang words);
// `name_zh` is the project's name.
std::vector<Cell> problem_row_cells(const Problem& p, const std::string& name_zh, Lang words);

}  // namespace keyproj
