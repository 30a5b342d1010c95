#pragma once
// The regions (cities) of the portfolio as officers name them: by code in any case (TM, tm), by
// name (天门, 天门市) or by English name (Tianmen). Projects store the code.

#include <cstdint>
#include <optional>
#include <string>

#include "store/database.h"

namespace keyproj {

// The code of the region so named; nullopt when no region is.
std::optional<std::string> region_code_named(Database& db, const std::string& name);
// The same as SQL: a subquery giving the code of the region the parameter `param` (":region",
// "?1") names, NULL when none; compare r.code with it.
std::string region_named_sql(const std::string& param);
// The code of the region so named; Error(Rejected) naming the known codes when there is none.
std::string region_code(Database& db, const std::string& named);
// The region's id, named as region_code takes it.
std::int64_t region_id(Database& db, const std::string& named);

// "TM 天门, EZ 鄂州, …": the regions the database knows, for a sentence that lists them.
std::string region_list(Database& db);

}  // namespace keyproj
