#include "store/leaders.h"

#include <algorithm>
#include <charconv>
#include <utility>

#include "store/audit.h"
#include "store/sql/statement.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"
#include "util/clock.h"

namespace keyproj {
namespace {

nlohmann::ordered_json opt(const Text& t) { return t ? nlohmann::ordered_json(*t) : nullptr; }

Leader read_leader(sql::Statement& q) {
  Leader l;
  l.id = q.int64(0);
  l.name = q.string(1);
  l.title = q.string(2);
  l.phone = q.optional_string(3);
  return l;
}

// An id is written in digits alone; anything else is a name.
std::optional<std::int64_t> as_id(const std::string& s) {
  if (s.empty() || s.size() > 18 || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  std::int64_t v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

}  // namespace

std::int64_t add_leader(Database& db, const Leader& l, const std::string& user, std::optional<std::int64_t> wanted_id) {
  sql::Statement q(db.sql(),
                   "INSERT INTO leader (name, title, phone, created_at, id) "
                   "VALUES (?1, ?2, ?3, ?5, ?4)");
  q.bind(1, l.name);
  q.bind(2, l.title);
  q.bind(3, l.phone);
  q.bind(4, wanted_id);
  q.bind(5, utc_second_now());
  q.run();
  const std::int64_t id = db.sql().last_insert_id();
  record_audit(db, {user, "leader", id, std::nullopt, "create", nullptr,
                    {{"name", l.name}, {"title", l.title}, {"phone", opt(l.phone)}}, std::nullopt});
  return id;
}

std::optional<Leader> find_leader(Database& db, std::int64_t id) {
  sql::Statement q(db.sql(), "SELECT id, name, title, phone FROM leader WHERE id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return read_leader(q);
}

Leader resolve_leader(Database& db, const std::string& id_or_name) {
  if (const auto id = as_id(id_or_name)) {
    if (auto l = find_leader(db, *id)) return *l;
  }
  sql::Statement q(db.sql(), "SELECT id, name, title, phone FROM leader WHERE name = ? ORDER BY id LIMIT 21");
  q.bind(1, id_or_name);
  std::vector<Leader> found;
  while (q.step()) found.push_back(read_leader(q));
  if (found.empty())
    throw not_found(trf("leader {} is not a known leader's id or name; 'keyproj leader list' shows the leaders",
                        quote(id_or_name)));
  if (found.size() == 1) return found.front();
  std::string list;
  // Built by appending: GCC 12 warns (-Wrestrict) of a literal + std::to_string(…).
  for (std::size_t i = 0; i < found.size() && i < 20; ++i) {
    if (i) list += trc("list", ", ");
    list += std::to_string(found[i].id);
    list += ' ';
    list += found[i].title;
  }
  if (found.size() > 20) list += std::string(trc("list", ", ")) + "…";
  throw usage_error(
      trf("leader {} names several leaders; name one by id: {}", quote(id_or_name), list));
}

std::vector<std::string> edit_leader(Database& db, const Leader& l, const LeaderEdit& e, const std::string& user) {
  std::vector<std::string> changed;
  nlohmann::ordered_json before = nlohmann::ordered_json::object();
  nlohmann::ordered_json after = nlohmann::ordered_json::object();
  Leader now = l;
  if (e.name && *e.name != l.name) {
    changed.push_back("name");
    before["name"] = l.name;
    after["name"] = now.name = *e.name;
  }
  if (e.title && *e.title != l.title) {
    changed.push_back("title");
    before["title"] = l.title;
    after["title"] = now.title = *e.title;
  }
  if (e.phone && *e.phone != l.phone) {
    changed.push_back("phone");
    before["phone"] = opt(l.phone);
    after["phone"] = opt(*e.phone);
    now.phone = *e.phone;
  }
  if (changed.empty()) return changed;
  sql::Statement q(db.sql(), "UPDATE leader SET name = ?, title = ?, phone = ? WHERE id = ?");
  q.bind(1, now.name);
  q.bind(2, now.title);
  q.bind(3, now.phone);
  q.bind(4, l.id);
  q.run();
  record_audit(db, {user, "leader", l.id, std::nullopt, "edit", before, after, std::nullopt});
  // The projects' history shows their leader's new name or title (a phone is the leader's own).
  nlohmann::ordered_json shown_before = nlohmann::ordered_json::object();
  nlohmann::ordered_json shown_after = nlohmann::ordered_json::object();
  for (const auto& [key, shown] : {std::pair{"name", "leader"}, std::pair{"title", "leader_title"}})
    if (after.contains(key)) {
      shown_before[shown] = before[key];
      shown_after[shown] = after[key];
    }
  if (shown_after.empty()) return changed;
  sql::Statement p(db.sql(), "SELECT id FROM project WHERE leader_id = ? ORDER BY id");
  p.bind(1, l.id);
  std::vector<std::int64_t> projects;
  while (p.step()) projects.push_back(p.int64(0));
  for (const std::int64_t id : projects)
    record_audit(db, {user, "leader", l.id, id, "edit", shown_before, shown_after, std::nullopt});
  return changed;
}

bool any_project_has_leader(Database& db) {
  sql::Statement q(db.sql(), "SELECT EXISTS (SELECT 1 FROM project WHERE leader_id IS NOT NULL)");
  return q.step() && q.int64(0) != 0;
}

void for_each_leader(Database& db, const std::function<void(const Leader&, std::int64_t)>& fn) {
  sql::Statement q(db.sql(),
                   "SELECT l.id, l.name, l.title, l.phone, "
                   "  (SELECT count(*) FROM project p WHERE p.leader_id = l.id AND p.archived_at IS NULL) "
                   "FROM leader l ORDER BY l.name, l.id");
  while (q.step()) fn(read_leader(q), q.int64(4));
}

}  // namespace keyproj
