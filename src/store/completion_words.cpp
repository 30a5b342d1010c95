#include "store/completion_words.h"

#include "store/sql/statement.h"

namespace keyproj {

std::vector<std::string> project_codes_starting(Database& db, std::string_view prefix, std::size_t limit) {
  std::vector<std::string> codes;
  // A code holds no GLOB character (domain/project_code), so a prefix that does starts none.
  if (prefix.find_first_of("*?[]") != std::string_view::npos) return codes;
  // GLOB with a bound 'prefix*' walks the unique index on code from the prefix (LIKE would not:
  // it is case-blind, and the index is not).
  sql::Statement q(db.sql(), "SELECT code FROM project WHERE code GLOB ?1 ORDER BY code LIMIT ?2");
  q.bind(1, std::string(prefix) + "*");
  q.bind(2, static_cast<std::int64_t>(limit));
  while (q.step()) codes.push_back(q.string(0));
  return codes;
}

std::vector<std::string> region_codes(Database& db) {
  std::vector<std::string> codes;
  sql::Statement q(db.sql(), "SELECT code FROM region ORDER BY id");
  while (q.step()) codes.push_back(q.string(0));
  return codes;
}

}  // namespace keyproj
