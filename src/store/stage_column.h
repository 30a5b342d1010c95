#pragma once
// A project's stage read from its column as the Stage it names, so that the rules above the
// store never parse stage names again.

#include <optional>
#include <string>

#include "domain/stage.h"
#include "store/sql/statement.h"
#include "util/error.h"
#include "util/translate.h"

namespace keyproj {

// Error(Database) for a name the schema should not have let in.
inline Stage column_stage(sql::Statement& q, int index) {
  const std::string name = q.string(index);
  if (auto s = stage_from_name(name)) return *s;
  throw database_error(trf("project stage '{}' in the database is not a stage", name));
}

inline std::optional<Stage> column_optional_stage(sql::Statement& q, int index) {
  if (q.is_null(index)) return std::nullopt;
  return column_stage(q, index);
}

// 'planned', 'preparing', … for the stages `keep` selects, for an SQL IN list: the stage rules
// stay in the domain.
inline std::string stage_list(bool (*keep)(Stage)) {
  std::string list;
  for (Stage s : kStages)
    if (keep(s)) list += (list.empty() ? "'" : ", '") + std::string(stage_name(s)) + "'";
  return list;
}

}  // namespace keyproj
