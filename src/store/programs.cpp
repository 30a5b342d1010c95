#include "store/programs.h"

#include "store/sql/statement.h"

namespace keyproj {

std::int64_t find_or_add_program(Database& db, const std::string& name, const std::string& region) {
  sql::Statement q(db.sql(),
                   "SELECT pg.id FROM program pg LEFT JOIN plan pl ON pl.id = pg.plan_id "
                   "LEFT JOIN region r ON r.id = pl.region_id WHERE pg.name = ? "
                   "ORDER BY (r.code IS NOT DISTINCT FROM ?) DESC, pg.id LIMIT 1");
  q.bind(1, name);
  q.bind(2, region);
  if (q.step()) return q.int64(0);
  sql::Statement add(db.sql(), "INSERT INTO program (plan_id, name) VALUES (NULL, ?)");
  add.bind(1, name);
  add.run();
  return db.sql().last_insert_id();
}

}  // namespace keyproj
