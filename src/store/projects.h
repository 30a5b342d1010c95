#pragma once
// Projects: the portfolio itself. Lists stream row by row through a callback, so memory stays
// flat however large the portfolio.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "domain/model.h"
#include "store/database.h"

namespace keyproj {

struct NewProject {
  std::string code;
  std::string name_zh;
  Text name_en;
  std::string region;  // region code
  Text county;
  Text program;
  Text category;
  Text location;
  Text scale;
  Text owner;  // added as an owner when not known yet
  std::string stage = "planned";
  Money budget_yuan;
  Text planned_start;
  Text planned_finish;
  Text finish_source;
  std::optional<std::int64_t> plan_id;
  Text source_file;
  Text source_lines;
  Text source_quote;
  std::string entered_on;  // ISO date
};

struct ProjectFilter {
  Text region;
  Text stage;
  Text owner;
  Text program;
  Text search;  // a part of the code, the Chinese or the English name
  bool include_archived = false;
};

// Inserts and audits a project. Error(Rejected) for a taken code or an unknown region.
std::int64_t insert_project(Database& db, const NewProject& p, const std::string& user);

// Projects matching `filter`, by code.
void for_each_project(Database& db, const ProjectFilter& filter, const std::function<void(const Project&)>& fn);

// The project with exactly this code (archived ones included).
std::optional<Project> find_project(Database& db, std::string_view code);

// A project named by its code or by a unique part of its name (archived ones are left out of
// name matches). Error(NotFound) when nothing matches; Error(Usage) listing the candidates
// when a name part matches several.
Project resolve_project(Database& db, std::string_view code_or_name);

// The region's id; Error(Rejected) naming the known codes when there is none.
std::int64_t region_id(Database& db, const std::string& code);

// The programme of this name (preferring one of a plan of `region`), added when missing.
std::int64_t find_or_add_program(Database& db, const std::string& name, const std::string& region);

// The fields of a project as the audit trail and JSON output record them.
nlohmann::ordered_json project_facts(const Project& p);

}  // namespace keyproj
