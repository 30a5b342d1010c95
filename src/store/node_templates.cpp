#include "store/node_templates.h"

#include <nlohmann/json.hpp>

#include "store/audit.h"
#include "store/sql/statement.h"
#include "util/clock.h"

namespace keyproj {
namespace {

void read_nodes(Database& db, NodeTemplate& t) {
  sql::Statement q(db.sql(),
                   "SELECT title, after, days, marks_start FROM template_node WHERE template_id = ? ORDER BY position");
  q.bind(1, t.id);
  while (q.step()) t.nodes.push_back({q.string(0), q.optional_string(1), q.int64(2), q.integer(3) != 0});
}

nlohmann::ordered_json nodes_json(const NodeTemplate& t) {
  auto out = nlohmann::ordered_json::array();
  for (const auto& n : t.nodes) {
    nlohmann::ordered_json node{{"title", n.title}, {"after", n.after ? nlohmann::ordered_json(*n.after) : nullptr},
                                {"days", n.days}};
    if (n.marks_start) node["marks_start"] = true;
    out.push_back(std::move(node));
  }
  return out;
}

bool same_nodes(const NodeTemplate& a, const NodeTemplate& b) {
  if (a.nodes.size() != b.nodes.size()) return false;
  for (std::size_t i = 0; i < a.nodes.size(); ++i) {
    const auto &x = a.nodes[i], &y = b.nodes[i];
    if (x.title != y.title || x.after != y.after || x.days != y.days || x.marks_start != y.marks_start) return false;
  }
  return true;
}

}  // namespace

std::vector<NodeTemplate> all_templates(Database& db) {
  std::vector<NodeTemplate> out;
  {
    sql::Statement q(db.sql(), "SELECT id, name FROM node_template ORDER BY name");
    while (q.step()) {
      NodeTemplate t;
      t.id = q.int64(0);
      t.name = q.string(1);
      out.push_back(std::move(t));
    }
  }
  for (auto& t : out) read_nodes(db, t);
  return out;
}

std::optional<NodeTemplate> find_template(Database& db, const std::string& name) {
  NodeTemplate t;
  {
    sql::Statement q(db.sql(), "SELECT id, name FROM node_template WHERE name = ?");
    q.bind(1, name);
    if (!q.step()) return std::nullopt;
    t.id = q.int64(0);
    t.name = q.string(1);
  }
  read_nodes(db, t);
  return t;
}

bool save_template(Database& db, const NodeTemplate& t, const std::string& user) {
  const auto was = find_template(db, t.name);
  if (was && same_nodes(*was, t)) return false;
  std::int64_t id = 0;
  if (was) {
    id = was->id;
    sql::Statement drop(db.sql(), "DELETE FROM template_node WHERE template_id = ?");
    drop.bind(1, id);
    drop.run();
  } else {
    sql::Statement add(db.sql(),
                       "INSERT INTO node_template (name, created_at) VALUES (?, ?)");
    add.bind(1, t.name);
    add.bind(2, utc_second_now());
    add.run();
    id = db.sql().last_insert_id();
  }
  sql::Statement node(db.sql(),
                      "INSERT INTO template_node (template_id, position, title, after, days, marks_start) "
                      "VALUES (?, ?, ?, ?, ?, ?)");
  std::int64_t position = 0;
  for (const auto& n : t.nodes) {
    node.reset();
    node.bind(1, id);
    node.bind(2, ++position);
    node.bind(3, n.title);
    node.bind(4, n.after);
    node.bind(5, n.days);
    node.bind(6, static_cast<std::int64_t>(n.marks_start));
    node.run();
  }
  nlohmann::ordered_json before = nullptr;
  if (was) before = {{"name", t.name}, {"nodes", nodes_json(*was)}};
  record_audit(db, {user, "template", id, std::nullopt, was ? "edit" : "create", before,
                    {{"name", t.name}, {"nodes", nodes_json(t)}}, std::nullopt});
  return true;
}

}  // namespace keyproj
