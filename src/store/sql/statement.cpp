#include "store/sql/statement.h"

#include <stdexcept>

#include "store/sql/connection.h"

namespace keyproj::sql {

Statement::Statement(Connection& db, std::string_view sql) : p_(db.prepare(sql)) {}

int Statement::required_parameter(const char* name) {
  const int index = p_->parameter(name);
  // A name the SQL lacks is a slip in keyproj's own SQL, not something the officer gave.
  if (index == 0) throw std::logic_error(std::string("the statement has no parameter ") + name);
  return index;
}

}  // namespace keyproj::sql
