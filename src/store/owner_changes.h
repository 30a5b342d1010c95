#pragma once
// An owner renamed, or merged into another when the two are one unit written two ways. Both are
// audited twice: once for the owner, and once for each of its projects (with the project's
// id), so that `history PROJECT` shows how the project's owner came to read as it does.

#include <cstdint>
#include <string>

#include "store/database.h"

namespace keyproj {

// Renames the owner `name` to `to`. Returns false, writing nothing, when `to` is its name.
// Error(NotFound) for an unknown owner; Error(Rejected) for a merged one, or for a `to` that
// another owner has (then merge is the command, and the sentence says so).
bool rename_owner(Database& db, const std::string& name, const std::string& to, const std::string& user);

// Moves every project of the owner `name` (archived ones too) to the owner `into`, and marks
// `name` as merged into it: the row stays, with its audit rows, and its name finds `into` from
// then on. Returns the number of projects moved. Error(NotFound) for an unknown owner;
// Error(Rejected) for a merge into itself, or from or into an owner already merged.
std::int64_t merge_owner(Database& db, const std::string& name, const std::string& into, const std::string& user);

}  // namespace keyproj
