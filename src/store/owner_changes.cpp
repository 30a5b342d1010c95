#include "store/owner_changes.h"

#include <optional>
#include <vector>

#include "store/audit.h"
#include "store/sql/statement.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

// An owner's row as it is, merged or not.
struct OwnerRow {
  std::int64_t id = 0;
  std::string name;
  std::optional<std::string> merged_into;  // the name of the owner it was merged into
};

std::optional<OwnerRow> owner_row(Database& db, const std::string& name) {
  sql::Statement q(db.sql(),
                   "SELECT o.id, o.name, m.name FROM owner o LEFT JOIN owner m ON m.id = o.merged_into WHERE o.name = ?");
  q.bind(1, name);
  if (!q.step()) return std::nullopt;
  return OwnerRow{q.int64(0), q.string(1), q.optional_string(2)};
}

OwnerRow live_owner(Database& db, const std::string& name) {
  auto o = owner_row(db, name);
  if (!o) throw not_found(trf("owner {} is not known; 'keyproj owner list' shows the owners", quote(name)));
  if (o->merged_into)
    throw rejected(trf("owner {} was merged into {}; name that owner instead", quote(name), quote(*o->merged_into)));
  return *o;
}

// The owner's own audit row, then one per project it has (the projects' history shows it).
// Returns the number of its projects.
std::int64_t audit_owner_change(Database& db, const OwnerRow& o, const std::string& action, nlohmann::ordered_json before,
                        nlohmann::ordered_json after, const std::string& from, const std::string& to,
                        const std::string& user) {
  record_audit(db, {user, "owner", o.id, std::nullopt, action, std::move(before), std::move(after), std::nullopt});
  sql::Statement q(db.sql(), "SELECT id FROM project WHERE owner_id = ? ORDER BY id");
  q.bind(1, static_cast<std::int64_t>(o.id));
  std::vector<std::int64_t> projects;
  while (q.step()) projects.push_back(q.int64(0));
  for (const std::int64_t p : projects)
    record_audit(db, {user, "owner", o.id, p, action, {{"owner", from}}, {{"owner", to}}, std::nullopt});
  return static_cast<std::int64_t>(projects.size());
}

}  // namespace

bool rename_owner(Database& db, const std::string& name, const std::string& to, const std::string& user) {
  const OwnerRow o = live_owner(db, name);
  if (to == o.name) return false;
  if (const auto taken = owner_row(db, to)) {
    const std::string other = taken->merged_into ? *taken->merged_into : taken->name;
    throw rejected(taken->merged_into
                       ? trf("owner name {} is already taken (merged into {}); if the two are one owner, merge them: "
                             "keyproj owner merge {} --into {}",
                             quote(to), quote(other), quote(name), quote(other))
                       : trf("owner name {} is already taken; if the two are one owner, merge them: keyproj owner "
                             "merge {} --into {}",
                             quote(to), quote(name), quote(other)));
  }
  sql::Statement q(db.sql(), "UPDATE owner SET name = ? WHERE id = ?");
  q.bind(1, to);
  q.bind(2, static_cast<std::int64_t>(o.id));
  q.run();
  audit_owner_change(db, o, "rename", {{"name", o.name}}, {{"name", to}}, o.name, to, user);
  return true;
}

std::int64_t merge_owner(Database& db, const std::string& name, const std::string& into, const std::string& user) {
  const OwnerRow from = live_owner(db, name);
  const OwnerRow to = live_owner(db, into);
  if (from.id == to.id) throw rejected(trf("owner {} cannot be merged into itself", quote(name)));
  // Audited before the projects move, so that each project moved has its row.
  const std::int64_t moved = audit_owner_change(db, from, "merge", {{"merged_into", nullptr}}, {{"merged_into", to.name}}, from.name, to.name,
                     user);
  sql::Statement move(db.sql(), "UPDATE project SET owner_id = ? WHERE owner_id = ?");
  move.bind(1, static_cast<std::int64_t>(to.id));
  move.bind(2, static_cast<std::int64_t>(from.id));
  move.run();
  // The names merged into `from` before now name `to`: a merge is always one step.
  sql::Statement mark(db.sql(), "UPDATE owner SET merged_into = ? WHERE id = ? OR merged_into = ?");
  mark.bind(1, static_cast<std::int64_t>(to.id));
  mark.bind(2, static_cast<std::int64_t>(from.id));
  mark.bind(3, static_cast<std::int64_t>(from.id));
  mark.run();
  return moved;
}

}  // namespace keyproj
