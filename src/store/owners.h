#pragma once
// Owners: the responsible units (责任单位) and implementing enterprises (建设单位).

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/model.h"
#include "store/database.h"

namespace keyproj {

// Adds an owner; Error(Rejected) when the name is taken.
std::int64_t add_owner(Database& db, const Owner& owner, const std::string& user);

// The owner a name names: the owner of exactly this name, or, for the name of an owner merged
// into another (store/owner_changes.h), the owner it was merged into.
std::optional<std::int64_t> find_owner_id(Database& db, const std::string& name);
std::optional<Owner> find_owner(Database& db, const std::string& name);

// Sets the owner's kind and contact where given (a value not given is kept) and audits what
// changed. Returns the names of the changed fields; nothing is written when there are none.
std::vector<std::string> edit_owner(Database& db, const Owner& owner, const Text& kind, const Text& contact,
                                    const std::string& user);

// The owner named `name`, added (kind unknown) when it is not there yet.
std::int64_t find_or_add_owner(Database& db, const std::string& name, const std::string& user);

// Every owner by name (the merged ones are left out), with the number of (unarchived) projects it owns.
void for_each_owner(Database& db, const std::function<void(const Owner&, std::int64_t projects)>& fn);

}  // namespace keyproj
