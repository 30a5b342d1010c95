#include "store/completion_words.h"

#include "store/sql/statement.h"

namespace keyproj {

std::vector<std::string> project_codes_starting(Database& db, std::string_view prefix, std::size_t limit) {
  std::vector<std::string> codes;
  // The codes starting with `prefix` are those from the prefix up to the prefix followed by the
  // last character of Unicode (codes compare byte for byte, and no UTF-8 character's bytes
  // sort after U+10FFFF's): a range of the unique index on code, on either backend.
  sql::Statement q(db.sql(), "SELECT code FROM project WHERE code >= ?1 AND code < ?2 ORDER BY code LIMIT ?3");
  q.bind(1, std::string(prefix));
  q.bind(2, std::string(prefix) + "\xF4\x8F\xBF\xBF");
  q.bind(3, static_cast<std::int64_t>(limit));
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
