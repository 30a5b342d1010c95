#include "store/audit.h"

#include <SQLiteCpp/Statement.h>

#include "store/bind.h"

namespace keyproj {

void record_audit(Database& db, const AuditEntry& e) {
  // Cached: an import writes one audit row per record.
  SQLite::Statement& q =
      db.cached("INSERT INTO audit (at, user, entity, entity_id, project_id, action, before, after, reason) "
                "VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, e.user);
  q.bind(2, e.entity);
  bind_optional(q, 3, e.entity_id);
  bind_optional(q, 4, e.project_id);
  q.bind(5, e.action);
  bind_optional(q, 6, e.before.is_null() ? std::optional<std::string>() : e.before.dump());
  bind_optional(q, 7, e.after.is_null() ? std::optional<std::string>() : e.after.dump());
  bind_optional(q, 8, e.reason);
  q.exec();
}

}  // namespace keyproj
