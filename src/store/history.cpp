#include "store/history.h"

#include <SQLiteCpp/Statement.h>

#include "store/bind.h"

namespace keyproj {

void for_each_history(Database& db, std::int64_t project_id, const std::function<void(const AuditRow&)>& fn) {
  SQLite::Statement q(db.sql(),
                      "SELECT id, at, ifnull(strftime('%Y-%m-%d %H:%M:%S', at, 'localtime'), at), user, entity, "
                      "  entity_id, action, ifnull(before, ''), ifnull(after, ''), ifnull(reason, '') "
                      "FROM audit WHERE project_id = ? ORDER BY id");
  q.bind(1, static_cast<int64_t>(project_id));
  while (q.executeStep()) {
    AuditRow r;
    r.id = q.getColumn(0).getInt64();
    r.at = q.getColumn(1).getString();
    r.at_local = q.getColumn(2).getString();
    r.user = q.getColumn(3).getString();
    r.entity = q.getColumn(4).getString();
    r.entity_id = column_int64(q, 5);
    r.action = q.getColumn(6).getString();
    r.before = q.getColumn(7).getString();
    r.after = q.getColumn(8).getString();
    r.reason = q.getColumn(9).getString();
    fn(r);
  }
}

}  // namespace keyproj
