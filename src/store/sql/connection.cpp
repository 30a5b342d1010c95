#include "store/sql/connection.h"

namespace keyproj::sql {

Statement& Connection::cached(std::string_view sql) {
  if (const auto it = statements_.find(sql); it != statements_.end()) {
    // reset() does not throw: when the statement's last step failed, that failure was
    // reported when it happened, not against whatever asks for the statement next.
    it->second.reset();
    it->second.clear_bindings();
    return it->second;
  }
  std::string text(sql);
  Statement statement(prepare(text));
  return statements_.emplace(std::move(text), std::move(statement)).first->second;
}

}  // namespace keyproj::sql
