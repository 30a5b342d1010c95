#pragma once
// One record as export writes it: the cells in the order of its column table (io/columns.h).

#include <cstdint>
#include <vector>

#include "domain/model.h"
#include "output/row_writer.h"

namespace keyproj {

std::vector<Cell> project_cells(const Project& p);
std::vector<Cell> owner_cells(const Owner& o, std::int64_t projects);

}  // namespace keyproj
