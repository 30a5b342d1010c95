#pragma once
// Responsible leaders (包保领导): the person answerable for a project, with their post. Two
// leaders may share a name, so a name finds a leader only when it names exactly one.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/model.h"
#include "store/database.h"

namespace keyproj {

// Adds and audits a leader; returns the new id: `wanted_id` when given (an import keeping the ids of
// the database it copies; the caller checks no leader has it), else the next one.
std::int64_t add_leader(Database& db, const Leader& leader, const std::string& user,
                        std::optional<std::int64_t> wanted_id = std::nullopt);

// The leader a reference names: an id written in digits (the leader of that id), else a name
// (the one leader of that name). Error(NotFound) when none; Error(Usage) listing the
// candidates' ids and titles when a name names several.
Leader resolve_leader(Database& db, const std::string& id_or_name);

// The leader of this id, if any.
std::optional<Leader> find_leader(Database& db, std::int64_t id);

// What `leader edit` changes: a field not given is kept; a phone given empty is cleared.
struct LeaderEdit {
  std::optional<std::string> name;
  std::optional<std::string> title;
  std::optional<Text> phone;
};

// Applies the edit and audits it: one row for the leader, and, when its name or title changed,
// one for each project it leads, so that the project's history shows how its leader came to
// read as it does. Returns the names of the changed fields (none: nothing written).
std::vector<std::string> edit_leader(Database& db, const Leader& leader, const LeaderEdit& edit,
                                     const std::string& user);

// Whether any project (archived or not) has a leader: an office that names none sees no empty
// leader column.
bool any_project_has_leader(Database& db);

// Every leader by name, then id, with the number of (unarchived) projects each leads.
void for_each_leader(Database& db, const std::function<void(const Leader&, std::int64_t projects)>& fn);

}  // namespace keyproj
