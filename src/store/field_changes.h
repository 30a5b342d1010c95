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

// The fields of a project as the audit trail records them.
nlohmann::ordered_json project_facts(const Project& p);

}  // namespace keyproj
