#include "store/history.h"

#include <string>

#include "store/dialect_sql.h"
#include "store/sql/statement.h"
#include "util/clock.h"

namespace keyproj {

void for_each_history(Database& db, std::int64_t project_id, const std::function<void(const AuditRow&)>& fn) {
  // The `after` of a report is the JSON record_audit's library would write for the fields
  // given: compact, keys in this order, the ones left NULL left out. Times are compared in one
  // form (rows stamped to the second sort with those stamped to the millisecond).
  auto of = [&](const std::string& t) {
    const std::string reported_on = t + ".reported_on", stage = t + ".stage", pct = t + ".progress_pct",
                      invested = t + ".invested_yuan", note = t + ".note", blocker = t + ".blocker";
    return dialect_sql::json_object(db.sql().dialect(),
                                    {{"reported_on", reported_on}, {"stage", stage}, {"progress_pct", pct},
                                     {"invested_yuan", invested}, {"note", note}, {"blocker", blocker}},
                                    /*drop_nulls=*/true);
  };
  // A correction is shown as the change it made: `before` the values of the report in force
  // it replaced (the latest earlier report of its chain), `after` its own, with its reason.
  sql::Statement q(
      db.sql(),
      "SELECT id, at, \"user\", entity, entity_id, action, "
      "  coalesce(before, ''), coalesce(after, ''), coalesce(reason, ''), corrects "
      "FROM ("
      "  SELECT 0 AS kind, id, at, \"user\", entity, entity_id, action, before, after, reason, NULL AS corrects "
      "  FROM audit WHERE project_id = ?1 "
      "  UNION ALL "
      "  SELECT 1, u.id, u.created_at, u.author, 'progress_update', u.id, "
      "    CASE WHEN u.corrects_id IS NULL THEN 'log' ELSE 'correct' END, "
      "    CASE WHEN u.corrects_id IS NULL THEN NULL ELSE " + of("w") + " END, " +
      of("u") + ", u.reason, w.id "
      "  FROM progress_update u "
      "  LEFT JOIN progress_update w ON w.id = (SELECT max(o.id) FROM progress_update o "
      "    WHERE u.corrects_id IS NOT NULL AND (o.id = u.corrects_id OR o.corrects_id = u.corrects_id) AND o.id < u.id) "
      "  WHERE u.project_id = ?1 AND NOT EXISTS ("
      "    SELECT 1 FROM audit a WHERE a.project_id = ?1 AND a.entity = 'progress_update' AND a.action = 'log' "
      "      AND a.entity_id = u.id)"
      ") AS h ORDER BY CASE WHEN length(at) = 20 THEN substr(at, 1, 19) || '.000Z' ELSE at END, kind, id");
  q.bind(1, static_cast<int64_t>(project_id));
  while (q.step()) {
    AuditRow r;
    r.id = q.int64(0);
    r.at = q.string(1);
    r.at_local = local_time_text(r.at).value_or(r.at);
    r.user = q.string(2);
    r.entity = q.string(3);
    r.entity_id = q.optional_int64(4);
    r.action = q.string(5);
    r.before = q.string(6);
    r.after = q.string(7);
    r.reason = q.string(8);
    r.corrects = q.optional_int64(9);
    fn(r);
  }
}

}  // namespace keyproj
