#include "store/owners.h"

#include "store/sql/statement.h"

#include "store/audit.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"
#include "util/clock.h"

namespace keyproj {

std::int64_t add_owner(Database& db, const Owner& owner, const std::string& user) {
  if (const auto taken = find_owner(db, owner.name))
    throw rejected(taken->name == owner.name
                       ? trf("owner name {} is already taken", quote(owner.name))
                       : trf("owner name {} is already taken (merged into {})", quote(owner.name), quote(taken->name)));
  sql::Statement q(db.sql(),
                   "INSERT INTO owner (name, kind, contact, created_at) "
                   "VALUES (?, ?, ?, ?)");
  q.bind(1, owner.name);
  q.bind(2, owner.kind);
  q.bind(3, owner.contact);
  q.bind(4, utc_second_now());
  q.run();
  const std::int64_t id = db.sql().last_insert_id();
  nlohmann::ordered_json after{{"name", owner.name}};
  after["kind"] = owner.kind ? nlohmann::ordered_json(*owner.kind) : nullptr;
  after["contact"] = owner.contact ? nlohmann::ordered_json(*owner.contact) : nullptr;
  record_audit(db, {user, "owner", id, std::nullopt, "create", nullptr, after, std::nullopt});
  return id;
}

std::optional<std::int64_t> find_owner_id(Database& db, const std::string& name) {
  sql::Statement q(db.sql(), "SELECT coalesce(merged_into, id) FROM owner WHERE name = ?");
  q.bind(1, name);
  if (!q.step()) return std::nullopt;
  return q.int64(0);
}

std::optional<Owner> find_owner(Database& db, const std::string& name) {
  sql::Statement q(db.sql(),
                   "SELECT o.id, o.name, o.kind, o.contact FROM owner n JOIN owner o ON o.id = coalesce(n.merged_into, n.id) "
                   "WHERE n.name = ?");
  q.bind(1, name);
  if (!q.step()) return std::nullopt;
  Owner o;
  o.id = q.int64(0);
  o.name = q.string(1);
  o.kind = q.optional_string(2);
  o.contact = q.optional_string(3);
  return o;
}

std::vector<std::string> edit_owner(Database& db, const Owner& owner, const Text& kind, const Text& contact,
                                    const std::string& user) {
  std::vector<std::string> changed;
  nlohmann::ordered_json before = nlohmann::ordered_json::object();
  nlohmann::ordered_json after = nlohmann::ordered_json::object();
  auto note = [&](const char* field, const Text& old_value, const Text& new_value) {
    if (!new_value || new_value == old_value) return;
    changed.push_back(field);
    before[field] = old_value ? nlohmann::ordered_json(*old_value) : nullptr;
    after[field] = *new_value;
  };
  note("kind", owner.kind, kind);
  note("contact", owner.contact, contact);
  if (changed.empty()) return changed;
  sql::Statement q(db.sql(), "UPDATE owner SET kind = ?, contact = ? WHERE id = ?");
  q.bind(1, kind ? kind : owner.kind);
  q.bind(2, contact ? contact : owner.contact);
  q.bind(3, static_cast<std::int64_t>(owner.id));
  q.run();
  record_audit(db, {user, "owner", owner.id, std::nullopt, "edit", before, after, std::nullopt});
  return changed;
}

std::int64_t find_or_add_owner(Database& db, const std::string& name, const std::string& user) {
  if (auto id = find_owner_id(db, name)) return *id;
  Owner o;
  o.name = name;
  return add_owner(db, o, user);
}

void for_each_owner(Database& db, const std::function<void(const Owner&, std::int64_t)>& fn) {
  sql::Statement q(db.sql(),
                   "SELECT o.id, o.name, o.kind, o.contact, "
                   "  (SELECT count(*) FROM project p WHERE p.owner_id = o.id AND p.archived_at IS NULL) "
                   "FROM owner o WHERE o.merged_into IS NULL ORDER BY o.name");
  while (q.step()) {
    Owner o;
    o.id = q.int64(0);
    o.name = q.string(1);
    o.kind = q.optional_string(2);
    o.contact = q.optional_string(3);
    fn(o, q.int64(4));
  }
}

}  // namespace keyproj
