#pragma once
// The templates of approval nodes (domain/node_template.h) as the database keeps them.

#include <optional>
#include <string>
#include <vector>

#include "domain/node_template.h"
#include "store/database.h"

namespace keyproj {

// Every template with its nodes, by name.
std::vector<NodeTemplate> all_templates(Database& db);

// The template of that name, if there is one.
std::optional<NodeTemplate> find_template(Database& db, const std::string& name);

// The template `t` (checked by check_template) saved whole under its name: a new one is added,
// an existing one takes `t`'s nodes in place of its own. Audited as a template's create or edit
// with its nodes before and after. Returns false, writing nothing, when the template already
// has exactly these nodes.
bool save_template(Database& db, const NodeTemplate& t, const std::string& user);

}  // namespace keyproj
