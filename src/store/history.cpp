#include "store/history.h"

#include "store/sql/statement.h"


namespace keyproj {

void for_each_history(Database& db, std::int64_t project_id, const std::function<void(const AuditRow&)>& fn) {
  // The `after` of a report is the JSON record_audit's library would write for the fields
  // given: compact, keys in this order; json_patch drops the ones left NULL. Times are compared
  // in one form (rows stamped to the second sort with those stamped to the millisecond).
  sql::Statement q(
      db.sql(),
      "SELECT id, at, ifnull(strftime('%Y-%m-%d %H:%M:%S', at, 'localtime'), at), user, entity, entity_id, action, "
      "  ifnull(before, ''), ifnull(after, ''), ifnull(reason, '') "
      "FROM ("
      "  SELECT 0 AS kind, id, at, user, entity, entity_id, action, before, after, reason "
      "  FROM audit WHERE project_id = ?1 "
      "  UNION ALL "
      "  SELECT 1, u.id, u.created_at, u.author, 'progress_update', u.id, 'log', NULL, "
      "    json_patch('{}', json_object('reported_on', u.reported_on, 'stage', u.stage, "
      "      'progress_pct', u.progress_pct, 'invested_yuan', u.invested_yuan, 'note', u.note, "
      "      'blocker', u.blocker)), NULL "
      "  FROM progress_update u WHERE u.project_id = ?1 AND NOT EXISTS ("
      "    SELECT 1 FROM audit a WHERE a.project_id = ?1 AND a.entity = 'progress_update' AND a.action = 'log' "
      "      AND a.entity_id = u.id)"
      ") ORDER BY ifnull(strftime('%Y-%m-%dT%H:%M:%fZ', at), at), kind, id");
  q.bind(1, static_cast<int64_t>(project_id));
  while (q.step()) {
    AuditRow r;
    r.id = q.int64(0);
    r.at = q.string(1);
    r.at_local = q.string(2);
    r.user = q.string(3);
    r.entity = q.string(4);
    r.entity_id = q.optional_int64(5);
    r.action = q.string(6);
    r.before = q.string(7);
    r.after = q.string(8);
    r.reason = q.string(9);
    fn(r);
  }
}

}  // namespace keyproj
