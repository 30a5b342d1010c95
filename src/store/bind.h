#pragma once
// Binding optional values: an empty optional is SQL NULL, never an empty string or zero.

#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>
#include <string>

#include "domain/stage.h"
#include "util/error.h"

namespace keyproj {

inline void bind_optional(SQLite::Statement& q, int index, const std::optional<std::string>& v) {
  if (v) q.bind(index, *v); else q.bind(index);
}

// For text that outlives the statement's next step: SQLite reads it in place.
inline void bind_optional_no_copy(SQLite::Statement& q, int index, const std::optional<std::string>& v) {
  if (v) q.bindNoCopy(index, *v); else q.bind(index);
}

inline void bind_optional(SQLite::Statement& q, int index, const std::optional<std::int64_t>& v) {
  if (v) q.bind(index, static_cast<int64_t>(*v)); else q.bind(index);
}

inline void bind_optional(SQLite::Statement& q, int index, const std::optional<int>& v) {
  if (v) q.bind(index, *v); else q.bind(index);
}

inline std::optional<std::string> column_text(SQLite::Statement& q, int index) {
  const auto c = q.getColumn(index);
  if (c.isNull()) return std::nullopt;
  return c.getString();
}

inline std::optional<std::int64_t> column_int64(SQLite::Statement& q, int index) {
  const auto c = q.getColumn(index);
  if (c.isNull()) return std::nullopt;
  return c.getInt64();
}

// A stored stage name as the Stage it names; Error(Database) for a name the schema should not
// have let in.
inline Stage column_stage(SQLite::Statement& q, int index) {
  const std::string name = q.getColumn(index).getString();
  if (auto s = stage_from_name(name)) return *s;
  throw database_error("project stage '" + name + "' in the database is not a stage");
}

inline std::optional<Stage> column_optional_stage(SQLite::Statement& q, int index) {
  if (q.getColumn(index).isNull()) return std::nullopt;
  return column_stage(q, index);
}

}  // namespace keyproj
