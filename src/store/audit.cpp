#include "store/audit.h"

#include "store/sql/statement.h"
#include "util/clock.h"


namespace keyproj {

void record_audit(Database& db, const AuditEntry& e) {
  // Cached: an import writes one audit row per record.
  sql::Statement& q =
      db.cached("INSERT INTO audit (at, \"user\", entity, entity_id, project_id, action, before, after, reason) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, utc_timestamp_now());
  q.bind(2, e.user);
  q.bind(3, e.entity);
  q.bind(4, e.entity_id);
  q.bind(5, e.project_id);
  q.bind(6, e.action);
  q.bind(7, e.before.is_null() ? std::optional<std::string>() : e.before.dump());
  q.bind(8, e.after.is_null() ? std::optional<std::string>() : e.after.dump());
  q.bind(9, e.reason);
  q.run();
}

std::map<std::int64_t, int> change_counts(Database& db, std::int64_t project_id, const std::string& entity) {
  // audit_project (migration 0001) finds the project's rows.
  sql::Statement& q = db.cached(
      "SELECT entity_id, count(*) FROM audit WHERE project_id = ? AND entity = ? AND action <> 'create' "
      "AND entity_id IS NOT NULL GROUP BY entity_id");
  q.bind(1, static_cast<int64_t>(project_id));
  q.bind(2, entity);
  std::map<std::int64_t, int> counts;
  while (q.step()) counts.emplace(q.int64(0), static_cast<int>(q.int64(1)));
  q.reset();
  return counts;
}

}  // namespace keyproj
