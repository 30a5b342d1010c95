#include "store/milestone_undo.h"

#include "domain/record_rules.h"
#include "store/audit.h"
#include "store/projects.h"
#include "store/sql/statement.h"
#include "util/error.h"
#include "util/translate.h"

namespace keyproj {
namespace {

// What every undo of a milestone requires: the milestone is there, and its project takes changes.
void require_changeable(Database& db, const Milestone& m) {
  require_not_deleted(m);
  require_not_archived(*find_project(db, m.project_code), N_("milestone changes"));
}

}  // namespace

void reopen_milestone(Database& db, const Milestone& m, const std::string& reason, const std::string& user) {
  require_changeable(db, m);
  if (!m.done_on)
    throw rejected(trf("milestone {} is open; only a milestone recorded as reached can be reopened", m.id));
  sql::Statement q(db.sql(), "UPDATE milestone SET done_on = NULL WHERE id = ?");
  q.bind(1, static_cast<std::int64_t>(m.id));
  q.run();
  record_audit(db, {user, "milestone", m.id, m.project_id, "reopen", {{"done_on", *m.done_on}}, {{"done_on", nullptr}},
                    reason});
}

bool retitle_milestone(Database& db, const Milestone& m, const std::string& title, const std::string& user) {
  require_changeable(db, m);
  if (title == m.title) return false;
  sql::Statement q(db.sql(), "UPDATE milestone SET title = ? WHERE id = ?");
  q.bind(1, title);
  q.bind(2, static_cast<std::int64_t>(m.id));
  q.run();
  record_audit(db, {user, "milestone", m.id, m.project_id, "edit", {{"title", m.title}}, {{"title", title}},
                    std::nullopt});
  return true;
}

void delete_milestone(Database& db, const Milestone& m, const std::string& reason, const std::string& deleted_on,
                      const std::string& user) {
  if (m.deleted_on) throw rejected(trf("milestone {} is already deleted (on {})", m.id, *m.deleted_on));
  require_changeable(db, m);
  sql::Statement q(db.sql(), "UPDATE milestone SET deleted_on = ? WHERE id = ?");
  q.bind(1, deleted_on);
  q.bind(2, static_cast<std::int64_t>(m.id));
  q.run();
  record_audit(db, {user, "milestone", m.id, m.project_id, "delete", {{"deleted_on", nullptr}},
                    {{"deleted_on", deleted_on}}, reason});
}

}  // namespace keyproj
