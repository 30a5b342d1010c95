#include "store/history.h"

#include <string>

#include "store/sql/statement.h"

namespace keyproj {

void for_each_history(Database& db, std::int64_t project_id, const std::function<void(const AuditRow&)>& fn) {
  // The `after` of a report is the JSON record_audit's library would write for the fields
  // given: compact, keys in this order; json_patch drops the ones left NULL. Times are compared
  // in one form (rows stamped to the second sort with those stamped to the millisecond).
  const std::string fields =
      "json_patch('{}', json_object('reported_on', %.reported_on, 'stage', %.stage, "
      "  'progress_pct', %.progress_pct, 'invested_yuan', %.invested_yuan, 'note', %.note, 'blocker', %.blocker))";
  auto of = [&](const char* table) {
    std::string out = fields;
    for (std::size_t at = out.find('%'); at != std::string::npos; at = out.find('%', at)) out.replace(at, 1, table);
    return out;
  };
  // A correction is shown as the change it made: `before` the values of the report in force
  // it replaced (the latest earlier report of its chain), `after` its own, with its reason.
  sql::Statement q(
      db.sql(),
      "SELECT id, at, ifnull(strftime('%Y-%m-%d %H:%M:%S', at, 'localtime'), at), user, entity, entity_id, action, "
      "  ifnull(before, ''), ifnull(after, ''), ifnull(reason, ''), corrects "
      "FROM ("
      "  SELECT 0 AS kind, id, at, user, entity, entity_id, action, before, after, reason, NULL AS corrects "
      "  FROM audit WHERE project_id = ?1 "
      "  UNION ALL "
      "  SELECT 1, u.id, u.created_at, u.author, 'progress_update', u.id, "
      "    iif(u.corrects_id IS NULL, 'log', 'correct'), iif(u.corrects_id IS NULL, NULL, " + of("w") + "), " +
      of("u") + ", u.reason, w.id "
      "  FROM progress_update u "
      "  LEFT JOIN progress_update w ON w.id = (SELECT max(o.id) FROM progress_update o "
      "    WHERE u.corrects_id IS NOT NULL AND (o.id = u.corrects_id OR o.corrects_id = u.corrects_id) AND o.id < u.id) "
      "  WHERE u.project_id = ?1 AND NOT EXISTS ("
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
    r.corrects = q.optional_int64(10);
    fn(r);
  }
}

}  // namespace keyproj
