#pragma once
// The words the shell's completion takes from a database (cli/completion.h): project codes and
// region codes. Read-only, and quick: one index range each.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"

namespace keyproj {

// The codes of projects (archived ones too: `project unarchive` takes them) beginning with
// `prefix`, in order, at most `limit`.
std::vector<std::string> project_codes_starting(Database& db, std::string_view prefix, std::size_t limit);
// Every region's code, in the order of the plans.
std::vector<std::string> region_codes(Database& db);

}  // namespace keyproj
