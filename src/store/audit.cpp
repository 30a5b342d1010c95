#include "store/audit.h"

#include "store/sql/statement.h"


namespace keyproj {

void record_audit(Database& db, const AuditEntry& e) {
  // Cached: an import writes one audit row per record.
  sql::Statement& q =
      db.cached("INSERT INTO audit (at, user, entity, entity_id, project_id, action, before, after, reason) "
                "VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, e.user);
  q.bind(2, e.entity);
  q.bind(3, e.entity_id);
  q.bind(4, e.project_id);
  q.bind(5, e.action);
  q.bind(6, e.before.is_null() ? std::optional<std::string>() : e.before.dump());
  q.bind(7, e.after.is_null() ? std::optional<std::string>() : e.after.dump());
  q.bind(8, e.reason);
  q.run();
}

}  // namespace keyproj
