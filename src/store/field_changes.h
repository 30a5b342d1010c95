#pragma once
// A project's fields as JSON, as the audit trail records them: apart from store/projects.h so
// that the files that only read or list projects do not compile nlohmann/json.

#include <nlohmann/json.hpp>

#include "domain/model.h"

namespace keyproj {

// The fields an edit changed, as the audit row records them.
struct FieldChanges {
  nlohmann::ordered_json before = nlohmann::ordered_json::object();
  nlohmann::ordered_json after = nlohmann::ordered_json::object();
};

// Whether the leader (its name and id: two leaders may share a name) is among a project's facts.
// A creation records it when the project has one, so that a project entered without one reads as
// projects did before leaders were kept; an edit always, so that a leader set or cleared is a change.
enum class LeaderFacts { WhenSet, Always };

// The fields of a project as the audit trail records them.
nlohmann::ordered_json project_facts(const Project& p, LeaderFacts leader = LeaderFacts::WhenSet);

}  // namespace keyproj
