#pragma once
// The programmes (专栏, 重点工程) a plan groups its projects under; a project names one by name.

#include <cstdint>
#include <string>

#include "store/database.h"

namespace keyproj {

// The programme of this name (preferring one of a plan of `region`), added when missing.
std::int64_t find_or_add_program(Database& db, const std::string& name, const std::string& region);

}  // namespace keyproj
