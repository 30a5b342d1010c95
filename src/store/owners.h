#pragma once
// Owners: the responsible units (责任单位) and implementing enterprises (建设单位).

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "domain/model.h"
#include "store/database.h"

namespace keyproj {

// Adds an owner; Error(Rejected) when the name is taken.
std::int64_t add_owner(Database& db, const Owner& owner, const std::string& user);

std::optional<std::int64_t> find_owner_id(Database& db, const std::string& name);

// The owner named `name`, added (kind unknown) when it is not there yet.
std::int64_t find_or_add_owner(Database& db, const std::string& name, const std::string& user);

// Every owner by name, with the number of (unarchived) projects it owns.
void for_each_owner(Database& db, const std::function<void(const Owner&, std::int64_t projects)>& fn);

}  // namespace keyproj
