#pragma once
// How templates of approval nodes read in `template list` and `template show`.

#include <vector>

#include "domain/node_template.h"
#include "output/row_writer.h"

namespace keyproj {

// The calendar days from a plan's start to each node's due date, in the template's order.
std::vector<std::int64_t> days_from_start(const NodeTemplate& t);

// A line a template: its name, its nodes, the days from the start to its last node.
std::vector<Column> template_columns();
std::vector<Cell> template_cells(const NodeTemplate& t);

// A line a node: its place, title, the node it follows, its limit, the days from the start and
// whether it marks the start (开工).
std::vector<Column> template_node_columns();
std::vector<std::vector<Cell>> template_node_rows(const NodeTemplate& t, bool zh);

}  // namespace keyproj
