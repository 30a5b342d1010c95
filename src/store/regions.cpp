#include "store/regions.h"

#include "store/sql/statement.h"

#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {

std::optional<std::string> region_code_named(Database& db, const std::string& name) {
  sql::Statement q(db.sql(), "SELECT " + region_named_sql("?1"));  // one row: the code, or NULL
  q.bind(1, name);
  q.step();
  return q.optional_string(0);
}

std::string region_named_sql(const std::string& param) {
  return "(SELECT code FROM region WHERE upper(code) = upper(" + param + ") OR name_zh = " + param +
         " OR name_zh || '市' = " + param + " OR lower(name_en) = lower(" + param + "))";
}

std::string region_code(Database& db, const std::string& named) {
  if (auto code = region_code_named(db, named)) return *code;
  std::string known;
  sql::Statement all(db.sql(), "SELECT code FROM region ORDER BY id");
  while (all.step()) known += (known.empty() ? "" : ", ") + all.string(0);
  throw rejected(trf("region {} is not known; use one of {}", quote(named), known));
}

std::int64_t region_id(Database& db, const std::string& named) {
  sql::Statement q(db.sql(), "SELECT id FROM region WHERE code = ?");
  q.bind(1, region_code(db, named));
  q.step();
  return q.int64(0);
}

std::string region_list(Database& db) {
  std::string out;
  sql::Statement q(db.sql(), "SELECT code, name_zh FROM region ORDER BY id");
  while (q.step()) out += (out.empty() ? "" : ", ") + q.string(0) + " " + q.string(1);
  return out;
}

}  // namespace keyproj
