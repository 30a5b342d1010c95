#include "store/unreported.h"

#include <nlohmann/json.hpp>

#include "domain/stage.h"
#include "store/as_of.h"
#include "store/dialect_sql.h"
#include "store/stage_column.h"

namespace keyproj {

std::vector<std::string> unreported_codes(Database& db, const std::vector<std::int64_t>& named, const Date& from,
                                          const Date& to, const Date& as_of) {
  // The ids go in as one JSON array: a statement whatever their number.
  const std::string sql =
      "SELECT p.code FROM project p "
      "WHERE p.region_id IN (SELECT n.region_id FROM project n WHERE n.id IN (SELECT value FROM " +
      dialect_sql::json_integers(db.sql().dialect(), ":named") + ")) "
      "  AND " + in_portfolio_then_sql() + " AND " + stage_then_sql() + " IN (" + stage_list(is_active) + ") "
      "  AND NOT EXISTS (SELECT 1 FROM progress_update u WHERE u.project_id = p.id "
      "                  AND u.reported_on BETWEEN :from AND :to) "
      "ORDER BY p.code";
  sql::Statement q(db.sql(), sql);
  q.bind(":named", nlohmann::json(named).dump());
  q.bind(":from", from.iso());
  q.bind(":to", to.iso());
  bind_as_of(q, as_of);
  std::vector<std::string> codes;
  while (q.step()) codes.push_back(q.string(0));
  return codes;
}

}  // namespace keyproj
