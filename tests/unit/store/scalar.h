#pragma once
// The one value a query gives, for tests that look into the database beside the store.

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

#include "store/sql/connection.h"
#include "store/sql/statement.h"

namespace keyproj::testing {

inline std::int64_t scalar_int(sql::Connection& db, std::string_view query) {
  sql::Statement q(db, query);
  if (!q.step()) throw std::runtime_error("no row from: " + std::string(query));
  return q.int64(0);
}

inline std::string scalar_text(sql::Connection& db, std::string_view query) {
  sql::Statement q(db, query);
  if (!q.step()) throw std::runtime_error("no row from: " + std::string(query));
  return q.string(0);
}

}  // namespace keyproj::testing
